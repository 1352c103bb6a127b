import { describe, expect, it } from 'vitest';
import type { Queries } from '../../../src/main/core/db/queries';
import { type Db } from '../../../src/main/core/db/connection';
import { exportWorkshop, importWorkshop } from '../../../src/main/core/workshopFile';
import { DEFAULT_OWNERSHIP_OPTIONS } from '../../../src/shared/domain';
import { AppError } from '../../../src/shared/result';
import { parseWorkshopFile, type WorkshopFile } from '../../../src/shared/workshopFile';
import { fixedClock } from '../../support/clock';
import { T0, T1, useTempDatabase } from '../../support/db';
import { BAD_FILES, readFixture } from './corpus';

const TABLES = ['workshops', 'participants', 'activities', 'items', 'rounds', 'votes', 'notes', 'action_items'];
const T2 = '2026-11-22T09:10:00.000Z';
const EXPORTED_AT = { now: () => '2026-11-22T17:00:00.000Z' };

function tableCounts(db: Db): Record<string, number> {
  return Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]));
}

/** A workshop with a bit of everything, written through the app's own query modules. */
function seedFullWorkshop(db: Db, q: Queries): string {
  q.workshops.insert(
    'w1',
    { title: 'Alignment day', organization: 'Acme', date: '2026-11-22', facilitator: 'Dana' },
    T0,
  );
  q.workshops.setStatus('w1', 'live', T1);
  db.prepare("UPDATE workshops SET language = 'en-GB', anonymous = 0 WHERE id = 'w1'").run();

  q.participants.insert('ines', 'w1', { name: 'Ines', side: 'it', title: 'CIO' }, T0);
  q.participants.insert('marc', 'w1', { name: 'Marc', side: 'marketing', title: null }, T0);
  q.participants.insert('cleo', 'w1', { name: 'Cleo', side: 'other', title: 'CEO' }, T0);

  q.activities.insert('own', 'w1', {
    title: 'Who should drive investment?',
    prompt: 'For each area, who should lead?',
    minutes: 20,
    config: { kind: 'ownership', options: [...DEFAULT_OWNERSHIP_OPTIONS] },
  });
  q.activities.insertItem('cloud', 'own', { label: 'Cloud', description: 'IaaS and SaaS', benchmark: null });
  q.activities.insertItem('data', 'own', {
    label: 'Big data',
    description: null,
    benchmark: { cio: 61, cmo: 49, unit: '%', source: 'Accenture CMO–CIO study', year: 2014, quote: 'As printed.' },
  });
  q.activities.insert('rank', 'w1', { title: 'Drivers', prompt: '', config: { kind: 'ranking' } });
  q.activities.insertItem('insight', 'rank', { label: 'Customer insight', description: null, benchmark: null });
  q.activities.insertItem('cost', 'rank', { label: 'Cost', description: null, benchmark: null });
  q.activities.insert('guess', 'w1', {
    title: 'Reading the other side',
    prompt: '',
    config: { kind: 'prediction', ask: 'What share agree?', min: 0, max: 100, unit: '%' },
  });
  q.activities.insertItem('level', 'guess', { label: 'Right level', description: null, benchmark: null });
  q.activities.insert('empty', 'w1', {
    title: 'Not written yet',
    prompt: '',
    config: { kind: 'scale', min: 0, max: 10, minLabel: '', maxLabel: '' },
  });

  q.rounds.open('own-1', 'own', T0);
  q.votes.replaceBallot(
    'own-1',
    'ines',
    [
      { itemId: 'cloud', value: 'it-led' },
      { itemId: 'data', value: 'co-led' },
    ],
    false,
    T0,
  );
  q.votes.replaceBallot('own-1', 'marc', [{ itemId: 'data', value: 'marketing-led' }], true, T1);
  q.rounds.close('own-1', T1);
  q.rounds.reveal('own-1', T2);
  q.rounds.open('own-2', 'own', T2, '2026-11-22T09:20:00.000Z');
  q.votes.replaceBallot('own-2', 'marc', [{ itemId: 'data', value: 'co-led' }], false, T2);

  q.rounds.open('rank-1', 'rank', T1);
  q.votes.replaceBallot(
    'rank-1',
    'cleo',
    [
      { itemId: 'insight', value: 2 },
      { itemId: 'cost', value: 1 },
    ],
    false,
    T1,
  );
  q.rounds.close('rank-1', T2);

  q.rounds.open('guess-1', 'guess', T1);
  q.votes.replaceBallot('guess-1', 'ines', [{ itemId: 'level', value: { own: 40, guess: 65 } }], false, T1);
  q.rounds.close('guess-1', T2);

  q.notes.insert('n1', 'w1', 'rank', 'IT ranks cost first', T0);
  q.notes.update('n1', 'IT ranks cost first; Marketing disagrees', T1);
  q.notes.insert('n2', 'w1', null, 'General remark', T2);
  q.actionItems.insert(
    'x1',
    'w1',
    {
      activityId: 'own',
      kind: 'agreement',
      text: 'Big data is co-led',
      ownerIt: null,
      ownerMarketing: null,
      dueDate: null,
    },
    T1,
  );
  q.actionItems.insert(
    'x2',
    'w1',
    {
      activityId: null,
      kind: 'action',
      text: 'Joint data governance board',
      ownerIt: 'Ines',
      ownerMarketing: 'Marc',
      dueDate: '2027-01-31',
    },
    T2,
  );
  return 'w1';
}

/**
 * Everything the app can read about a workshop, through its own query modules, with each
 * id replaced by where its row stands, so two copies of a workshop compare equal.
 */
function snapshot(q: Queries, workshopId: string) {
  const { id: _id, createdAt: _c, updatedAt: _u, ...workshop } = q.workshops.get(workshopId)!;
  const participants = q.participants.listByWorkshop(workshopId);
  const activities = q.activities.listByWorkshop(workshopId);
  const name = new Map<string, string>([
    ...participants.map((p, i) => [p.id, `participant ${i + 1}`] as const),
    ...activities.map((a, i) => [a.id, `activity ${i + 1}`] as const),
    ...activities.flatMap((a, i) => a.items.map((item, j) => [item.id, `item ${i + 1}.${j + 1}`] as const)),
  ]);
  const ref = (id: string | null) => (id === null ? null : (name.get(id) ?? `unknown ${id}`));
  return {
    workshop,
    participants: participants.map(({ id, workshopId: _w, ...p }) => ({ ...p, id: ref(id) })),
    activities: activities.map(({ id, workshopId: _w, items, ...a }) => ({
      ...a,
      id: ref(id),
      items: items.map(({ id: itemId, activityId, ...item }) => ({
        ...item,
        id: ref(itemId),
        activityId: ref(activityId),
      })),
      rounds: q.rounds.listByActivity(id).map(({ id: roundId, activityId, ...round }) => ({
        ...round,
        activityId: ref(activityId),
        votes: q.votes
          .listByRound(roundId)
          .map(({ roundId: _r, ...vote }) => ({
            ...vote,
            participantId: ref(vote.participantId),
            itemId: ref(vote.itemId),
          }))
          .sort((a, b) => `${a.participantId}/${a.itemId}`.localeCompare(`${b.participantId}/${b.itemId}`)),
      })),
    })),
    notes: q.notes
      .listByWorkshop(workshopId)
      .map(({ id: _n, workshopId: _w, ...note }) => ({ ...note, activityId: ref(note.activityId) })),
    actionItems: q.actionItems
      .listByWorkshop(workshopId)
      .map(({ id: _x, workshopId: _w, ...item }) => ({ ...item, activityId: ref(item.activityId) })),
  };
}

/** Through text, as a file on disk would go. */
function viaText(file: WorkshopFile): WorkshopFile {
  const parsed = parseWorkshopFile(JSON.stringify(file, null, 2));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

describe('exporting and importing a workshop', () => {
  const t = useTempDatabase();

  it('gives back an equal workshop under new ids', () => {
    const original = seedFullWorkshop(t.db, t.q);
    const file = viaText(exportWorkshop(t.q, original, EXPORTED_AT));
    const { workshopId } = importWorkshop(t.db, file, fixedClock());

    expect(workshopId).not.toBe(original);
    expect(snapshot(t.q, workshopId)).toEqual(snapshot(t.q, original));
    // Exporting the copy writes the very same file: file-local ids follow the order of rows, not their ids.
    expect(exportWorkshop(t.q, workshopId, EXPORTED_AT)).toEqual(file);
  });

  it('keeps what the file says, in file-local ids', () => {
    seedFullWorkshop(t.db, t.q);
    const file = exportWorkshop(t.q, 'w1', EXPORTED_AT);
    expect(file).toMatchObject({
      format: 'common-ground/workshop',
      version: 1,
      exportedAt: '2026-11-22T17:00:00.000Z',
      workshop: { title: 'Alignment day', language: 'en-GB', anonymous: false, status: 'live' },
    });
    expect(file.participants.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(
      file.activities.map((a) => [a.id, a.minutes, a.items.map((i) => i.id), a.rounds.map((r) => r.status)]),
    ).toEqual([
      ['a1', 20, ['i1', 'i2'], ['revealed', 'open']],
      ['a2', null, ['i3', 'i4'], ['closed']],
      ['a3', null, ['i5'], ['closed']],
      ['a4', null, [], []],
    ]);
    expect(file.activities[0]!.rounds[0]!.votes).toContainEqual({
      participantId: 'p2',
      itemId: 'i2',
      value: 'marketing-led',
      byFacilitator: true,
      recordedAt: T1,
    });
    expect(file.notes.map((n) => n.activityId)).toEqual(['a2', null]);
    expect(file.actionItems.map((x) => x.activityId)).toEqual(['a1', null]);
  });

  it('imports the valid fixture and exports it back unchanged', () => {
    const fixture = parseWorkshopFile(readFixture('good', 'alignment-day.json'));
    if (!fixture.ok) throw new Error(fixture.error.message);
    const { workshopId } = importWorkshop(t.db, fixture.value, fixedClock());
    const exported = exportWorkshop(t.q, workshopId, { now: () => fixture.value.exportedAt });
    expect(exported).toEqual(fixture.value);
  });

  it('makes two independent workshops from the same file imported twice', () => {
    seedFullWorkshop(t.db, t.q);
    const file = exportWorkshop(t.q, 'w1');
    const clock = fixedClock();
    const first = importWorkshop(t.db, file, clock).workshopId;
    const second = importWorkshop(t.db, file, clock).workshopId;
    expect(first).not.toBe(second);
    expect(snapshot(t.q, second)).toEqual(snapshot(t.q, first));

    t.db.prepare('DELETE FROM workshops WHERE id = ?').run(first);
    expect(snapshot(t.q, second)).toEqual(snapshot(t.q, 'w1'));
  });

  it('refuses an unknown workshop with not-found', () => {
    expect(() => exportWorkshop(t.q, 'no-such-workshop')).toThrow(
      expect.objectContaining({ code: 'not-found', message: 'There is no workshop with id "no-such-workshop".' }),
    );
  });

  it('writes nothing when a write fails part-way', () => {
    seedFullWorkshop(t.db, t.q);
    const file = exportWorkshop(t.q, 'w1');
    const before = tableCounts(t.db);
    // Action items are written last: by then every other table has rows of the new workshop.
    t.db.exec(
      `CREATE TRIGGER refuse_actions BEFORE INSERT ON action_items BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
    );
    expect(() => importWorkshop(t.db, file, fixedClock())).toThrow(/disk full/);
    expect(tableCounts(t.db)).toEqual(before);
  });

  it.each(Object.keys(BAD_FILES).filter(holdsJsonObject))(
    'refuses %s at import too, whoever parsed it, and writes nothing',
    (name) => {
      seedFullWorkshop(t.db, t.q);
      const before = tableCounts(t.db);
      const data = JSON.parse(readFixture('bad', name)) as WorkshopFile;
      let thrown: unknown;
      try {
        importWorkshop(t.db, data, fixedClock());
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(AppError);
      expect(thrown).toMatchObject({ code: 'invalid-input', message: parseFailure(readFixture('bad', name)) });
      expect(tableCounts(t.db)).toEqual(before);
    },
  );
});

function holdsJsonObject(name: string): boolean {
  try {
    const data: unknown = JSON.parse(readFixture('bad', name));
    return typeof data === 'object' && data !== null && !Array.isArray(data);
  } catch {
    return false;
  }
}

function parseFailure(text: string): string {
  const result = parseWorkshopFile(text);
  if (result.ok) throw new Error('expected the fixture to be refused');
  return result.error.message;
}
