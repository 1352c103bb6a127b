import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core';
import type { Result } from '../../src/shared/result';
import { fixedClock } from '../support/clock';
import { APP_URL, dispatcherFor, eventFrom, scriptedDialogs } from '../support/ipc';
import { mutatedFile } from '../support/mutations';
import { tempDir } from '../support/temp';
import { GOOD_FILE } from './workshop-file/corpus';

/**
 * Malformed workshop and template files, made by mutating a good file (a value changed, a
 * field dropped or added, an entry doubled, the text cut or holding a NUL), through the
 * app's own import: each is imported whole, or refused with one clear line and nothing written.
 */
const SCALE = process.env.CG_LONG === '1' ? 10 : 1;
const ZOD_DEFAULTS = /Invalid input|expected \w+, received|Too (big|small)|Unrecognized key|Invalid option/;

let core: Core;
let dir: string;
let cleanup: () => void;
let dialogs: ReturnType<typeof scriptedDialogs>;
let dispatch: ReturnType<typeof dispatcherFor>;
const counts = { workshop: 0, template: 0, refused: 0 };

beforeAll(() => {
  ({ dir, cleanup } = tempDir('cg-mutations-'));
  core = createCore(join(dir, 'data.sqlite'), fixedClock());
  dialogs = scriptedDialogs();
  dispatch = dispatcherFor(core, undefined, dialogs);
});
afterAll(() => {
  core.close();
  cleanup();
  console.warn(
    `File mutations: ${counts.workshop} workshop files, ${counts.template} template files, ${counts.refused} refused with a message`,
  );
});

const changes = () => core.db.prepare('SELECT total_changes()').pluck().get() as number;

async function importThrough(channel: 'workshops.importFile' | 'templates.importFile', text: string) {
  const path = join(dir, 'candidate.json');
  writeFileSync(path, text, 'utf8');
  dialogs.openPaths.push(path);
  const before = changes();
  const result: Result<unknown> = await dispatch(channel, eventFrom(APP_URL), null);
  return { result, unchanged: changes() === before };
}

function expectClearRefusal(result: Result<unknown>, how: string): void {
  if (result.ok) return;
  counts.refused++;
  expect(result.error.code, how).toBe('invalid-input');
  expect(result.error.message, how).not.toContain('\n');
  expect(result.error.message, how).not.toMatch(ZOD_DEFAULTS);
  expect(result.error.message.length, how).toBeGreaterThan(10);
}

it(
  'mutated workshop files: imported whole or refused with one clear line, nothing written',
  { timeout: 600_000 },
  async () => {
    const good = readFileSync(GOOD_FILE, 'utf8');
    await fc.assert(
      fc.asyncProperty(mutatedFile(good), async ({ text, how }) => {
        counts.workshop++;
        const workshopsBefore = core.workshops.list().length;
        const { result, unchanged } = await importThrough('workshops.importFile', text);
        expectClearRefusal(result, how);
        if (!result.ok) expect(unchanged, how).toBe(true);
        expect(core.workshops.list().length, how).toBe(workshopsBefore + (result.ok ? 1 : 0));
      }),
      { numRuns: 400 * SCALE },
    );
  },
);

it(
  'mutated template files: imported whole or refused with one clear line, nothing written',
  { timeout: 600_000 },
  async () => {
    const good = core.templates.exportText('cio-cmo-alignment').text;
    await fc.assert(
      fc.asyncProperty(mutatedFile(good), async ({ text, how }) => {
        counts.template++;
        const { result, unchanged } = await importThrough('templates.importFile', text);
        expectClearRefusal(result, how);
        if (!result.ok) expect(unchanged, how).toBe(true);
      }),
      { numRuns: 200 * SCALE },
    );
  },
);
