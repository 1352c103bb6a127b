import { describe, expect, it } from 'vitest';
import { seedWorkshop, T0, T1, useTempDatabase } from '../../support/db';

describe('note queries', () => {
  const t = useTempDatabase();

  it('insert, update and list notes per workshop, with or without an activity', () => {
    seedWorkshop(t.q);
    t.q.activities.insert('a1', 'w1', { title: 'Drivers', prompt: '', config: { kind: 'ranking' } });
    t.q.notes.insert('n1', 'w1', 'a1', 'IT ranks cost first', T0);
    t.q.notes.insert('n2', 'w1', null, 'General remark', T1);
    expect(t.q.notes.update('n1', 'IT ranks cost first; Marketing disagrees', T1)).toBe(true);
    expect(t.q.notes.update('nope', 'x', T1)).toBe(false);
    expect(t.q.notes.listByWorkshop('w1')).toEqual([
      {
        id: 'n1',
        workshopId: 'w1',
        activityId: 'a1',
        body: 'IT ranks cost first; Marketing disagrees',
        createdAt: T0,
        updatedAt: T1,
      },
      { id: 'n2', workshopId: 'w1', activityId: null, body: 'General remark', createdAt: T1, updatedAt: T1 },
    ]);
  });
});

describe('action item queries', () => {
  const t = useTempDatabase();

  it('store agreements and actions with an owner on each side and a due date', () => {
    seedWorkshop(t.q);
    const item = t.q.actionItems.insert(
      'x1',
      'w1',
      {
        activityId: null,
        kind: 'action',
        text: 'Joint data governance board',
        ownerIt: 'Ines',
        ownerMarketing: 'Marc',
        dueDate: '2027-01-31',
      },
      T0,
    );
    expect(item).toMatchObject({ kind: 'action', ownerIt: 'Ines', ownerMarketing: 'Marc', dueDate: '2027-01-31' });
    t.q.actionItems.insert(
      'x2',
      'w1',
      { activityId: null, kind: 'agreement', text: 'Co-own CRM', ownerIt: null, ownerMarketing: null, dueDate: null },
      T1,
    );
    expect(t.q.actionItems.listByWorkshop('w1').map((a) => a.id)).toEqual(['x1', 'x2']);
    expect(t.q.actionItems.remove('x1')).toBe(true);
    expect(t.q.actionItems.listByWorkshop('w1').map((a) => a.id)).toEqual(['x2']);
  });
});

describe('session queries', () => {
  const t = useTempDatabase();

  it('remember the open workshop and each workshop’s current activity', () => {
    seedWorkshop(t.q);
    t.q.activities.insert('a1', 'w1', { title: 'Drivers', prompt: '', config: { kind: 'ranking' } });
    expect(t.q.session.get()).toEqual({ openWorkshopId: null });
    t.q.session.setOpenWorkshop('w1');
    expect(t.q.session.get()).toEqual({ openWorkshopId: 'w1' });

    expect(t.q.session.currentActivity('w1')).toBeNull();
    t.q.session.setCurrentActivity('w1', 'a1', T0);
    expect(t.q.session.currentActivity('w1')).toBe('a1');
    t.q.session.setCurrentActivity('w1', null, T1);
    expect(t.q.session.currentActivity('w1')).toBeNull();
  });

  it('forget a deleted workshop rather than point at nothing', () => {
    seedWorkshop(t.q);
    t.q.session.setOpenWorkshop('w1');
    t.db.prepare("DELETE FROM workshops WHERE id = 'w1'").run();
    expect(t.q.session.get()).toEqual({ openWorkshopId: null });
  });
});
