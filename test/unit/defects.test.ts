import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core';
import { backupService } from '../../src/main/core/backups';
import { openDatabase, schemaVersion } from '../../src/main/core/db/connection';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { readUserFile } from '../../src/main/core/files';
import { parseWorkshopFile } from '../../src/shared/workshopFile';
import { fixedClock } from '../support/clock';
import { dispatcherFor, eventFrom, APP_URL } from '../support/ipc';
import { otherWriter, steadyWriter } from '../support/otherProcess';
import { DRAFT, ranking, seedRoom } from '../support/room';
import { tempDir } from '../support/temp';
import { dump } from '../support/dump';

let dir: string;
let cleanup: () => void;
let core: Core;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  core = createCore(join(dir, 'data.sqlite'), fixedClock());
});
afterEach(() => {
  if (core.db.open) core.close();
  cleanup();
});

const app = eventFrom(APP_URL);
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** zod's own wording, which must never reach a person. */
const ZOD_DEFAULTS = /Invalid input|expected \w+, received|Too (big|small)|Unrecognized key|Invalid option/;

describe('nothing throws out of the dispatcher', () => {
  it('a typed array as a vote value is refused with a message, not thrown', async () => {
    const room = seedRoom(core);
    const roundId = core.voting.openRound(room.activityId, null).id;
    const dispatch = dispatcherFor(core);
    const before = dump(core.db);
    const result = await dispatch('live.recordBallot', app, {
      roundId,
      participantId: room.participants[0],
      entries: [{ itemId: room.itemIds[0], value: new Uint8Array([1, 2]) }],
      byFacilitator: false,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(dump(core.db)).toEqual(before);
  });

  it('an input whose getter throws is refused with a message, not thrown', async () => {
    const dispatch = dispatcherFor(core);
    const hostile = {
      get id(): string {
        throw new Error('boom');
      },
    };
    await expect(dispatch('workshops.get', app, hostile)).resolves.toMatchObject({ ok: false });
  });
});

describe('one rule for text', () => {
  it('a title starting with NUL is refused by name before it reaches SQLite', async () => {
    const result = await dispatcherFor(core)('workshops.create', app, { ...DRAFT, title: '\u0000Board day' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'The title contains a NUL character, which text cannot hold. Remove it and try again.',
        path: ['title'],
      },
    });
    expect(core.workshops.list()).toEqual([]);
  });

  it('a lone surrogate is refused, not stored altered', async () => {
    const result = await dispatcherFor(core)('workshops.create', app, { ...DRAFT, organization: 'Acme \ud83d' });
    expect(result).toMatchObject({ ok: false, error: { message: /^The organization contains a broken character/ } });
    expect(core.workshops.list()).toEqual([]);
  });

  it('a name of only zero-width characters is refused; emoji and accents are kept', async () => {
    const dispatch = dispatcherFor(core);
    const room = seedRoom(core);
    const refused = await dispatch('participants.add', app, {
      workshopId: room.workshopId,
      participants: [{ name: '\u200b\u200d\u2060', side: 'it', title: null }],
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { message: 'Name needs letters or digits, not only spaces or invisible characters.' },
    });
    const kept = await dispatch('participants.add', app, {
      workshopId: room.workshopId,
      participants: [{ name: 'Zoë 👩🏽‍💻 Łukasz', side: 'it', title: 'CIO\tEMEA' }],
    });
    expect(kept.ok).toBe(true);
    expect(core.workshops.detail(room.workshopId).participants.at(-1)?.name).toBe('Zoë 👩🏽‍💻 Łukasz');
  });

  it('a workshop file with a NUL in a title is refused with its path, nothing written', () => {
    const text = JSON.stringify(fileWith({ workshop: { ...DRAFT, title: '\u0000Board' } }));
    expect(parseWorkshopFile(text)).toMatchObject({
      ok: false,
      error: {
        message: 'workshop.title: The title contains a NUL character, which text cannot hold. Remove it and try again.',
      },
    });
  });
});

function fileWith(overrides: Record<string, unknown> = {}) {
  return {
    format: 'common-ground/workshop',
    version: 1,
    exportedAt: '2026-11-22T16:30:00.000Z',
    workshop: DRAFT,
    participants: [
      { id: 'p1', name: 'Ines', side: 'it' },
      { id: 'p2', name: 'Marc', side: 'marketing' },
    ],
    activities: [],
    ...overrides,
  };
}

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `i${i + 1}`, label: `Item ${i + 1}` }));
const round = (status: string, votes: unknown[] = [], extra: Record<string, unknown> = {}) => ({
  number: 1,
  status,
  openedAt: '2026-11-22T09:00:00Z',
  closedAt: status === 'open' ? null : '2026-11-22T09:10:00Z',
  revealedAt: status === 'revealed' ? '2026-11-22T09:11:00Z' : null,
  votes,
  ...extra,
});
const vote = (participantId: string, itemId: string, value: unknown) => ({
  participantId,
  itemId,
  value,
  recordedAt: '2026-11-22T09:05:00Z',
});
const activity = (id: string, config: unknown, itemCount: number, rounds: unknown[] = []) => ({
  id,
  title: `Activity ${id}`,
  config,
  items: items(itemCount),
  rounds,
});

describe('one set of state rules', () => {
  it('a workshop with an open round cannot be trashed or archived; purging never reaches its votes', () => {
    const room = seedRoom(core);
    const roundId = core.voting.openRound(room.activityId, null).id;
    core.voting.recordBallot(roundId, room.participants[0]!, ranking(room.itemIds), false);
    expect(() => core.workshops.trash(room.workshopId)).toThrow(
      'A round is open. Close it before moving the workshop to the trash. Nothing was changed.',
    );
    expect(() => core.workshops.setArchived(room.workshopId, true)).toThrow(
      'A round is open. Close it before archiving the workshop. Nothing was changed.',
    );
    expect(() => core.workshops.purge(room.workshopId)).toThrow(/Only a workshop in the trash/);
    expect(core.workshops.requireWorkshop(room.workshopId)).toMatchObject({ status: 'live', deletedAt: null });
    expect(core.queries.votes.voterIds(roundId)).toHaveLength(1);
    core.voting.closeRound(roundId);
    core.workshops.setArchived(room.workshopId, true);
    core.workshops.trash(room.workshopId);
  });

  const refusedFiles: [string, Record<string, unknown>, string][] = [
    [
      'two open rounds in different activities',
      {
        activities: [
          activity('a1', { kind: 'likert', labels: LIKERT }, 1, [round('open')]),
          activity('a2', { kind: 'likert', labels: LIKERT }, 1, [round('open')]),
        ],
      },
      'activities[1].rounds[0].status: A workshop has at most one open round; activities[0].rounds[0] is open already.',
    ],
    [
      'an archived workshop with an open round',
      {
        workshop: { ...DRAFT, status: 'archived' },
        activities: [activity('a1', { kind: 'likert', labels: LIKERT }, 1, [round('open')])],
      },
      'activities[0].rounds[0].status: An archived workshop has no open round: close the round or unarchive it.',
    ],
    [
      'fractional points',
      {
        activities: [
          activity('a1', { kind: 'points', total: 100 }, 2, [
            round('closed', [vote('p1', 'i1', 49.5), vote('p1', 'i2', 50.5)]),
          ]),
        ],
      },
      'activities[0].rounds[0].votes[0]: Participant "p1": Points are whole numbers.',
    ],
    [
      'a tied ranking',
      {
        activities: [
          activity('a1', { kind: 'ranking' }, 2, [round('closed', [vote('p1', 'i1', 1), vote('p1', 'i2', 1)])]),
        ],
      },
      'activities[0].rounds[0].votes[0]: Participant "p1": A ranking puts every item in its own place: no ties.',
    ],
    [
      'an incomplete ranking',
      {
        activities: [
          activity('a1', { kind: 'ranking' }, 3, [round('closed', [vote('p1', 'i1', 1), vote('p1', 'i2', 2)])]),
        ],
      },
      'activities[0].rounds[0].votes[0]: Participant "p1": Answer every item before you confirm: “Item 3” has no answer yet.',
    ],
    [
      'more activities than the editor allows',
      { activities: Array.from({ length: 51 }, (_, i) => activity(`a${i}`, { kind: 'ranking' }, 1)) },
      'activities: A workshop holds at most 50 activities.',
    ],
    [
      'more items than the editor allows',
      { activities: [activity('a1', { kind: 'ranking' }, 61)] },
      'activities[0].items: An activity holds at most 60 items.',
    ],
    [
      'an activity with rounds and no items',
      { activities: [activity('a1', { kind: 'ranking' }, 0, [round('closed')])] },
      'activities[0].items: An activity that was voted on needs its items; this one has none.',
    ],
    [
      'a round closed before it opened',
      {
        activities: [
          activity('a1', { kind: 'ranking' }, 1, [round('closed', [], { closedAt: '2026-11-22T08:00:00Z' })]),
        ],
      },
      'activities[0].rounds[0].closedAt: A round cannot close before it opened.',
    ],
  ];
  for (const [what, overrides, message] of refusedFiles) {
    it(`a workshop file with ${what} is refused, nothing written`, () => {
      const before = dump(core.db);
      const result = parseWorkshopFile(JSON.stringify(fileWith(overrides)));
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message } });
      expect(dump(core.db)).toEqual(before);
    });
  }
});

const LIKERT = ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'];

describe('only Common Ground data files are opened', () => {
  it('another program’s SQLite file is refused and left byte for byte as it was', () => {
    const file = join(dir, 'other.sqlite');
    const other = new Database(file);
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5);');
    other.close();
    const before = sha(file);
    expect(() => openDatabase(file)).toThrow(
      `${file} is not a Common Ground data file (it holds another program’s tables). The file was not changed.`,
    );
    expect(sha(file)).toBe(before);
  });

  it('an empty file is a new data file only where creating one was asked for', () => {
    const file = join(dir, 'empty.sqlite');
    writeFileSync(file, '');
    expect(() => openDatabase(file, MIGRATIONS, { create: false })).toThrow(
      /is not a Common Ground data file \(it is empty\)/,
    );
    expect(readFileSync(file)).toHaveLength(0);
    openDatabase(file, MIGRATIONS, { create: true }).close();
  });

  it('a file that is not SQLite at all is refused untouched', () => {
    const file = join(dir, 'notes.sqlite');
    writeFileSync(file, 'Dear diary, '.repeat(500));
    const before = sha(file);
    expect(() => openDatabase(file)).toThrow(/is not a Common Ground data file \(it is not a database\)/);
    expect(sha(file)).toBe(before);
  });

  it('all migrations of one open run in one transaction: a failing one leaves the file as it was', () => {
    const file = join(dir, 'half.sqlite');
    const broken = [...MIGRATIONS.slice(0, 2), { version: 3, name: 'broken', up: 'CREATE TABLE oops (; ' }];
    expect(() => openDatabase(file, broken)).toThrow();
    const db = new Database(file);
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get()).toBe(0);
    db.close();
  });

  it('busy_timeout is set before the first read: opening waits for another process’s exclusive lock', async () => {
    core.close();
    const file = join(dir, 'rollback.sqlite');
    openDatabase(file).close();
    const rollback = new Database(file);
    rollback.pragma('journal_mode = DELETE');
    rollback.close();
    const other = otherWriter(file, { holdMs: 300, begin: 'BEGIN EXCLUSIVE' });
    await other.locked;
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    db.close();
    expect(await other.done).toBe(0);
  });
});

describe('one capped reader for files', () => {
  it('/dev/zero is refused without reading it', () => {
    expect(() => readUserFile('/dev/zero', 1024 * 1024)).toThrow(
      'zero is not an ordinary file (it is a device or a pipe).',
    );
  });

  it('a named pipe is refused, and a file larger than the cap too', () => {
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    expect(() => readUserFile(fifo, 1024)).toThrow(/not an ordinary file/);
    const big = join(dir, 'big.json');
    writeFileSync(big, 'x'.repeat(1024 * 1024 + 1));
    expect(() => readUserFile(big, 1024 * 1024)).toThrow('big.json is 1.0 MB; a Common Ground file is at most 1 MB.');
  });

  it('a UTF-16 file is told it is UTF-16; a UTF-8 byte-order mark is dropped', () => {
    const utf16 = join(dir, 'utf16.json');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"format": 1}', 'utf16le')]));
    expect(() => readUserFile(utf16, 1024)).toThrow(
      'utf16.json is saved as UTF-16 text; Common Ground reads UTF-8. Save it again as UTF-8 and retry.',
    );
    const bom = join(dir, 'bom.json');
    writeFileSync(bom, '\uFEFF{"a":1}', 'utf8');
    expect(readUserFile(bom, 1024)).toBe('{"a":1}');
    const latin1 = join(dir, 'latin1.json');
    writeFileSync(latin1, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    expect(() => readUserFile(latin1, 1024)).toThrow(/is not UTF-8 text/);
  });
});

describe('messages in the app’s words', () => {
  const inputs: [string, unknown][] = [
    ['workshops.create', { ...DRAFT, title: 42 }],
    ['workshops.create', { ...DRAFT, title: 'x'.repeat(500) }],
    [
      'workshops.create',
      JSON.parse('{"title":"a","organization":"b","date":"2026-11-22","facilitator":"c","__proto__":{"x":1}}'),
    ],
    ['workshops.get', { id: 'not an id!' }],
    ['live.openRound', { activityId: 'a1', minutes: 1.5 }],
    ['live.openRound', { activityId: 'a1', minutes: Number.NaN }],
    ['agenda.moveItem', { id: 'i1', toIndex: -1 }],
    ['participants.add', { workshopId: 'w1', participants: [] }],
    ['participants.add', { workshopId: 'w1', participants: [{ name: 'A', side: 'it', title: 'x'.repeat(200) }] }],
    ['templates.get', { id: 'UPPER' }],
    ['workshops.createDemo', { participants: 'many' }],
    ['app.info', { sneaky: true }],
  ];
  it('every refusal names the field and none is zod’s own wording', async () => {
    const dispatch = dispatcherFor(core);
    for (const [channel, input] of inputs) {
      const result = await dispatch(channel, app, input);
      expect(result.ok, channel).toBe(false);
      if (!result.ok) expect(result.error.message, `${channel}: ${result.error.message}`).not.toMatch(ZOD_DEFAULTS);
    }
    const unknownKey = await dispatch('workshops.get', app, JSON.parse('{"id":"w1","__proto__":1}'));
    expect(unknownKey).toMatchObject({
      ok: false,
      error: { message: 'Common Ground does not know the field “__proto__” here.' },
    });
    const tooLong = await dispatch('participants.add', app, {
      workshopId: 'w1',
      participants: [{ name: 'A', side: 'it', title: 'x'.repeat(200) }],
    });
    expect(tooLong).toMatchObject({ ok: false, error: { message: 'The title must be at most 120 characters.' } });
  });
});

describe('backups that cannot finish give up', () => {
  it('a backup under a steady stream of another process’s writes finishes or gives up with a message, and the next one runs', async () => {
    core.close();
    core = createCore(join(dir, 'busy.sqlite'), fixedClock());
    const backups = backupService(core.db, core.clock, { dir: join(dir, 'backups'), giveUpAfterMs: 500 });
    const room = seedRoom(core);
    // Enough pages (about 500) that a page-by-page backup would be restarted by every write.
    core.db.exec(`CREATE TABLE filler (b BLOB);
      INSERT INTO filler SELECT randomblob(4000) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) SELECT i FROM n);`);
    const writer = steadyWriter(core.file);
    await writer.started;
    const outcome = await backups.create().then(
      (info) => ({ ok: true as const, name: info.name }),
      (error: Error) => ({ ok: false as const, message: error.message }),
    );
    expect(await writer.stop()).toBeGreaterThan(0);
    if (!outcome.ok)
      expect(outcome.message).toMatch(/^The backup gave up: another program kept changing the data file/);
    const next = await backups.create();
    expect(next.summary?.workshops).toBe(1);
    expect(room.workshopId).toBeTruthy();
  });
});

describe('a data file that cannot take a write', () => {
  it('a full disk (simulated): the write is refused in the app’s words and nothing is half written', async () => {
    const dispatch = dispatcherFor(core);
    seedRoom(core);
    const before = dump(core.db);
    const pages = core.db.pragma('page_count', { simple: true }) as number;
    core.db.pragma(`max_page_count = ${pages}`);
    const result = await dispatch('workshops.createDemo', app, { participants: 40, seed: 3 });
    expect(result).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'The disk is full. Nothing was changed; free some space and try again.' },
    });
    expect(dump(core.db)).toEqual(before);
  });

  it('a read-only connection: the write is refused in the app’s words, reading still works', async () => {
    const dispatch = dispatcherFor(core);
    const room = seedRoom(core);
    core.db.pragma('query_only = ON');
    const result = await dispatch('workshops.update', app, {
      id: room.workshopId,
      details: { ...DRAFT, title: 'Renamed', language: 'en', anonymous: true },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: /^The data file is read-only/ } });
    expect(await dispatch('workshops.list', app, null)).toMatchObject({ ok: true });
  });
});

describe('a damaged data file', () => {
  it('is refused untouched, and the message offers the newest backup beside it', async () => {
    seedRoom(core);
    const backup = await core.backups.create();
    const file = core.file;
    core.close();
    writeFileSync(file, Buffer.concat([Buffer.from('garbage!'), readFileSync(file).subarray(8)]));
    const before = sha(file);
    expect(() => openDatabase(file)).toThrow(
      `The newest backup is ${join(dir, 'backups', backup.name)}: put a copy of it in place of the data file to go on from there.`,
    );
    expect(sha(file)).toBe(before);
  });
});

describe('one set of limits', () => {
  it('a workshop file holds at most what the editor can make', async () => {
    const { MAX_ACTIVITIES, MAX_ITEMS } = await import('../../src/main/core/agenda');
    const { MAX_PARTICIPANTS } = await import('../../src/main/core/participants');
    const { WORKSHOP_FILE_LIMITS } = await import('../../src/shared/workshopFile');
    expect(WORKSHOP_FILE_LIMITS).toMatchObject({
      activities: MAX_ACTIVITIES,
      itemsPerActivity: MAX_ITEMS,
      participants: MAX_PARTICIPANTS,
    });
  });
});
