import { describe, expect, it } from 'vitest';
import { seedWorkshop, T0, useTempDatabase } from '../../support/db';

describe('participant queries', () => {
  const t = useTempDatabase();

  it('insert appends in order within a workshop; list answers in that order', () => {
    seedWorkshop(t.q);
    seedWorkshop(t.q, 'w2');
    t.q.participants.insert('p1', 'w1', { name: 'Ines', side: 'it', title: 'CIO' }, T0);
    t.q.participants.insert('x1', 'w2', { name: 'Other room', side: 'other', title: null }, T0);
    t.q.participants.insert('p2', 'w1', { name: 'Marc', side: 'marketing', title: null }, T0);

    expect(t.q.participants.listByWorkshop('w1')).toEqual([
      { id: 'p1', workshopId: 'w1', name: 'Ines', side: 'it', title: 'CIO', position: 1 },
      { id: 'p2', workshopId: 'w1', name: 'Marc', side: 'marketing', title: null, position: 2 },
    ]);
    expect(t.q.participants.get('x1')?.position).toBe(1);
  });

  it('update and remove change one participant and report a missing one', () => {
    seedWorkshop(t.q);
    t.q.participants.insert('p1', 'w1', { name: 'Ines', side: 'it', title: null }, T0);
    expect(t.q.participants.update('p1', { name: 'Inès', side: 'other', title: 'CEO' })).toBe(true);
    expect(t.q.participants.get('p1')).toMatchObject({ name: 'Inès', side: 'other', title: 'CEO' });
    expect(t.q.participants.update('nope', { name: 'X', side: 'it', title: null })).toBe(false);
    expect(t.q.participants.remove('p1')).toBe(true);
    expect(t.q.participants.remove('p1')).toBe(false);
    expect(t.q.participants.listByWorkshop('w1')).toEqual([]);
  });

  it('refuses an unknown side and a workshop that does not exist', () => {
    seedWorkshop(t.q);
    expect(() => t.q.participants.insert('p1', 'w1', { name: 'X', side: 'finance' as 'it', title: null }, T0)).toThrow(
      /CHECK/,
    );
    expect(() => t.q.participants.insert('p2', 'nope', { name: 'X', side: 'it', title: null }, T0)).toThrow(
      /FOREIGN KEY/,
    );
  });

  it('go with their workshop when it is deleted', () => {
    seedWorkshop(t.q);
    t.q.participants.insert('p1', 'w1', { name: 'Ines', side: 'it', title: null }, T0);
    t.db.prepare("DELETE FROM workshops WHERE id = 'w1'").run();
    expect(t.q.participants.get('p1')).toBeUndefined();
  });
});
