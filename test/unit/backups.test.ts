import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCore, type Clock, type Core } from '../../src/main/core';
import { migrate } from '../../src/main/core/db/connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/core/db/migrations';
import { AppError } from '../../src/shared/result';
import { fixedClock } from '../support/clock';
import { APP_URL, dispatcherFor, eventFrom } from '../support/ipc';
import { tempDir } from '../support/temp';
import { dump } from '../support/dump';

let dir: string;
let cleanup: () => void;
let core: Core;
let backupsDir: string;
let workshopId: string;
let people: string[];
let activityId: string;
let itemIds: string[];

function setUp(clock: Clock = fixedClock(), keepBackups?: number): void {
  core = createCore(join(dir, 'common-ground.sqlite'), clock, keepBackups === undefined ? {} : { keepBackups });
  backupsDir = core.backups.dir;
  workshopId = core.workshops.create({
    title: 'Alignment day',
    organization: 'Acme',
    date: '2026-11-22',
    facilitator: 'Dana',
  }).id;
  people = core.participants
    .add(workshopId, [
      { name: 'Ines', side: 'it', title: 'CIO' },
      { name: 'Marc', side: 'marketing', title: 'CMO' },
      { name: 'Sara', side: 'it', title: null },
      { name: 'Tom', side: 'marketing', title: null },
    ])
    .participants.map((p) => p.id);
  activityId = core.clock.newId();
  core.queries.activities.insert(activityId, workshopId, { title: 'Drivers', prompt: '', config: { kind: 'ranking' } });
  itemIds = ['Customer insight', 'Cost', 'Speed'].map(
    (label) =>
      core.queries.activities.insertItem(core.clock.newId(), activityId, { label, description: null, benchmark: null })
        .id,
  );
}

beforeEach(() => {
  ({ dir, cleanup } = tempDir('cg-backups-'));
});
afterEach(async () => {
  await core.backups.settled();
  core.close();
  cleanup();
});

function vote(roundId: string, participant: number): void {
  const ranks = [1, 2, 3];
  if (participant % 2 === 1) ranks.reverse();
  core.voting.recordBallot(
    roundId,
    people[participant]!,
    itemIds.map((itemId, i) => ({ itemId, value: ranks[i]! })),
    false,
  );
}

function readBackup<T>(name: string, read: (db: Database.Database) => T): T {
  const db = new Database(join(backupsDir, name), { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const votesIn = (db: Database.Database) =>
  db.prepare<[], string>('SELECT DISTINCT participant_id FROM votes ORDER BY participant_id').pluck().all();

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('backups', () => {
  it('backs up while a round is open and votes keep arriving: the backup holds the earlier votes, the live file all', async () => {
    setUp();
    // Enough pages that the backup copies them over several turns of the event loop.
    for (let i = 0; i < 40; i++) {
      core.queries.notes.insert(`note-${i}`, workshopId, null, `${i} `.repeat(6000), core.clock.now());
    }
    const roundId = core.voting.openRound(activityId, null).id;
    vote(roundId, 0);
    vote(roundId, 1);

    const running = core.backups.create();
    // Voting is not held up while the backup runs.
    const duringBackup = new Promise<void>((done) => setImmediate(() => (vote(roundId, 2), done())));
    const backup = await running;
    await duringBackup;
    vote(roundId, 3);
    expect(backup.bytes).toBeGreaterThan(400 * 1024);
    expect(readBackup(backup.name, (db) => db.pragma('integrity_check', { simple: true }))).toBe('ok');

    expect(votesIn(core.db)).toEqual([...people].sort());
    const held = readBackup(backup.name, votesIn);
    expect(held).toEqual(expect.arrayContaining([people[0], people[1]]));
    expect(held).not.toContain(people[3]);
    expect(readBackup(backup.name, (db) => db.prepare('SELECT status FROM rounds').pluck().all())).toEqual(['open']);
    // One self-contained file: no journal left beside it.
    expect(readdirSync(backupsDir)).toEqual([backup.name]);
  });

  it('keeps the newest backups only, and never touches other files in the folder', async () => {
    setUp(fixedClock(), 3);
    mkdirSync(backupsDir, { recursive: true });
    writeFileSync(join(backupsDir, 'my notes.txt'), 'keep me');
    writeFileSync(join(backupsDir, 'common-ground.sqlite'), 'not a backup');

    const made = [];
    for (let i = 0; i < 5; i++) made.push((await core.backups.create()).name);

    expect(new Set(made).size).toBe(5);
    expect(core.backups.list().map((b) => b.name)).toEqual(made.slice(2).reverse());
    expect(readdirSync(backupsDir).sort()).toEqual([...made.slice(2), 'common-ground.sqlite', 'my notes.txt'].sort());
  });

  it('lists backups newest first with their time, size and what they hold, read without changing them', async () => {
    setUp();
    const first = await core.backups.create();
    core.workshops.create({ title: 'Follow-up', organization: 'Acme', date: '2027-01-10', facilitator: 'Dana' });
    const second = await core.backups.create();
    core.workshops.trash(workshopId);
    const third = await core.backups.create();
    const bytes = readFileSync(join(backupsDir, first.name));

    const list = core.backups.list();
    expect(list.map((b) => b.name)).toEqual([third.name, second.name, first.name]);
    expect(list.map((b) => b.summary)).toEqual([
      { schemaVersion: LATEST_SCHEMA_VERSION, workshops: 1, newestWorkshopTitle: 'Follow-up' },
      { schemaVersion: LATEST_SCHEMA_VERSION, workshops: 2, newestWorkshopTitle: 'Follow-up' },
      { schemaVersion: LATEST_SCHEMA_VERSION, workshops: 1, newestWorkshopTitle: 'Alignment day' },
    ]);
    for (const backup of list) {
      expect(backup.bytes).toBe(statSync(join(backupsDir, backup.name)).size);
      expect(backup.problem).toBeNull();
      expect(backup.name).toBe(`common-ground-${backup.createdAt.slice(0, 19).replace(/:/g, '-')}Z.sqlite`);
    }
    expect(Date.parse(list[0]!.createdAt)).toBeGreaterThan(Date.parse(list[2]!.createdAt));
    expect(readFileSync(join(backupsDir, first.name)).equals(bytes)).toBe(true);
    expect(readdirSync(backupsDir)).toHaveLength(3);
  });

  it('backs up once a day: only when the newest backup is older than the age asked for', async () => {
    let now = Date.parse('2026-11-22T09:00:00.000Z');
    const clock: Clock = { now: () => new Date(now).toISOString(), newId: fixedClock().newId };
    setUp(clock);
    const day = 24 * 60 * 60 * 1000;

    expect((await core.backups.createIfOlderThan(day))?.name).toBe('common-ground-2026-11-22T09-00-00Z.sqlite');
    now += day - 1000;
    expect(await core.backups.createIfOlderThan(day)).toBeNull();
    now += 1000;
    expect((await core.backups.createIfOlderThan(day))?.name).toBe('common-ground-2026-11-23T09-00-00Z.sqlite');
    // Two backups within one second still get two files.
    expect((await core.backups.create()).name).toBe('common-ground-2026-11-23T09-00-01Z.sqlite');
    expect(core.backups.list()).toHaveLength(3);
  });
});

describe('restoring a backup', () => {
  it('brings back exactly the backed-up state, open round included, on the same connection; the safety backup holds what it replaced', async () => {
    setUp();
    const roundId = core.voting.openRound(activityId, null).id;
    vote(roundId, 0);
    vote(roundId, 1);
    const backup = await core.backups.create();
    const backedUp = dump(core.db);

    // The room goes on: more votes, the round closed and revealed, a note, another workshop, one in the trash.
    vote(roundId, 2);
    core.voting.closeRound(roundId);
    core.voting.revealRound(roundId);
    core.voting.saveNote(workshopId, null, 'Marketing owns the customer data?');
    const other = core.workshops.create({
      title: 'Follow-up',
      organization: 'Acme',
      date: '2027-01-10',
      facilitator: 'D',
    });
    core.workshops.trash(other.id);
    core.templates.copy('cio-cmo-alignment');
    const replaced = dump(core.db);
    expect(replaced).not.toEqual(backedUp);
    const connection = core.db;

    const { restoredFrom, safetyBackup } = await core.backups.restore(backup.name);

    expect(restoredFrom.name).toBe(backup.name);
    expect(dump(core.db)).toEqual(backedUp);
    expect(core.db).toBe(connection);
    expect(core.db.open).toBe(true);
    expect(core.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
    expect(readBackup(safetyBackup.name, dump)).toEqual(replaced);
    expect(core.backups.list().map((b) => b.name)).toEqual([safetyBackup.name, backup.name]);
    expect(readdirSync(backupsDir).sort()).toEqual([backup.name, safetyBackup.name].sort());

    // The restored round is open again, and the room can go on voting in it.
    const state = core.live.snapshot(workshopId, 'facilitator');
    expect(state.openRound?.id).toBe(roundId);
    expect(state.progress?.voted.map((v) => v.name)).toEqual(['Ines', 'Marc']);
    vote(roundId, 2);
    expect(core.live.snapshot(workshopId, 'facilitator').progress?.voted).toHaveLength(3);

    // And the restore can itself be undone, once no round is open.
    await expect(core.backups.restore(safetyBackup.name)).rejects.toThrow(
      'A round is open in “Alignment day”. Close it before restoring a backup. Nothing was changed.',
    );
    expect(core.live.snapshot(workshopId, 'facilitator').progress?.voted).toHaveLength(3);
    core.voting.closeRound(roundId);
    await core.backups.restore(safetyBackup.name);
    expect(dump(core.db)).toEqual(replaced);
  });

  it('restores a backup made by an older version, bringing it up to the current schema', async () => {
    setUp();
    mkdirSync(backupsDir, { recursive: true });
    const name = 'common-ground-2026-01-15T08-30-00Z.sqlite';
    const file = join(backupsDir, name);
    const old = new Database(file);
    migrate(old, file, MIGRATIONS.slice(0, 2));
    old.exec(`
      INSERT INTO workshops (id, title, organization, date, facilitator, status, created_at, updated_at)
        VALUES ('w-old', 'Kick-off 2026', 'Contoso', '2026-01-15', 'Ana', 'closed', 't', 't');
      INSERT INTO participants (id, workshop_id, position, name, side, created_at)
        VALUES ('p-old', 'w-old', 1, 'Ines', 'it', 't');
      INSERT INTO activities (id, workshop_id, position, kind, title, config)
        VALUES ('a-old', 'w-old', 1, 'ranking', 'Drivers', '{"kind":"ranking"}');
      INSERT INTO items (id, activity_id, position, label) VALUES ('i-old', 'a-old', 1, 'Customer insight');
      INSERT INTO rounds (id, activity_id, number, status, opened_at) VALUES ('r-old', 'a-old', 1, 'closed', 't');
      INSERT INTO votes (round_id, participant_id, item_id, value, recorded_at)
        VALUES ('r-old', 'p-old', 'i-old', '1', 't');
    `);
    old.close();
    const bytes = readFileSync(file);

    expect(core.backups.list()).toEqual([
      expect.objectContaining({
        name,
        summary: { schemaVersion: 2, workshops: 1, newestWorkshopTitle: 'Kick-off 2026' },
        problem: null,
      }),
    ]);

    await core.backups.restore(name);

    expect(core.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
    expect(core.workshops.list().map((w) => [w.title, w.status])).toEqual([['Kick-off 2026', 'closed']]);
    expect(core.workshops.detail('w-old').activities[0]?.minutes).toBeNull();
    expect(votesIn(core.db)).toEqual(['p-old']);
    expect(core.workshops.session()).toEqual({ openWorkshopId: null });
    // The backup itself is left as it was.
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a backup made by a newer version, and changes nothing', async () => {
    setUp();
    const backup = await core.backups.create();
    const raw = new Database(join(backupsDir, backup.name));
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    core.workshops.update(workshopId, {
      title: 'Renamed',
      organization: 'Acme',
      date: '2026-11-22',
      facilitator: 'Dana',
      language: 'en',
      anonymous: true,
    });
    const before = dump(core.db);
    const files = readdirSync(backupsDir);

    expect(core.backups.list()[0]?.problem).toMatch(/newer version of Common Ground/);
    const error = await refusal(core.backups.restore(backup.name));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      `This backup was made by a newer version of Common Ground (schema ${LATEST_SCHEMA_VERSION + 1}); ` +
        `this version understands schema ${LATEST_SCHEMA_VERSION} at most. Update Common Ground to restore it. ` +
        'Nothing was changed.',
    );
    expect(dump(core.db)).toEqual(before);
    expect(readdirSync(backupsDir)).toEqual(files);
  });

  it('refuses a name that is not one of the listed backups, and changes nothing', async () => {
    setUp();
    await core.backups.create();
    writeFileSync(
      join(dir, 'common-ground-2026-11-22T08-00-00Z.sqlite'),
      readFileSync(join(dir, 'common-ground.sqlite')),
    );
    writeFileSync(join(backupsDir, 'other.sqlite'), readFileSync(join(dir, 'common-ground.sqlite')));
    const before = dump(core.db);
    const files = readdirSync(backupsDir);

    for (const name of [
      '../common-ground.sqlite',
      '../common-ground-2026-11-22T08-00-00Z.sqlite',
      join(dir, 'common-ground.sqlite'),
      'other.sqlite',
      'common-ground-2030-01-01T00-00-00Z.sqlite',
      '',
    ]) {
      const error = await refusal(core.backups.restore(name));
      expect(error.code).toBe('not-found');
      expect(error.message).toBe('That backup is not in the list of backups. Nothing was changed.');
    }
    expect(dump(core.db)).toEqual(before);
    expect(readdirSync(backupsDir)).toEqual(files);
  });

  it('refuses a damaged backup, and one whose rows do not hold together, changing nothing and keeping no extra backup', async () => {
    setUp();
    mkdirSync(backupsDir, { recursive: true });
    const damaged = 'common-ground-2026-11-20T10-00-00Z.sqlite';
    writeFileSync(join(backupsDir, damaged), 'this is not a database'.repeat(100));
    const dangling = 'common-ground-2026-11-21T10-00-00Z.sqlite';
    core.db.prepare('VACUUM INTO ?').run(join(backupsDir, dangling));
    const raw = new Database(join(backupsDir, dangling));
    raw.pragma('foreign_keys = OFF');
    raw.prepare("UPDATE participants SET workshop_id = 'gone' WHERE id = ?").run(people[0]);
    raw.close();
    const before = dump(core.db);
    const files = readdirSync(backupsDir).sort();

    expect(core.backups.list().find((b) => b.name === damaged)).toMatchObject({ summary: null, problem: /damaged/ });
    const unreadable = await refusal(core.backups.restore(damaged));
    expect(unreadable.code).toBe('invalid-input');
    expect(unreadable.message).toMatch(/could not be read.*Nothing was changed\.$/);

    const inconsistent = await refusal(core.backups.restore(dangling));
    expect(inconsistent.message).toMatch(/refers to rows it does not contain.*Nothing was changed\.$/);

    expect(dump(core.db)).toEqual(before);
    expect(readdirSync(backupsDir).sort()).toEqual(files);
    // The connection is as it was: nothing left attached, and it still writes.
    expect(core.db.prepare('PRAGMA database_list').all()).toHaveLength(1);
    core.workshops.create({ title: 'Still writable', organization: 'Acme', date: '2026-11-22', facilitator: 'D' });
  });
});

describe('closing a workshop', () => {
  it('makes a backup once the close has succeeded', async () => {
    setUp();
    const dispatch = dispatcherFor(core);
    const closed = await dispatch('live.closeWorkshop', eventFrom(APP_URL), { id: workshopId });
    expect(closed).toEqual({ ok: true, value: null });
    expect(core.workshops.requireWorkshop(workshopId).status).toBe('closed');
    await core.backups.settled();
    const [backup] = core.backups.list();
    expect(readBackup(backup!.name, (db) => db.prepare('SELECT status FROM workshops').pluck().get())).toBe('closed');
  });

  it('still closes the workshop when the backup fails, and logs the failure', async () => {
    setUp();
    writeFileSync(backupsDir, 'a file where the backups folder should be');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const closed = await dispatcherFor(core)('live.closeWorkshop', eventFrom(APP_URL), { id: workshopId });
      expect(closed).toEqual({ ok: true, value: null });
      await core.backups.settled();
      expect(logged).toHaveBeenCalledWith('The backup after closing a workshop failed', expect.any(Error));
    } finally {
      logged.mockRestore();
    }
    expect(core.workshops.requireWorkshop(workshopId).status).toBe('closed');
  });

  it('does not back up when the close is refused', async () => {
    setUp();
    core.voting.openRound(activityId, null);
    const refused = await dispatcherFor(core)('live.closeWorkshop', eventFrom(APP_URL), { id: workshopId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await core.backups.settled();
    expect(core.backups.list()).toEqual([]);
  });
});
