import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseTooNewError, migrate, openDatabase, schemaVersion } from '../../src/main/core/db/connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/core/db/migrations';
import { tempDir } from '../support/temp';

const EXPECTED_TABLES = [
  'action_items',
  'activities',
  'items',
  'notes',
  'participants',
  'rounds',
  'session',
  'templates',
  'votes',
  'workshop_progress',
  'workshops',
];

function tables(db: Database.Database): string[] {
  return db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .all()
    .map((row) => row.name);
}

/** Sample rows valid at each schema version, so an upgrade can be checked to keep them. */
const SEED: Record<number, string> = {
  1: `INSERT INTO workshops (id, title, organization, date, facilitator, created_at, updated_at)
        VALUES ('w1', 'Alignment day', 'Acme', '2026-11-22', 'Dana', 't', 't');
      INSERT INTO participants (id, workshop_id, position, name, side, created_at)
        VALUES ('p1', 'w1', 1, 'Ines', 'it', 't');`,
  2: `INSERT INTO activities (id, workshop_id, position, kind, title, config)
        VALUES ('a1', 'w1', 1, 'ranking', 'Drivers', '{"kind":"ranking"}');
      INSERT INTO items (id, activity_id, position, label) VALUES ('i1', 'a1', 1, 'Customer insight');
      INSERT INTO rounds (id, activity_id, number, status, opened_at) VALUES ('r1', 'a1', 1, 'open', 't');
      INSERT INTO votes (round_id, participant_id, item_id, value, recorded_at) VALUES ('r1', 'p1', 'i1', '1', 't');`,
  3: `INSERT INTO notes (id, workshop_id, body, created_at, updated_at) VALUES ('n1', 'w1', 'note', 't', 't');`,
  4: `INSERT INTO templates (id, name, body, created_at, updated_at) VALUES ('t1', 'Mine', '{}', 't', 't');`,
  5: `INSERT INTO activities (id, workshop_id, position, kind, title, config)
        VALUES ('a9', 'w1', 9, 'ideas', 'Misread', '{"kind":"ideas","perPerson":3,"maxLength":140,"picks":3}');`,
};

describe('migrations', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('are numbered 1..n in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('build the whole schema on a fresh database with the durability settings', () => {
    const db = openDatabase(join(dir, 'fresh.sqlite'));
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(tables(db)).toEqual(EXPECTED_TABLES);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // 2 = FULL: the WAL is synced on every commit.
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.prepare<[], { value: number }>('SELECT count(*) AS value FROM session').get()?.value).toBe(1);
    db.close();
  });

  for (let from = 0; from < LATEST_SCHEMA_VERSION; from++) {
    it(`upgrade a database at version ${from} to the latest and keep its data`, () => {
      const file = join(dir, `v${from}.sqlite`);
      const old = new Database(file);
      migrate(old, file, MIGRATIONS.slice(0, from));
      for (let v = 1; v <= from; v++) old.exec(SEED[v]!);
      expect(schemaVersion(old)).toBe(from);
      old.close();

      const db = openDatabase(file);
      expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(tables(db)).toEqual(EXPECTED_TABLES);
      if (from >= 1) expect(db.prepare('SELECT title FROM workshops').pluck().get()).toBe('Alignment day');
      if (from >= 2) expect(db.prepare('SELECT value FROM votes').pluck().get()).toBe('1');
      db.close();
    });
  }

  it('give rounds a stage from version 6: none for the rounds there were, a short name for new ones', () => {
    const file = join(dir, 'v5-stages.sqlite');
    const old = new Database(file);
    migrate(old, file, MIGRATIONS.slice(0, 5));
    for (let v = 1; v <= 5; v++) old.exec(SEED[v]!);
    old.close();
    const db = openDatabase(file);
    expect(db.prepare("SELECT stage FROM rounds WHERE id = 'r1'").pluck().get()).toBeNull();
    db.exec(
      `INSERT INTO rounds (id, activity_id, number, status, opened_at, stage) VALUES ('r9', 'a9', 1, 'open', 't', 'collect')`,
    );
    expect(db.prepare("SELECT stage FROM rounds WHERE id = 'r9'").pluck().get()).toBe('collect');
    expect(() =>
      db.exec(
        `INSERT INTO rounds (id, activity_id, number, status, opened_at, stage) VALUES ('r8', 'a9', 2, 'open', 't', '')`,
      ),
    ).toThrow(/CHECK constraint/);
    db.close();
  });

  it('leave the kinds to the core from version 5: any kind is stored, every row and reference kept', () => {
    const file = join(dir, 'v4-kinds.sqlite');
    const old = new Database(file);
    migrate(old, file, MIGRATIONS.slice(0, 4));
    for (let v = 1; v <= 4; v++) old.exec(SEED[v]!);
    old.exec(`INSERT INTO action_items (id, workshop_id, activity_id, kind, text, created_at)
                VALUES ('x1', 'w1', 'a1', 'agreement', 'Meet monthly', 't');
              INSERT INTO workshop_progress (workshop_id, current_activity_id, updated_at) VALUES ('w1', 'a1', 't');
              UPDATE activities SET minutes = 15 WHERE id = 'a1';`);
    expect(() =>
      old.exec(`INSERT INTO activities (id, workshop_id, position, kind, title, config)
                  VALUES ('a2', 'w1', 2, 'matrix', 'Placed', '{"kind":"matrix"}')`),
    ).toThrow(/CHECK constraint/);
    old.close();

    const db = openDatabase(file);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(5);
    expect(db.prepare('SELECT kind, title, minutes FROM activities').get()).toEqual({
      kind: 'ranking',
      title: 'Drivers',
      minutes: 15,
    });
    // Nothing that refers to the activity went with the old table.
    expect(db.prepare('SELECT count(*) FROM items').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM votes').pluck().get()).toBe(1);
    expect(db.prepare('SELECT activity_id FROM action_items').pluck().get()).toBe('a1');
    expect(db.prepare('SELECT current_activity_id FROM workshop_progress').pluck().get()).toBe('a1');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'activities'").pluck().all(),
    ).toContain('activities_by_workshop');

    // A kind the database has never heard of is stored; its settings must still name it.
    db.exec(`INSERT INTO activities (id, workshop_id, position, kind, title, config)
               VALUES ('a2', 'w1', 2, 'matrix', 'Placed', '{"kind":"matrix"}')`);
    expect(() =>
      db.exec(`INSERT INTO activities (id, workshop_id, position, kind, title, config)
                 VALUES ('a3', 'w1', 3, 'matrix', 'Placed', '{"kind":"ranking"}')`),
    ).toThrow(/CHECK constraint/);
    // The references still hold: removing the workshop takes its activities, items and votes along.
    db.exec("DELETE FROM workshops WHERE id = 'w1'");
    expect(db.prepare('SELECT count(*) FROM activities').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM items').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM votes').pluck().get()).toBe(0);
    db.close();
  });

  it('is idempotent: opening an up-to-date database twice changes nothing', () => {
    const file = join(dir, 'twice.sqlite');
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database written by a newer app, without touching it', () => {
    const file = join(dir, 'newer.sqlite');
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = readFileSync(file);

    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(file)).toThrow(`newer version of Common Ground (schema ${LATEST_SCHEMA_VERSION + 1})`);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('rolls back a failing migration whole and leaves the version where it was', () => {
    const file = join(dir, 'broken.sqlite');
    const db = new Database(file);
    migrate(db, file, MIGRATIONS.slice(0, 1));
    const broken = [
      ...MIGRATIONS.slice(0, 1),
      { version: 2, name: 'broken', up: 'CREATE TABLE half (x); SELECT nope FROM missing;' },
    ];
    expect(() => migrate(db, file, broken)).toThrow();
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).not.toContain('half');
    db.close();
  });
});
