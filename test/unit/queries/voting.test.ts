import { describe, expect, it } from 'vitest';
import { seedWorkshop, T0, T1, useTempDatabase, type DbFixture } from '../../support/db';

function seedAgenda(t: DbFixture) {
  seedWorkshop(t.q);
  t.q.participants.insert('p1', 'w1', { name: 'Ines', side: 'it', title: null }, T0);
  t.q.participants.insert('p2', 'w1', { name: 'Marc', side: 'marketing', title: null }, T0);
  t.q.activities.insert('a1', 'w1', { title: 'Drivers', prompt: '', config: { kind: 'ranking' } });
  t.q.activities.insertItem('i1', 'a1', { label: 'Insight', description: null, benchmark: null });
  t.q.activities.insertItem('i2', 'a1', { label: 'Cost', description: null, benchmark: null });
}

describe('round queries', () => {
  const t = useTempDatabase();

  it('open numbers rounds 1, 2, … per activity and walks open → closed → revealed', () => {
    seedAgenda(t);
    const r1 = t.q.rounds.open('r1', 'a1', T0);
    expect(r1).toMatchObject({ number: 1, status: 'open', openedAt: T0, closedAt: null, revealedAt: null });
    expect(t.q.rounds.reveal('r1', T1)).toBe(false); // not closed yet
    expect(t.q.rounds.close('r1', T1)).toBe(true);
    expect(t.q.rounds.close('r1', T1)).toBe(false); // already closed
    expect(t.q.rounds.reveal('r1', T1)).toBe(true);
    expect(t.q.rounds.get('r1')).toMatchObject({ status: 'revealed', closedAt: T1, revealedAt: T1 });

    t.q.rounds.open('r2', 'a1', T1, '2026-11-22T09:10:00.000Z');
    expect(t.q.rounds.listByActivity('a1').map((r) => [r.id, r.number, r.deadlineAt])).toEqual([
      ['r1', 1, null],
      ['r2', 2, '2026-11-22T09:10:00.000Z'],
    ]);
  });
});

describe('vote queries', () => {
  const t = useTempDatabase();

  it('replaceBallot stores one vote per item and replaces a changed ballot whole', () => {
    seedAgenda(t);
    t.q.rounds.open('r1', 'a1', T0);
    t.q.votes.replaceBallot(
      'r1',
      'p1',
      [
        { itemId: 'i1', value: 1 },
        { itemId: 'i2', value: 2 },
      ],
      false,
      T0,
    );
    t.q.votes.replaceBallot(
      'r1',
      'p2',
      [
        { itemId: 'i1', value: 2 },
        { itemId: 'i2', value: 1 },
      ],
      true,
      T0,
    );
    t.q.votes.replaceBallot(
      'r1',
      'p1',
      [
        { itemId: 'i1', value: 2 },
        { itemId: 'i2', value: 1 },
      ],
      false,
      T1,
    );

    expect(t.q.votes.listByRound('r1')).toEqual([
      { roundId: 'r1', participantId: 'p1', itemId: 'i1', value: 2, byFacilitator: false, recordedAt: T1 },
      { roundId: 'r1', participantId: 'p1', itemId: 'i2', value: 1, byFacilitator: false, recordedAt: T1 },
      { roundId: 'r1', participantId: 'p2', itemId: 'i1', value: 2, byFacilitator: true, recordedAt: T0 },
      { roundId: 'r1', participantId: 'p2', itemId: 'i2', value: 1, byFacilitator: true, recordedAt: T0 },
    ]);
    expect(t.q.votes.voterIds('r1').sort()).toEqual(['p1', 'p2']);
  });

  it('keeps structured values (option ids, prediction pairs) intact', () => {
    seedAgenda(t);
    t.q.rounds.open('r1', 'a1', T0);
    t.q.votes.replaceBallot(
      'r1',
      'p1',
      [
        { itemId: 'i1', value: { own: 10, guess: 40 } },
        { itemId: 'i2', value: ['a', 'b'] },
      ],
      false,
      T0,
    );
    expect(t.q.votes.listByRound('r1').map((v) => v.value)).toEqual([{ own: 10, guess: 40 }, ['a', 'b']]);
  });

  it('a ballot that fails part-way leaves the previous ballot untouched', () => {
    seedAgenda(t);
    t.q.rounds.open('r1', 'a1', T0);
    t.q.votes.replaceBallot(
      'r1',
      'p1',
      [
        { itemId: 'i1', value: 1 },
        { itemId: 'i2', value: 2 },
      ],
      false,
      T0,
    );
    expect(() =>
      t.q.votes.replaceBallot(
        'r1',
        'p1',
        [
          { itemId: 'i1', value: 2 },
          { itemId: 'no-such-item', value: 1 },
        ],
        false,
        T1,
      ),
    ).toThrow(/FOREIGN KEY/);
    expect(t.q.votes.listByRound('r1').map((v) => [v.itemId, v.value])).toEqual([
      ['i1', 1],
      ['i2', 2],
    ]);
  });

  it('a committed vote is on disk: a second connection to the file sees it', async () => {
    seedAgenda(t);
    t.q.rounds.open('r1', 'a1', T0);
    t.q.votes.replaceBallot('r1', 'p1', [{ itemId: 'i1', value: 1 }], false, T0);
    const { default: Database } = await import('better-sqlite3');
    const other = new Database(t.file, { readonly: true });
    expect(other.prepare('SELECT count(*) FROM votes').pluck().get()).toBe(1);
    other.close();
  });
});
