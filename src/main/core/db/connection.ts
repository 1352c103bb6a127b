import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

/** Thrown when the data file was written by a newer Common Ground than this one. */
export class DatabaseTooNewError extends Error {
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

/**
 * Opens (creating if needed) the workshop database and brings its schema up to date.
 *
 * Durability: WAL with `synchronous = FULL`. In WAL mode NORMAL is safe against an app
 * crash but a power cut or OS crash can roll back the last commits; FULL syncs the WAL on
 * every commit, so once a vote's transaction returns (and only then is it acknowledged to
 * the voter) it survives a crash of the app, the OS or the power.
 */
export function openDatabase(file: string, migrations: readonly Migration[] = MIGRATIONS): Db {
  const db = new Database(file);
  try {
    // Checked before anything writes: a newer app's file must be left exactly as it was.
    refuseNewerSchema(db, file, migrations);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, file, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every migration above the file's version, each in its own transaction. */
export function migrate(db: Db, file: string, migrations: readonly Migration[] = MIGRATIONS): void {
  refuseNewerSchema(db, file, migrations);
  const current = schemaVersion(db);

  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.up);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

function refuseNewerSchema(db: Db, file: string, migrations: readonly Migration[]): void {
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > latest) throw new DatabaseTooNewError(file, current, latest);
}
