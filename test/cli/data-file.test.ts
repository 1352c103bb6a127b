import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, CLI, expectOneLineError, requireBuiltCli, ROOT, type Run } from '../support/cli';
import { otherWriter } from '../support/otherProcess';
import { tempDir } from '../support/temp';
import { GOOD_FILE } from '../unit/workshop-file/corpus';

requireBuiltCli();

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('cg-cli-data-')));
afterEach(() => cleanup());

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A data file holding the good workshop file, closed cleanly (no -wal or -shm left). */
function dataFile(name = 'data.sqlite'): string {
  const db = join(dir, name);
  expect(cli('import', GOOD_FILE, '--db', db).code).toBe(0);
  return db;
}

/** The same file, byte for byte, and no journal left beside it. */
function expectUntouched(file: string, before: string): void {
  expect(sha(file)).toBe(before);
  expect(existsSync(`${file}-wal`)).toBe(false);
  expect(existsSync(`${file}-journal`)).toBe(false);
}

describe('the data file', () => {
  it('another program’s SQLite file: refused, left exactly as it was (no tables added, no WAL)', () => {
    const file = join(dir, 'crm.sqlite');
    const other = new Database(file);
    other.exec(
      "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO contacts (name) VALUES ('Ada');",
    );
    other.close();
    const before = sha(file);
    for (const args of [
      ['workshop', 'list', '--db', file],
      ['import', GOOD_FILE, '--db', file],
      ['export', '--db', file, '--workshop', 'x', '--out', join(dir, 'x.json')],
    ]) {
      const run = cli(...args);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr).toContain(
        `${file} is not a Common Ground data file (it holds another program’s tables). The file was not changed.`,
      );
      expectUntouched(file, before);
    }
  });

  it('a 0-byte file is not turned into a data file by list', () => {
    const file = join(dir, 'empty.sqlite');
    writeFileSync(file, '');
    expectOneLineError(
      cli('workshop', 'list', '--db', file),
      `common-ground workshop: ${file} is not a Common Ground data file (it is empty). The file was not changed.`,
    );
    expect(readFileSync(file)).toHaveLength(0);
  });

  it('not SQLite at all, and a truncated data file: refused untouched', () => {
    const text = join(dir, 'notes.sqlite');
    writeFileSync(text, 'meeting notes\n'.repeat(400));
    const before = sha(text);
    expectOneLineError(
      cli('workshop', 'list', '--db', text),
      /is not a Common Ground data file \(it is not a database\)/,
    );
    expectUntouched(text, before);

    const truncated = dataFile('truncated.sqlite');
    truncateSync(truncated, 4096 + 100);
    const cut = sha(truncated);
    const run = cli('workshop', 'list', '--db', truncated);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/damaged|not a Common Ground data file|could not be opened/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(sha(truncated)).toBe(cut);
  });

  it('a data file from a newer Common Ground: refused untouched', () => {
    const file = dataFile();
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = sha(file);
    expectOneLineError(
      cli('workshop', 'list', '--db', file),
      /was written by a newer version of Common Ground \(schema 99\)/,
    );
    expectUntouched(file, before);
  });

  it('locked by another process for longer than the busy timeout: a message, the file untouched', async () => {
    const file = dataFile();
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    db.close();
    const other = otherWriter(file, { holdMs: 7000, begin: 'BEGIN EXCLUSIVE' });
    await other.locked;
    const run = await runAsync('workshop', 'list', '--db', file);
    expectOneLineError(run, /is in use by another program and did not become free; close it and try again\.$/);
    expect(await other.done).toBe(0);
  }, 30_000);
});

describe('a read-only data file', () => {
  const root = process.getuid?.() === 0;
  it.skipIf(process.platform === 'win32')(
    'is listed read-only with a note; an import into it is refused, nothing changed',
    () => {
      const file = dataFile();
      const db = new Database(file);
      db.pragma('journal_mode = DELETE');
      db.close();
      chmodSync(file, 0o444);
      // As root every file is writable: run the command line as an ordinary user (nobody) instead.
      chmodSync(dir, 0o777);
      const asUser = (...args: string[]): Run => {
        const result = spawnSync(process.execPath, [CLI, ...args], {
          encoding: 'utf8',
          cwd: ROOT,
          ...(root ? { uid: 65534, gid: 65534 } : {}),
        });
        return { code: result.status, stdout: result.stdout, stderr: result.stderr };
      };
      const before = sha(file);
      const list = asUser('workshop', 'list', '--db', file);
      expect(list.code).toBe(0);
      expect(list.stdout).toContain('CIO–CMO alignment day');
      expect(list.stderr).toBe(`${file} is read-only: listed as it is, nothing can be changed in it.\n`);
      expectOneLineError(
        asUser('import', GOOD_FILE, '--db', file),
        `common-ground import: The data file ${file} is read-only; nothing was changed.`,
      );
      expect(sha(file)).toBe(before);
    },
  );
});

describe('files the command line reads', () => {
  it('/dev/zero is refused at once, not read until memory runs out', () => {
    expectOneLineError(
      cli('validate', '/dev/zero'),
      'common-ground validate: /dev/zero is not an ordinary file (it is a device or a pipe).',
    );
  });

  it('a workshop file saved as UTF-16 is told so', () => {
    const file = join(dir, 'utf16.json');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(GOOD_FILE, 'utf8'), 'utf16le')]),
    );
    expectOneLineError(
      cli('validate', file),
      `common-ground validate: ${file} is saved as UTF-16 text; Common Ground reads UTF-8. Save it again as UTF-8 and retry.`,
    );
  });
});

function runAsync(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
