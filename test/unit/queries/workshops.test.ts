import { describe, expect, it } from 'vitest';
import { seedWorkshop, T0, T1, useTempDatabase } from '../../support/db';

describe('workshop queries', () => {
  const t = useTempDatabase();

  it('insert stores the draft with the defaults: anonymous, draft, English', () => {
    const w = seedWorkshop(t.q);
    expect(w).toEqual({
      id: 'w1',
      title: 'Alignment day',
      organization: 'Acme',
      date: '2026-11-22',
      facilitator: 'Dana',
      language: 'en',
      anonymous: true,
      status: 'draft',
      createdAt: T0,
      updatedAt: T0,
      deletedAt: null,
    });
    expect(t.q.workshops.get('w1')).toEqual(w);
    expect(t.q.workshops.get('missing')).toBeUndefined();
  });

  it('list answers newest date first with participant and activity counts', () => {
    t.q.workshops.insert('old', { title: 'Old', organization: 'A', date: '2025-01-10', facilitator: 'F' }, T0);
    t.q.workshops.insert('new', { title: 'New', organization: 'B', date: '2026-03-01', facilitator: 'F' }, T0);
    t.q.participants.insert('p1', 'new', { name: 'Ines', side: 'it', title: null }, T0);
    t.q.participants.insert('p2', 'new', { name: 'Marc', side: 'marketing', title: null }, T0);
    t.q.activities.insert('a1', 'new', { title: 'Drivers', prompt: '', config: { kind: 'ranking' } });

    const list = t.q.workshops.list();
    expect(list.map((w) => [w.id, w.participantCount, w.activityCount])).toEqual([
      ['new', 2, 1],
      ['old', 0, 0],
    ]);
  });

  it('setStatus changes status and updatedAt, and reports a missing workshop', () => {
    seedWorkshop(t.q);
    expect(t.q.workshops.setStatus('w1', 'live', T1)).toBe(true);
    expect(t.q.workshops.get('w1')).toMatchObject({ status: 'live', updatedAt: T1 });
    expect(t.q.workshops.setStatus('nope', 'live', T1)).toBe(false);
  });

  it('the schema refuses an unknown status and an empty title', () => {
    seedWorkshop(t.q);
    expect(() => t.db.prepare("UPDATE workshops SET status = 'party' WHERE id = 'w1'").run()).toThrow(/CHECK/);
    expect(() =>
      t.q.workshops.insert('w2', { title: '', organization: 'A', date: '2026-01-01', facilitator: 'F' }, T0),
    ).toThrow(/CHECK/);
  });

  it('update changes the editable details', () => {
    seedWorkshop(t.q);
    const details = {
      title: 'Renamed',
      organization: 'Acme Group',
      date: '2026-12-01',
      facilitator: 'Sam',
      language: 'fr',
      anonymous: false,
    };
    expect(t.q.workshops.update('w1', details, T1)).toBe(true);
    expect(t.q.workshops.get('w1')).toMatchObject({ ...details, updatedAt: T1 });
    expect(t.q.workshops.update('nope', details, T1)).toBe(false);
  });

  it('trash hides a workshop from the list, restore brings it back, purge deletes only from the trash', () => {
    seedWorkshop(t.q);
    t.q.participants.insert('p1', 'w1', { name: 'Ines', side: 'it', title: null }, T0);
    expect(t.q.workshops.purge('w1')).toBe(false); // not in the trash
    expect(t.q.workshops.trash('w1', T1)).toBe(true);
    expect(t.q.workshops.list()).toEqual([]);
    expect(t.q.workshops.listTrash().map((w) => [w.id, w.deletedAt])).toEqual([['w1', T1]]);
    expect(t.q.workshops.restore('w1')).toBe(true);
    expect(t.q.workshops.list().map((w) => w.id)).toEqual(['w1']);
    t.q.workshops.trash('w1', T1);
    expect(t.q.workshops.purge('w1')).toBe(true);
    expect(t.q.workshops.get('w1')).toBeUndefined();
    expect(t.q.participants.get('p1')).toBeUndefined();
  });
});
