import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_DEFAULTS, demoWorkshopFile } from '../../src/main/core/demo';
import { builtInTemplate } from '../../src/main/core/templates';
import { parseWorkshopFile } from '../../src/shared/workshopFile';
import { cli, expectOneLineError, expectUsageError, requireBuiltCli } from '../support/cli';
import { tempDir } from '../support/temp';

requireBuiltCli();

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('cg-cli-demo-')));
afterEach(() => cleanup());

const read = (path: string) => readFileSync(path, 'utf8');

describe('common-ground demo', () => {
  it('writes the demo workshop that the app would create, and says what it wrote', () => {
    const out = join(dir, 'demo.json');
    const run = cli('demo', '--out', out);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      new RegExp(
        `^Wrote .*demo\\.json: ".+", ${DEMO_DEFAULTS.participants} participants, \\d+ activities, \\d+ votes \\(seed ${DEMO_DEFAULTS.seed}\\)\\.\\n$`,
      ),
    );
    const expected = demoWorkshopFile(builtInTemplate('cio-cmo-alignment')!, {});
    expect(JSON.parse(read(out))).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('the same seed writes the same bytes; another seed another file; --participants sets the room', () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((name) => join(dir, `${name}.json`)) as [
      string,
      string,
      string,
      string,
    ];
    expect(cli('demo', '--out', a, '--seed', '42', '--participants', '20').code).toBe(0);
    expect(cli('demo', '--out', b, '--participants', '20', '--seed', '42').code).toBe(0);
    expect(cli('demo', '--out', c, '--seed', '43', '--participants', '20').code).toBe(0);
    expect(cli('demo', '--out', d, '--seed', '42', '--participants', '200').code).toBe(0);
    expect(read(b)).toBe(read(a));
    expect(read(c)).not.toBe(read(a));

    const parsed = parseWorkshopFile(read(a));
    expect(parsed.ok && parsed.value.participants.length).toBe(20);
    const large = parseWorkshopFile(read(d));
    expect(large.ok && large.value.participants.length).toBe(200);
  });

  it('the written file passes validate, and analyze and votes read it', () => {
    const out = join(dir, 'demo.json');
    expect(cli('demo', '--out', out, '--participants', '6', '--seed', '0').code).toBe(0);
    const validate = cli('validate', out);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toContain('a valid workshop file');
    expect(validate.stdout).toContain('6 participants');
    expect(cli('analyze', out).code).toBe(0);
    expect(cli('votes', out).code).toBe(0);
  });

  it('does not replace an existing file without --force', () => {
    const out = join(dir, 'taken.json');
    writeFileSync(out, 'mine');
    expectOneLineError(
      cli('demo', '--out', out),
      `common-ground demo: ${out} already exists; add --force to replace it.`,
    );
    expect(read(out)).toBe('mine');
    expect(cli('demo', '--out', out, '--force').code).toBe(0);
    expect(parseWorkshopFile(read(out)).ok).toBe(true);
  });

  it.each([
    [['--participants', '3'], 'common-ground demo: --participants must be from 4 to 200; it is 3.'],
    [['--participants', '201'], 'common-ground demo: --participants must be from 4 to 200; it is 201.'],
    [['--participants=-4'], 'common-ground demo: --participants must be from 4 to 200; it is -4.'],
    [['--seed=-1'], 'common-ground demo: --seed must be from 0 to 4294967295; it is -1.'],
    [['--seed', '4294967296'], 'common-ground demo: --seed must be from 0 to 4294967295; it is 4294967296.'],
  ])('a whole number out of range %j is bad input: exit 1, nothing written', (args, message) => {
    const out = join(dir, 'demo.json');
    expectOneLineError(cli('demo', '--out', out, ...args), message);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [['--participants', 'twelve'], 'common-ground demo: --participants takes a whole number, not "twelve".'],
    [['--participants', '4.5'], 'common-ground demo: --participants takes a whole number, not "4.5".'],
    [['--participants='], 'common-ground demo: --participants takes a whole number, not "".'],
    [['--seed', '1e3'], 'common-ground demo: --seed takes a whole number, not "1e3".'],
  ])('a value that is not a whole number %j is wrong usage: exit 2, nothing written', (args, problem) => {
    const out = join(dir, 'demo.json');
    expectUsageError(cli('demo', '--out', out, ...args), problem);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [[], 'common-ground demo: Missing --out <file.json>.'],
    [['--out', 'x.json', 'extra'], 'common-ground demo: Unexpected argument "extra".'],
    [['--out', 'x.json', '--date', '2027-01-01'], "common-ground demo: Unknown option '--date'."],
  ])('wrong usage %j exits 2', (args, problem) => {
    expectUsageError(cli('demo', ...args), problem);
  });
});

describe('the usage', () => {
  it('lists votes, analyze and demo', () => {
    const run = cli('--help');
    expect(run.code).toBe(0);
    for (const synopsis of [
      'common-ground votes <file.json> [--workshop-id <id>]',
      'common-ground analyze <file.json>',
      'common-ground demo --out <file.json> [--participants <n>] [--seed <s>] [--force]',
    ]) {
      expect(run.stdout).toContain(synopsis);
    }
  });
});
