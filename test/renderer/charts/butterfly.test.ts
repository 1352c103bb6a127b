// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { butterflyData, butterflyTable, describeButterfly } from '../../../src/renderer/charts/butterfly.data';
import { activity, analyzed, latestItems, room } from './workshop';

describe('butterfly data', () => {
  const points = { kind: 'points', total: 100 } as const;

  it('gives each side its mean points, highest combined first, on an axis rounded up from the largest mean', () => {
    const analysis = analyzed(room(2, 2), [
      activity(
        points,
        ['Customer insight', 'Lead generation', 'Analytics'],
        [{ it1: [10, 30, 60], it2: [20, 40, 40], mk1: [70, 20, 10], mk2: [50, 30, 20] }],
      ),
    ]);
    const data = butterflyData(latestItems(analysis), { kind: 'mean', label: 'mean points', min: 0, max: null });
    expect(data.rows.map((r) => [r.label, r.it, r.marketing])).toEqual([
      ['Customer insight', { state: 'shown', value: 15, n: 2 }, { state: 'shown', value: 60, n: 2 }],
      ['Analytics', { state: 'shown', value: 50, n: 2 }, { state: 'shown', value: 15, n: 2 }],
      ['Lead generation', { state: 'shown', value: 35, n: 2 }, { state: 'shown', value: 25, n: 2 }],
    ]);
    expect(data.domain).toEqual([0, 60]);
  });

  it('keeps agenda order when asked, and a fixed scale axis when the scale has one', () => {
    const analysis = analyzed(room(1, 1), [
      activity(
        { kind: 'scale', min: 0, max: 10, minLabel: '', maxLabel: '' },
        ['Company', 'IT'],
        [{ it1: [3, 9], mk1: [4, 2] }],
      ),
    ]);
    const data = butterflyData(latestItems(analysis), { kind: 'mean', label: 'mean', min: 0, max: 10 }, 'agenda');
    expect(data.rows.map((r) => r.label)).toEqual(['Company', 'IT']);
    expect(data.domain).toEqual([0, 10]);
  });

  it('turns mean rank into a score where first of n scores n', () => {
    const analysis = analyzed(room(2, 2), [
      activity(
        { kind: 'ranking' },
        ['Insight', 'Security', 'Platform'],
        [{ it1: [3, 1, 2], it2: [3, 2, 1], mk1: [1, 3, 2], mk2: [1, 2, 3] }],
      ),
    ]);
    const data = butterflyData(latestItems(analysis), { kind: 'rank-score', itemCount: 3 });
    const insight = data.rows.find((r) => r.label === 'Insight')!;
    expect(insight.it).toEqual({ state: 'shown', value: 1, n: 2 });
    expect(insight.marketing).toEqual({ state: 'shown', value: 3, n: 2 });
    expect(insight.meanRank).toEqual({ it: 3, marketing: 1 });
    expect(data.domain).toEqual([0, 3]);
    expect(
      butterflyTable(data, 'c')
        .rows.find((row) => row[0] === 'Insight')!
        .slice(0, 5),
    ).toEqual(['Insight', '3', '1', '1', '3']);
  });

  it('marks a side with fewer than three voters as suppressed under anonymity, never as zero', () => {
    const analysis = analyzed(
      room(3, 2),
      [activity(points, ['A', 'B'], [{ it1: [60, 40], it2: [50, 50], it3: [40, 60], mk1: [90, 10], mk2: [80, 20] }])],
      true,
    );
    const data = butterflyData(latestItems(analysis), { kind: 'mean', label: 'mean points', min: 0, max: null });
    for (const row of data.rows) {
      expect(row.marketing).toEqual({ state: 'suppressed' });
      expect(row.it.state).toBe('shown');
    }
    expect(butterflyTable(data, 'c').rows[0]!.slice(0, 3)).toEqual(['A', '50', 'fewer than 3 — not shown']);
    // Nothing is tested against a hidden side.
    expect(butterflyTable(data, 'c').rows[0]!.at(-1)).toBe('too few voters to say');
    expect(describeButterfly(data)).not.toMatch(/Marketing's highest/);
  });

  it('leaves an item nobody answered at the bottom, as empty rather than zero', () => {
    const analysis = analyzed(room(1, 1), [
      activity(points, ['A', 'B'], [{ it1: [100, undefined], mk1: [100, undefined] }]),
    ]);
    const data = butterflyData(latestItems(analysis), { kind: 'mean', label: 'mean points', min: 0, max: null });
    expect(data.rows.map((r) => r.label)).toEqual(['A', 'B']);
    expect(data.rows[1]!.it).toEqual({ state: 'empty' });
  });
});
