import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cli, requireBuiltCli } from '../support/cli';
import { mutatedFile } from '../support/mutations';
import { tempDir } from '../support/temp';
import { GOOD_FILE } from '../unit/workshop-file/corpus';

requireBuiltCli();

/** Mutated workshop files through the command line: each run starts a process, so fewer than in the app's test. */
const RUNS = process.env.CG_LONG === '1' ? 100 : 6;
const ZOD_DEFAULTS = /Invalid input|expected \w+, received|Too (big|small)|Unrecognized key|Invalid option/;

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('cg-cli-mutations-')));
afterEach(() => cleanup());

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

it(
  'validate and import: exit 0, or exit 1 with one clear line and the data file unchanged',
  { timeout: 600_000 },
  () => {
    const data = join(dir, 'data.sqlite');
    expect(cli('import', GOOD_FILE, '--db', data).code).toBe(0);
    let refused = 0;
    fc.assert(
      fc.property(mutatedFile(readFileSync(GOOD_FILE, 'utf8')), ({ text, how }) => {
        const file = join(dir, 'candidate.json');
        writeFileSync(file, text, 'utf8');
        const validate = cli('validate', file);
        const before = sha(data);
        const imported = cli('import', file, '--db', data);
        expect(imported.code === 0, how).toBe(validate.code === 0);
        for (const run of [validate, imported]) {
          if (run.code === 0) continue;
          expect(run.code, how).toBe(1);
          expect(run.stderr.trimEnd().split('\n'), how).toHaveLength(1);
          expect(run.stderr, how).not.toMatch(ZOD_DEFAULTS);
        }
        if (imported.code !== 0) {
          refused++;
          expect(sha(data), how).toBe(before);
        }
      }),
      { numRuns: RUNS },
    );
    console.warn(`Command-line file mutations: ${RUNS} files, ${refused} refused`);
  },
);
