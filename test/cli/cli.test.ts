import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/core/db/connection';
import { LATEST_SCHEMA_VERSION } from '../../src/main/core/db/migrations';
import { templateSchema } from '../../src/shared/agenda';
import { parseWorkshopFile, WORKSHOP_FILE_LIMITS } from '../../src/shared/workshopFile';
import { tempDir } from '../support/temp';
import { BAD_FILES, expectedMessage, FIXTURES, GOOD_FILE, type BadFile } from '../unit/workshop-file/corpus';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'out', 'cli', 'index.js');
const TABLES = ['workshops', 'participants', 'activities', 'items', 'rounds', 'votes', 'notes', 'action_items'];
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The built command line, run by the Node that runs the tests. */
function cli(...args: string[]): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Bad input is reported on exactly one line, without a stack trace. */
function expectOneLineError(run: Run, message: string | RegExp): void {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  if (typeof message === 'string') expect(run.stderr.trimEnd()).toBe(message);
  else expect(run.stderr.trimEnd()).toMatch(message);
}

/** A refused workshop file: one line, the command and the file, then the path and the problem. */
function expectRefusal(run: Run, prefix: string, bad: BadFile): void {
  expectOneLineError(run, /.*/);
  expect(run.stderr.startsWith(prefix)).toBe(true);
  const message = run.stderr.slice(prefix.length).trimEnd();
  const expected = expectedMessage(bad);
  if (typeof expected === 'string') expect(message).toBe(expected);
  else expect(message).toMatch(expected);
}

function tableCounts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]));
  } finally {
    db.close();
  }
}

beforeAll(() => {
  if (!existsSync(CLI)) {
    throw new Error(`${CLI} is missing: build the command line first (npx vite build -c vite.cli.config.ts).`);
  }
});

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('cg-cli-')));
afterEach(() => cleanup());

describe('common-ground usage', () => {
  it('--help prints every command and exits 0', () => {
    const run = cli('--help');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    for (const synopsis of [
      'common-ground template list',
      'common-ground template show <id>',
      'common-ground workshop list --db <file>',
      'common-ground export --db <file> --workshop <id> --out <file.json>',
      'common-ground import <file.json> --db <file>',
      'common-ground validate <file.json>',
    ]) {
      expect(run.stdout).toContain(synopsis);
    }
  });

  it('a command’s --help prints its own usage and exits 0', () => {
    const run = cli('export', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('common-ground export --db <file> --workshop <id> --out <file.json>');
    expect(run.stdout).not.toContain('common-ground validate');
  });

  it('--version prints the version', () => {
    expect(cli('--version')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each([
    [[], 'common-ground: Missing a command.'],
    [['frobnicate'], 'common-ground: Unknown command "frobnicate".'],
    [['export', '--db', 'x.sqlite', '--bogus'], "common-ground export: Unknown option '--bogus'."],
    [['export', '--db', 'x.sqlite', '--out', 'x.json'], 'common-ground export: Missing --workshop <id>.'],
    [['validate'], 'common-ground validate: Missing the workshop file to check.'],
    [['validate', 'a.json', 'b.json'], 'common-ground validate: Unexpected argument "b.json".'],
    [['import', 'a.json'], 'common-ground import: Missing --db <file>.'],
    [['template'], 'common-ground template: Missing what to do: list or show.'],
    [['workshop', 'delete'], 'common-ground workshop: Unknown action "delete".'],
  ])('wrong usage %j exits 2 with the problem and the usage', (args, problem) => {
    const run = cli(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe(problem);
    expect(run.stderr).toContain('Usage:');
  });

  it('the bin launcher runs the built command line', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'common-ground.js'), '--version'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
  });
});

describe('common-ground template', () => {
  it('list shows the built-in CIO–CMO template', () => {
    const run = cli('template', 'list');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ID\s+LANGUAGE\s+ACTIVITIES/);
    expect(run.stdout).toContain('cio-cmo-alignment');

    const json = cli('template', 'list', '--json');
    expect(JSON.parse(json.stdout)).toContainEqual(expect.objectContaining({ id: 'cio-cmo-alignment' }));
  });

  it('show prints the template as JSON that is a valid template', () => {
    const run = cli('template', 'show', 'cio-cmo-alignment');
    expect(run.code).toBe(0);
    const template = templateSchema.parse(JSON.parse(run.stdout));
    expect(template.id).toBe('cio-cmo-alignment');
    expect(template.activities.length).toBeGreaterThan(0);
  });

  it('show refuses an unknown template', () => {
    expectOneLineError(
      cli('template', 'show', 'nope'),
      'common-ground template: There is no built-in template "nope"; `common-ground template list` shows them.',
    );
  });
});

describe('common-ground validate', () => {
  it('accepts the valid fixture and says what it holds', () => {
    const run = cli('validate', GOOD_FILE);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `${GOOD_FILE}: a valid workshop file. "CIO–CMO alignment day" (Acme Retail, 2026-11-22): ` +
        '5 participants, 7 activities, 7 rounds, 24 votes.\n',
    );
  });

  it.each(Object.entries(BAD_FILES))('refuses %s with the JSON path of the problem', (name, bad) => {
    const file = join(FIXTURES, 'bad', name);
    expectRefusal(cli('validate', file), `common-ground validate: ${file}: `, bad);
  });

  it('refuses a missing file, a folder and an oversized file', () => {
    const missing = join(dir, 'missing.json');
    expectOneLineError(cli('validate', missing), `common-ground validate: Cannot read ${missing}: no such file.`);
    expectOneLineError(cli('validate', dir), `common-ground validate: ${dir} is a folder, not a workshop file.`);

    const big = join(dir, 'big.json');
    writeFileSync(big, ' '.repeat(WORKSHOP_FILE_LIMITS.bytes + 1024 * 1024));
    expectOneLineError(
      cli('validate', big),
      `common-ground validate: ${big} is 21.0 MB; a workshop file is at most 20 MB.`,
    );
  });
});

describe('common-ground import, workshop list and export', () => {
  it('import prints the new id; list shows it; export writes it back as it came', () => {
    const db = join(dir, 'data.sqlite');
    const imported = cli('import', GOOD_FILE, '--db', db);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^[0-9a-f-]{36}\n$/);
    const id = imported.stdout.trim();

    const list = cli('workshop', 'list', '--db', db);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^ID\s+DATE\s+STATUS/);
    expect(list.stdout).toContain(id);
    expect(list.stdout).toContain('CIO–CMO alignment day (Acme Retail)');
    const listed = JSON.parse(cli('workshop', 'list', '--db', db, '--json').stdout) as { id: string }[];
    expect(listed.map((w) => w.id)).toEqual([id]);

    const out = join(dir, 'exported.json');
    const exported = cli('export', '--db', db, '--workshop', id, '--out', out);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toBe(`Wrote ${out}: "CIO–CMO alignment day", 5 participants, 7 activities, 24 votes.\n`);
    const original = parseWorkshopFile(readFileSync(GOOD_FILE, 'utf8'));
    const written = parseWorkshopFile(readFileSync(out, 'utf8'));
    if (!original.ok || !written.ok) throw new Error('expected both files to be valid');
    expect({ ...written.value, exportedAt: original.value.exportedAt }).toEqual(original.value);

    const again = cli('import', out, '--db', db);
    expect(again.code).toBe(0);
    expect(again.stdout.trim()).not.toBe(id);
    expect(tableCounts(db)).toMatchObject({ workshops: 2, participants: 10, votes: 48 });
  });

  it('export refuses an unknown workshop and an existing file unless --force', () => {
    const db = join(dir, 'data.sqlite');
    const id = cli('import', GOOD_FILE, '--db', db).stdout.trim();
    const out = join(dir, 'out.json');

    expectOneLineError(
      cli('export', '--db', db, '--workshop', 'nope', '--out', out),
      'common-ground export: There is no workshop with id "nope".',
    );
    expect(existsSync(out)).toBe(false);

    writeFileSync(out, 'keep me');
    expectOneLineError(
      cli('export', '--db', db, '--workshop', id, '--out', out),
      `common-ground export: ${out} already exists; add --force to replace it.`,
    );
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(cli('export', '--db', db, '--workshop', id, '--out', out, '--force').code).toBe(0);
    expect(parseWorkshopFile(readFileSync(out, 'utf8')).ok).toBe(true);
  });

  describe('into a data file that holds a workshop already', () => {
    let seeded: { dir: string; cleanup(): void };
    beforeAll(() => {
      seeded = tempDir('cg-cli-seeded-');
      expect(cli('import', GOOD_FILE, '--db', join(seeded.dir, 'data.sqlite')).code).toBe(0);
    });
    afterAll(() => seeded.cleanup());

    it.each(Object.entries(BAD_FILES))('import refuses %s and changes nothing', (name, bad) => {
      const db = join(dir, 'data.sqlite');
      copyFileSync(join(seeded.dir, 'data.sqlite'), db);
      const before = tableCounts(db);
      expect(before.workshops).toBe(1);

      const file = join(FIXTURES, 'bad', name);
      expectRefusal(cli('import', file, '--db', db), `common-ground import: ${file}: `, bad);
      expect(tableCounts(db)).toEqual(before);
    });
  });

  it('import of a bad file does not create the data file', () => {
    const db = join(dir, 'never.sqlite');
    expectOneLineError(cli('import', join(FIXTURES, 'bad', 'duplicate-item-id.json'), '--db', db), /is used twice/);
    expect(existsSync(db)).toBe(false);
  });
});

describe('data files the command line refuses', () => {
  it('a missing data file is not created by list or export', () => {
    const db = join(dir, 'missing.sqlite');
    expectOneLineError(cli('workshop', 'list', '--db', db), `common-ground workshop: No data file at ${db}.`);
    expectOneLineError(
      cli('export', '--db', db, '--workshop', 'w1', '--out', join(dir, 'x.json')),
      `common-ground export: No data file at ${db}.`,
    );
    expect(existsSync(db)).toBe(false);
  });

  it('a data file from a newer Common Ground is refused and left untouched', () => {
    const db = join(dir, 'newer.sqlite');
    openDatabase(db).close();
    const raw = new Database(db);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = readFileSync(db);

    expectOneLineError(
      cli('workshop', 'list', '--db', db),
      /^common-ground workshop: The data file .+ was written by a newer version of Common Ground/,
    );
    expectOneLineError(cli('import', GOOD_FILE, '--db', db), /newer version of Common Ground/);
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('a file that is not a database is refused', () => {
    const db = join(dir, 'notes.sqlite');
    writeFileSync(db, 'These are my notes, not a database. '.repeat(200));
    expectOneLineError(
      cli('workshop', 'list', '--db', db),
      `common-ground workshop: ${db} is not a Common Ground data file (it is not a database). The file was not changed.`,
    );
    const folder = join(dir, 'folder.sqlite');
    mkdirSync(folder);
    expectOneLineError(
      cli('workshop', 'list', '--db', folder),
      `common-ground workshop: ${folder} is a folder, not a Common Ground data file.`,
    );
  });
});
