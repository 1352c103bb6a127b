import { describe, expect, it } from 'vitest';
import { DEFAULT_OWNERSHIP_OPTIONS } from '../../../src/shared/domain';
import { seedWorkshop, useTempDatabase } from '../../support/db';

const benchmark = { cio: 61, cmo: 49, unit: '%', source: 'Accenture CMO–CIO study', year: 2014 };

describe('activity queries', () => {
  const t = useTempDatabase();

  it('store an activity with its config and items, benchmark included', () => {
    seedWorkshop(t.q);
    t.q.activities.insert('a1', 'w1', {
      title: 'Who should drive investment?',
      prompt: 'For each area, who should lead?',
      config: { kind: 'ownership', options: [...DEFAULT_OWNERSHIP_OPTIONS] },
    });
    t.q.activities.insertItem('i1', 'a1', { label: 'Cloud', description: null, benchmark: null });
    const item = t.q.activities.insertItem('i2', 'a1', { label: 'Mobile', description: 'Apps', benchmark });
    expect(item).toEqual({ id: 'i2', activityId: 'a1', position: 2, label: 'Mobile', description: 'Apps', benchmark });

    const activity = t.q.activities.get('a1')!;
    expect(activity.kind).toBe('ownership');
    expect(activity.config).toEqual({ kind: 'ownership', options: DEFAULT_OWNERSHIP_OPTIONS });
    expect(activity.items.map((i) => i.label)).toEqual(['Cloud', 'Mobile']);
  });

  it('list the agenda in order with each activity’s own items', () => {
    seedWorkshop(t.q);
    t.q.activities.insert('a1', 'w1', { title: 'Drivers', prompt: '', config: { kind: 'ranking' } });
    t.q.activities.insert('a2', 'w1', { title: 'Priorities', prompt: '', config: { kind: 'points', total: 100 } });
    t.q.activities.insert('a3', 'w1', { title: 'Empty', prompt: '', config: { kind: 'ranking' } });
    t.q.activities.insertItem('i1', 'a2', { label: 'Customer insight', description: null, benchmark: null });
    t.q.activities.insertItem('i2', 'a1', { label: 'Revenue growth', description: null, benchmark: null });
    t.q.activities.insertItem('i3', 'a1', { label: 'Cost', description: null, benchmark: null });

    const agenda = t.q.activities.listByWorkshop('w1');
    expect(agenda.map((a) => [a.id, a.position, a.items.map((i) => i.id)])).toEqual([
      ['a1', 1, ['i2', 'i3']],
      ['a2', 2, ['i1']],
      ['a3', 3, []],
    ]);
  });

  it('the schema refuses a config whose kind differs from the activity’s', () => {
    seedWorkshop(t.q);
    expect(() =>
      t.db
        .prepare(
          `INSERT INTO activities (id, workshop_id, position, kind, title, config)
           VALUES ('a1', 'w1', 1, 'points', 'X', '{"kind":"ranking"}')`,
        )
        .run(),
    ).toThrow(/CHECK/);
  });

  it('remove takes the items with it', () => {
    seedWorkshop(t.q);
    t.q.activities.insert('a1', 'w1', { title: 'Drivers', prompt: '', config: { kind: 'ranking' } });
    t.q.activities.insertItem('i1', 'a1', { label: 'X', description: null, benchmark: null });
    expect(t.q.activities.remove('a1')).toBe(true);
    expect(t.db.prepare('SELECT count(*) FROM items').pluck().get()).toBe(0);
    expect(t.q.activities.remove('a1')).toBe(false);
  });

  it('update replaces title, prompt, minutes and settings', () => {
    seedWorkshop(t.q);
    t.q.activities.insert('a1', 'w1', { title: 'Drivers', prompt: '', config: { kind: 'ranking' } });
    expect(
      t.q.activities.update('a1', {
        title: 'Budget',
        prompt: 'Spread 50',
        minutes: 20,
        config: { kind: 'points', total: 50 },
      }),
    ).toBe(true);
    expect(t.q.activities.get('a1')).toMatchObject({
      kind: 'points',
      title: 'Budget',
      prompt: 'Spread 50',
      minutes: 20,
      config: { kind: 'points', total: 50 },
    });
  });

  it('move and remove keep positions 1..n without gaps', () => {
    seedWorkshop(t.q);
    for (const id of ['a1', 'a2', 'a3', 'a4']) {
      t.q.activities.insert(id, 'w1', { title: id, prompt: '', config: { kind: 'ranking' } });
    }
    const order = () => t.q.activities.listByWorkshop('w1').map((a) => `${a.position}:${a.id}`);
    expect(t.q.activities.move('a4', 0)).toBe(true);
    expect(order()).toEqual(['1:a4', '2:a1', '3:a2', '4:a3']);
    expect(t.q.activities.move('a4', 99)).toBe(true);
    expect(order()).toEqual(['1:a1', '2:a2', '3:a3', '4:a4']);
    expect(t.q.activities.remove('a2')).toBe(true);
    expect(order()).toEqual(['1:a1', '2:a3', '3:a4']);
    expect(t.q.activities.move('missing', 0)).toBe(false);
  });

  it('items can be edited, moved and removed, keeping their positions dense', () => {
    seedWorkshop(t.q);
    t.q.activities.insert('a1', 'w1', { title: 'Drivers', prompt: '', config: { kind: 'ranking' } });
    for (const id of ['i1', 'i2', 'i3'])
      t.q.activities.insertItem(id, 'a1', { label: id, description: null, benchmark: null });
    expect(t.q.activities.updateItem('i2', { label: 'Customer insight', description: 'x', benchmark })).toBe(true);
    expect(t.q.activities.getItem('i2')).toMatchObject({ label: 'Customer insight', description: 'x', benchmark });
    expect(t.q.activities.moveItem('i3', 0)).toBe(true);
    const labels = () => t.q.activities.get('a1')!.items.map((i) => `${i.position}:${i.id}`);
    expect(labels()).toEqual(['1:i3', '2:i1', '3:i2']);
    expect(t.q.activities.removeItem('i1')).toBe(true);
    expect(labels()).toEqual(['1:i3', '2:i2']);
    expect(t.q.activities.removeItem('i1')).toBe(false);
  });
});
