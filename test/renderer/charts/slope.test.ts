// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeSlope, slopeData, slopeTable } from '../../../src/renderer/charts/slope.data';
import { activity, analyzed, latestItems, room } from './workshop';

const ranking = { kind: 'ranking' } as const;

describe('slope data', () => {
  it("places each item by each side's aggregate order and finds every pair that changes places", () => {
    // IT: Security 1, Platform 2, Insight 3, Experience 4. Marketing: Insight 1, Experience 2, Platform 3, Security 4.
    const analysis = analyzed(room(2, 2), [
      activity(
        ranking,
        ['Insight', 'Security', 'Platform', 'Experience'],
        [{ it1: [3, 1, 2, 4], it2: [3, 1, 2, 4], mk1: [1, 4, 3, 2], mk2: [1, 4, 3, 2] }],
      ),
    ]);
    const data = slopeData(latestItems(analysis));
    const byLabel = Object.fromEntries(data.rows.map((r) => [r.label, r]));
    expect(byLabel.Insight).toMatchObject({ it: 3, marketing: 1, itSlot: 2, marketingSlot: 0, crossings: 2 });
    expect(byLabel.Security).toMatchObject({ it: 1, marketing: 4, itSlot: 0, marketingSlot: 3, crossings: 3 });
    expect(byLabel.Platform).toMatchObject({ it: 2, marketing: 3, crossings: 3 });
    expect(byLabel.Experience).toMatchObject({ it: 4, marketing: 2, crossings: 2 });
    // Lines that cross stand out; those of items two or more places apart most of all.
    expect(data.rows.map((r) => [r.label, r.distance, r.emphasis])).toEqual([
      ['Insight', 2, 'far'],
      ['Security', 3, 'far'],
      ['Platform', 1, 'crossing'],
      ['Experience', 2, 'far'],
    ]);
    // Pairs in opposite order: Insight–Security, Insight–Platform, Security–Platform,
    // Security–Experience, Platform–Experience; Insight–Experience keep their order.
    expect(data.crossings).toEqual([
      ['i1', 'i2'],
      ['i1', 'i3'],
      ['i2', 'i3'],
      ['i2', 'i4'],
      ['i3', 'i4'],
    ]);
    expect(describeSlope(data)).toContain('5 of 6 pairs of items change places');
    expect(describeSlope(data)).toContain('Furthest apart: Security, #1 for IT and #4 for Marketing.');
  });

  it('finds no crossing when both sides agree, and treats a tie as no crossing', () => {
    const analysis = analyzed(room(2, 2), [
      activity(ranking, ['A', 'B', 'C'], [{ it1: [1, 2, 3], it2: [2, 1, 3], mk1: [1, 2, 3], mk2: [1, 2, 3] }]),
    ]);
    const data = slopeData(latestItems(analysis));
    // IT ties A and B at 1.5; Marketing has A before B: a tie is not an opposite order.
    expect(data.rows.map((r) => [r.label, r.it, r.marketing])).toEqual([
      ['A', 1.5, 1],
      ['B', 1.5, 2],
      ['C', 3, 3],
    ]);
    expect(data.crossings).toEqual([]);
    expect(data.rows.every((r) => r.emphasis === 'same-order')).toBe(true);
    // Tied on IT's side, the tie is drawn in Marketing's order so the lines do not cross.
    expect(data.rows.map((r) => [r.itSlot, r.marketingSlot])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });

  it('in a fully reversed room, draws only the widest disagreements strongest', () => {
    const labels = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
    const analysis = analyzed(room(1, 1), [
      activity(ranking, labels, [{ it1: [1, 2, 3, 4, 5, 6, 7, 8], mk1: [8, 7, 6, 5, 4, 3, 2, 1] }]),
    ]);
    const data = slopeData(latestItems(analysis));
    expect(data.crossings).toHaveLength(28);
    // Distances 7, 5, 3, 1, 1, 3, 5, 7: the three largest are 7, 7 and 5.
    expect(data.rows.filter((r) => r.emphasis === 'far').map((r) => r.label)).toEqual(['A', 'B', 'G', 'H']);
    expect(data.rows.filter((r) => r.emphasis === 'crossing').map((r) => r.label)).toEqual(['C', 'D', 'E', 'F']);
  });

  it('shows a suppressed side as a note in its column, without positions or crossings', () => {
    const analysis = analyzed(
      room(3, 2),
      [activity(ranking, ['A', 'B'], [{ it1: [1, 2], it2: [1, 2], it3: [2, 1], mk1: [2, 1], mk2: [2, 1] }])],
      true,
    );
    const data = slopeData(latestItems(analysis));
    expect(data.it).toBe('shown');
    expect(data.marketing).toBe('suppressed');
    expect(data.rows.every((r) => r.marketing === null)).toBe(true);
    expect(data.crossings).toEqual([]);
    expect(slopeTable(data, 'c').rows[0]).toEqual(['A', '#1', 'fewer than 3 — not shown', '—', '—']);
  });

  it('carries the published positions into the table', () => {
    const analysis = analyzed(room(1, 1), [
      activity(
        ranking,
        [{ label: 'Customer insight', benchmark: { cio: 10, cmo: 1, unit: 'rank' } }, 'Security'],
        [{ it1: [2, 1], mk1: [1, 2] }],
      ),
    ]);
    const data = slopeData(latestItems(analysis), analysis.activities[0]!.benchmarks);
    const table = slopeTable(data, 'c');
    expect(table.columns).toContain('Published CIO rank');
    expect(table.rows.find((r) => r[0] === 'Customer insight')).toEqual([
      'Customer insight',
      '#2',
      '#1',
      '1',
      '1 item',
      '#10',
      '#1',
    ]);
  });
});
