import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { BACKUP_NAME_PATTERN } from '../../../shared/backups';
import { MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

/** How long a write waits for another connection's write (the app, the command line) to finish. */
export const BUSY_TIMEOUT_MS = 5000;

/** A data file the app will not open, with a message for the person who chose it. The file was not changed. */
export class DataFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataFileError';
  }
}

/** Thrown when the data file was written by a newer Common Ground than this one. */
export class DatabaseTooNewError extends DataFileError {
  readonly fileVersion: number;
  readonly appVersion: number;

  constructor(file: string, fileVersion: number, appVersion: number) {
    super(
      `The data file ${file} was written by a newer version of Common Ground (schema ${fileVersion}); ` +
        `this version understands schema ${appVersion} at most. Update Common Ground to open it. The file was not changed.`,
    );
    this.name = 'DatabaseTooNewError';
    this.fileVersion = fileVersion;
    this.appVersion = appVersion;
  }
}

/** Another program's file, or no database at all: Common Ground leaves it exactly as it was. */
export class NotOurDataFileError extends DataFileError {
  constructor(file: string, why: string) {
    super(`${file} is not a Common Ground data file (${why}). The file was not changed.`);
    this.name = 'NotOurDataFileError';
  }
}

export interface OpenOptions {
  /**
   * Whether a missing or empty file may become a new data file. The app's own file may;
   * the command line's `--db` only where the command says so, so a mistyped path or a
   * stray empty file is not turned into a data file.
   */
  readonly create?: boolean;
}

/**
 * Opens (creating if allowed) the workshop database and brings its schema up to date.
 *
 * Durability: WAL with `synchronous = FULL`. In WAL mode NORMAL is safe against an app
 * crash but a power cut or OS crash can roll back the last commits; FULL syncs the WAL on
 * every commit, so once a vote's transaction returns (and only then is it acknowledged to
 * the voter) it survives a crash of the app, the OS or the power.
 *
 * Nothing is written to a file until it is known to be ours (an empty database or our own
 * schema at a version this app understands): another program's SQLite file is refused
 * untouched. A file the user may not write is opened read-only (`db.readonly`), and a
 * read-only file that would need upgrading is refused.
 */
export function openDatabase(
  file: string,
  migrations: readonly Migration[] = MIGRATIONS,
  { create = true }: OpenOptions = {},
): Db {
  const exists = existsSync(file);
  if (!exists && !create) throw new DataFileError(`No data file at ${file}.`);
  if (exists && statSync(file).isDirectory()) {
    throw new DataFileError(`${file} is a folder, not a Common Ground data file.`);
  }
  const readOnly = exists && !writable(file);

  let db: Db;
  try {
    db = new Database(file, readOnly ? { readonly: true, fileMustExist: true } : {});
  } catch (error) {
    throw openProblem(file, error);
  }
  try {
    // First, so that every statement below (even the checks) waits for another writer instead of failing.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const version = readSchemaVersion(db, file);
    refuseNewerSchema(db, file, migrations);
    const ours = isOurs(db);
    if (ours === 'foreign') {
      throw new NotOurDataFileError(file, 'it holds another program’s tables');
    }
    if (ours === 'empty' && !create) throw new NotOurDataFileError(file, 'it is empty');
    const latest = migrations.at(-1)?.version ?? 0;
    if (readOnly) {
      if (version < latest) {
        throw new DataFileError(
          `The data file ${file} is read-only and was written by an older version of Common Ground; ` +
            'make it writable so that it can be brought up to date. The file was not changed.',
        );
      }
      db.pragma('foreign_keys = ON');
      return db;
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, file, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error instanceof DataFileError ? error : openProblem(file, error);
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Every write transaction of the app: it takes the write lock up front (BEGIN IMMEDIATE)
 * and so waits its turn behind another connection's write, for up to the busy timeout.
 * A deferred transaction that reads first cannot wait: when another connection commits
 * between its read and its write, SQLite refuses it at once (SQLITE_BUSY).
 */
export function writeTransaction<A extends unknown[], R>(db: Db, fn: (...args: A) => R): (...args: A) => R {
  const transaction = db.transaction(fn);
  return (...args: A) => transaction.immediate(...args);
}

/** Applies every migration above the file's version, all in one transaction: the file is upgraded whole or not at all. */
export function migrate(db: Db, file: string, migrations: readonly Migration[] = MIGRATIONS): void {
  refuseNewerSchema(db, file, migrations);
  const pending = migrations.filter((migration) => migration.version > schemaVersion(db));
  if (pending.length === 0) return;
  // Foreign keys can only be switched off outside a transaction; a rebuild needs them off.
  const rebuilds = pending.some((migration) => migration.rebuildsTables);
  const foreignKeys = db.pragma('foreign_keys', { simple: true });
  if (rebuilds) db.pragma('foreign_keys = OFF');
  try {
    writeTransaction(db, () => {
      // Read again under the write lock: another process may have upgraded the file meanwhile.
      const current = schemaVersion(db);
      for (const migration of migrations) {
        if (migration.version <= current) continue;
        db.exec(migration.up);
        db.pragma(`user_version = ${migration.version}`);
      }
      if (rebuilds && (db.pragma('main.foreign_key_check') as unknown[]).length > 0) {
        throw new DataFileError(
          `The data file ${file} could not be upgraded: a rebuilt table lost rows others refer to.`,
        );
      }
    })();
  } finally {
    if (rebuilds) db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
}

function refuseNewerSchema(db: Db, file: string, migrations: readonly Migration[]): void {
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > latest) throw new DatabaseTooNewError(file, current, latest);
}

/** Reading the header is the first thing that fails on a file that is not SQLite at all. */
function readSchemaVersion(db: Db, file: string): number {
  try {
    return schemaVersion(db);
  } catch (error) {
    throw openProblem(file, error);
  }
}

/** Ours when it holds our `workshops` table under a schema version of ours; empty when it holds no table at all. */
function isOurs(db: Db): 'ours' | 'empty' | 'foreign' {
  const tables = db
    .prepare<[], string>(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`,
    )
    .pluck()
    .all();
  if (tables.length === 0) return schemaVersion(db) === 0 ? 'empty' : 'foreign';
  return schemaVersion(db) > 0 && tables.includes('workshops') ? 'ours' : 'foreign';
}

/** Where to go on from when the data file cannot be read: the newest backup beside it, if there is one. */
function backupHint(file: string): string {
  const dir = join(dirname(file), 'backups');
  try {
    const newest = readdirSync(dir)
      .filter((name) => BACKUP_NAME_PATTERN.test(name))
      .sort()
      .at(-1);
    return newest
      ? ` The newest backup is ${join(dir, newest)}: put a copy of it in place of the data file to go on from there.`
      : '';
  } catch {
    return '';
  }
}

function writable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function sqliteCode(error: unknown): string | null {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : null;
}

/** SQLite's own reasons, told as what they mean for the file. */
function openProblem(file: string, error: unknown): DataFileError {
  const code = sqliteCode(error);
  if (code === 'SQLITE_NOTADB') {
    const damaged = new NotOurDataFileError(file, 'it is not a database');
    return new DataFileError(`${damaged.message}${backupHint(file)}`);
  }
  if (code === 'SQLITE_CORRUPT') {
    return new DataFileError(
      `The data file ${file} is damaged and cannot be read. The file was not changed.${backupHint(file)}`,
    );
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new DataFileError(
      `The data file ${file} is in use by another program and did not become free; close it and try again.`,
    );
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'EACCES') {
    return new DataFileError(`The data file ${file} cannot be opened: check that you may read it and its folder.`);
  }
  if (code === 'SQLITE_READONLY') {
    return new DataFileError(
      `The data file ${file} cannot be written (its folder is read-only); copy it somewhere you may write.`,
    );
  }
  if (code === 'SQLITE_FULL') {
    return new DataFileError(`The disk holding ${file} is full; free some space and try again.`);
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new DataFileError(`The data file ${file} could not be opened: ${reason}.`);
}
