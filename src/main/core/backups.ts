import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  BACKUP_NAME_PATTERN,
  backupName,
  backupTime,
  type BackupInfo,
  type BackupSummary,
  type RestoreOutcome,
} from '../../shared/backups';
import { AppError } from '../../shared/result';
import type { Clock } from './clock';
import { DatabaseTooNewError, migrate, schemaVersion, writeTransaction, type Db } from './db/connection';
import { LATEST_SCHEMA_VERSION } from './db/migrations';

export const DEFAULT_KEEP_BACKUPS = 10;

export interface BackupOptions {
  /** The folder the backups are written to; created on the first backup. */
  readonly dir: string;
  /** How many backups to keep; older ones are deleted after each new one. */
  readonly keep?: number;
  /** How long a backup may take before it gives up, so that it never holds up the next one. */
  readonly giveUpAfterMs?: number;
}

export const DEFAULT_BACKUP_GIVE_UP_MS = 15_000;

/** The schema name the backup being restored is attached under. A constant, never input. */
const SOURCE = 'backup_source';

/**
 * Backups of the live database, and restoring one.
 *
 * A backup is SQLite's online backup of the live connection, so it is consistent and the
 * app keeps recording votes while it runs. It is written under a hidden name and renamed
 * when complete: a backup in the list is always a whole one. One backup operation runs at
 * a time, so the daily backup, the one after a workshop closes and a restore never overlap.
 */
export function backupService(
  db: Db,
  clock: Clock,
  { dir, keep = DEFAULT_KEEP_BACKUPS, giveUpAfterMs = DEFAULT_BACKUP_GIVE_UP_MS }: BackupOptions,
) {
  let queue: Promise<unknown> = Promise.resolve();

  function oneAtATime<T>(operation: () => Promise<T>): Promise<T> {
    const run = queue.then(operation);
    queue = run.catch(() => undefined);
    return run;
  }

  /** The backups in the folder, oldest first; any other file there is ignored. */
  function names(): string[] {
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => BACKUP_NAME_PATTERN.test(name) && backupTime(name) !== null)
      .sort();
  }

  function info(name: string): BackupInfo {
    const file = join(dir, name);
    const { summary, problem } = readSummary(file);
    return {
      name,
      createdAt: backupTime(name)!.toISOString(),
      bytes: statSync(file).size,
      summary,
      problem,
    };
  }

  /** Writes a new backup and answers its name. Does not delete old ones. */
  async function write(): Promise<string> {
    mkdirSync(dir, { recursive: true });
    // Two backups within a second (a manual one, then a restore's) get the next free second.
    let at = Date.parse(clock.now());
    while (existsSync(join(dir, backupName(new Date(at))))) at += 1000;
    const name = backupName(new Date(at));
    const partial = join(dir, `.${name}.partial`);
    removeWithJournals(partial);
    try {
      const started = Date.now();
      await db.backup(partial, {
        // Every remaining page in the next step: SQLite restarts a step-by-step backup each time
        // another process writes, which, under a steady stream of votes, could go on for ever.
        progress: () => {
          if (Date.now() - started > giveUpAfterMs) throw new BackupGaveUp();
          return 0x7fffffff;
        },
      });
      // The copy carries the live file's WAL mode; a rollback journal keeps it one
      // self-contained file that opens read-only without leaving -wal and -shm files behind.
      const copy = new Database(partial, { fileMustExist: true });
      try {
        copy.pragma('journal_mode = DELETE');
      } finally {
        copy.close();
      }
      renameSync(partial, join(dir, name));
      return name;
    } catch (error) {
      removeWithJournals(partial);
      if (error instanceof BackupGaveUp) {
        throw new AppError(
          'conflict',
          'The backup gave up: another program kept changing the data file. Nothing was lost; try again in a moment.',
        );
      }
      throw error;
    }
  }

  function prune(spare: ReadonlySet<string>): void {
    const all = names();
    for (const name of all.slice(0, Math.max(0, all.length - keep))) {
      if (!spare.has(name)) rmSync(join(dir, name), { force: true });
    }
  }

  function create(): Promise<BackupInfo> {
    return oneAtATime(async () => {
      const name = await write();
      prune(new Set([name]));
      return info(name);
    });
  }

  /** Refuses anything but a backup listed in the folder: no path, no other file. */
  function requireListed(name: string): string {
    if (!names().includes(name)) {
      throw new AppError('not-found', 'That backup is not in the list of backups. Nothing was changed.');
    }
    return join(dir, name);
  }

  /**
   * A working copy of the backup, brought up to the current schema by the same migrations
   * that upgrade an old data file, so a backup from an older version restores too.
   */
  function stage(name: string, source: string, staging: string): void {
    copyFileSync(source, staging);
    let copy: Database.Database | undefined;
    try {
      copy = new Database(staging, { fileMustExist: true });
      migrate(copy, name);
      copy.pragma('journal_mode = DELETE');
      if (copy.pragma('quick_check', { simple: true }) !== 'ok') throw new Error('quick_check failed');
    } catch (error) {
      if (error instanceof DatabaseTooNewError) {
        throw new AppError(
          'conflict',
          `This backup was made by a newer version of Common Ground (schema ${error.fileVersion}); ` +
            `this version understands schema ${error.appVersion} at most. Update Common Ground to restore it. ` +
            'Nothing was changed.',
        );
      }
      throw new AppError(
        'invalid-input',
        'This backup could not be read: it is damaged or is not a Common Ground data file. Nothing was changed.',
      );
    } finally {
      copy?.close();
    }
  }

  /**
   * Replaces every row of the live database with the staged backup's, in one transaction
   * on the live connection: it either all happens or none of it does.
   */
  function replaceContent(staging: string): void {
    const tables = tableNames(db, 'main');
    db.prepare(`ATTACH DATABASE ? AS ${SOURCE}`).run(staging);
    try {
      const source = new Map(tableNames(db, SOURCE).map((table) => [table, columnNames(db, SOURCE, table)]));
      const columns = new Map(tables.map((table) => [table, columnNames(db, 'main', table)]));
      for (const table of tables) {
        if (source.get(table)?.join() !== columns.get(table)!.join()) {
          throw new AppError(
            'invalid-input',
            'This backup does not have the tables of a Common Ground data file. Nothing was changed.',
          );
        }
      }
      writeTransaction(db, () => {
        // Checked again under the write lock: a round may have opened while the backup was staged.
        requireNoOpenRound();
        // Rows go in parent-before-child or not; only the end state has to hold together.
        db.pragma('defer_foreign_keys = ON');
        for (const table of tables) db.exec(`DELETE FROM main.${quoted(table)}`);
        for (const table of tables) {
          const list = columns.get(table)!.map(quoted).join(', ');
          db.exec(`INSERT INTO main.${quoted(table)} (${list}) SELECT ${list} FROM ${SOURCE}.${quoted(table)}`);
        }
        if ((db.pragma('main.foreign_key_check') as unknown[]).length > 0) {
          throw new AppError(
            'invalid-input',
            'This backup refers to rows it does not contain, so it was not restored. Nothing was changed.',
          );
        }
      })();
    } finally {
      db.exec(`DETACH DATABASE ${SOURCE}`);
    }
  }

  /** A restore replaces the votes of a round still being answered: never while a round is open. */
  function requireNoOpenRound(): void {
    const open = db
      .prepare<[], { title: string }>(
        `SELECT w.title FROM rounds r JOIN activities a ON a.id = r.activity_id JOIN workshops w ON w.id = a.workshop_id
          WHERE r.status = 'open' LIMIT 1`,
      )
      .get();
    if (open) {
      throw new AppError(
        'conflict',
        `A round is open in “${open.title}”. Close it before restoring a backup. Nothing was changed.`,
      );
    }
  }

  function restore(name: string): Promise<RestoreOutcome> {
    return oneAtATime(async () => {
      requireNoOpenRound();
      const source = requireListed(name);
      const restoredFrom = info(name);
      const staging = join(dir, `.restoring-${name}`);
      removeWithJournals(staging);
      try {
        stage(name, source, staging);
        // The state being replaced, first: a restore can itself be undone.
        const safety = await write();
        try {
          replaceContent(staging);
        } catch (error) {
          removeWithJournals(join(dir, safety));
          throw error;
        }
        prune(new Set([name, safety]));
        return { restoredFrom, safetyBackup: info(safety) };
      } finally {
        removeWithJournals(staging);
      }
    });
  }

  return {
    dir,
    /** Every backup, newest first, each with a summary read from the backup itself. */
    list: (): BackupInfo[] => names().reverse().map(info),
    /** Backs up now and keeps the newest `keep` backups. */
    create,
    /** Backs up unless the newest backup is younger than `maxAgeMs`; answers the new backup, or null. */
    async createIfOlderThan(maxAgeMs: number): Promise<BackupInfo | null> {
      const newest = names().at(-1);
      const age = newest === undefined ? Infinity : Date.parse(clock.now()) - backupTime(newest)!.getTime();
      return age >= maxAgeMs ? create() : null;
    },
    /**
     * Replaces the live database's content with a backup's, after taking a backup of the
     * current state. Refuses a name that is not a listed backup, a backup from a newer
     * version of the app, and a damaged file, changing nothing.
     */
    restore,
    /** Settles once every backup operation started so far has finished. */
    settled: (): Promise<void> => queue.then(() => undefined),
  };
}

export type BackupService = ReturnType<typeof backupService>;

class BackupGaveUp extends Error {}

function readSummary(file: string): { summary: BackupSummary | null; problem: string | null } {
  let backup: Database.Database | undefined;
  try {
    backup = new Database(file, { readonly: true, fileMustExist: true });
    const version = schemaVersion(backup);
    const hasWorkshops = tableNames(backup, 'main').includes('workshops');
    const inTrash = hasWorkshops && columnNames(backup, 'main', 'workshops').includes('deleted_at');
    const where = inTrash ? 'WHERE deleted_at IS NULL' : '';
    const workshops = hasWorkshops
      ? (backup.prepare(`SELECT count(*) FROM workshops ${where}`).pluck().get() as number)
      : 0;
    const newest = hasWorkshops
      ? ((backup
          .prepare(`SELECT title FROM workshops ${where} ORDER BY created_at DESC, rowid DESC LIMIT 1`)
          .pluck()
          .get() as string | undefined) ?? null)
      : null;
    return {
      summary: { schemaVersion: version, workshops, newestWorkshopTitle: newest },
      problem:
        version > LATEST_SCHEMA_VERSION
          ? `Made by a newer version of Common Ground (schema ${version}); update Common Ground to restore it.`
          : null,
    };
  } catch {
    return { summary: null, problem: 'This file could not be read: it is damaged or not a Common Ground backup.' };
  } finally {
    backup?.close();
  }
}

/** The database's own tables, in the order they were created. */
function tableNames(db: Db, schema: 'main' | typeof SOURCE): string[] {
  return db
    .prepare<[], string>(
      `SELECT name FROM ${schema}.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid`,
    )
    .pluck()
    .all();
}

function columnNames(db: Db, schema: 'main' | typeof SOURCE, table: string): string[] {
  return db
    .prepare<[string, string], string>('SELECT name FROM pragma_table_info(?, ?) ORDER BY cid')
    .pluck()
    .all(table, schema);
}

/** Table and column names come from the database's own schema; quoting keeps any name an identifier. */
function quoted(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

function removeWithJournals(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}
