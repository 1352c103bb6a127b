// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeSummary, summaryData, summaryTable, verdictFor } from '../../../src/renderer/charts/summary.data';
import { DEFAULT_OWNERSHIP_OPTIONS } from '../../../src/shared/domain';
import { activity, analyzed, room } from './workshop';

describe('summary data', () => {
  const analysis = analyzed(room(1, 1), [
    activity(
      { kind: 'ranking' },
      ['Customer insight', 'Security', 'Platform'],
      [{ it1: [3, 1, 2], mk1: [1, 3, 2] }],
      'rank',
    ),
    activity({ kind: 'points', total: 100 }, ['Leads', 'Analytics'], [{ it1: [30, 70], mk1: [50, 50] }], 'pts'),
    activity(
      { kind: 'ownership', options: DEFAULT_OWNERSHIP_OPTIONS.map((o) => ({ ...o })) },
      ['Cloud'],
      [{ it1: ['it-led'], mk1: ['co-led'] }],
      'own',
    ),
  ]);

  it('lists the largest divergences first, each with the side its gap favours', () => {
    const data = summaryData(analysis);
    expect(data.rows.map((r) => [r.label, r.divergence, r.favours, r.leaning])).toEqual([
      ['Customer insight', 1, 'marketing', 'Marketing ranks it higher'],
      ['Security', 1, 'it', 'IT ranks it higher'],
      ['Cloud', 1, null, 'different answers'],
      ['Leads', 0.2, 'marketing', 'Marketing higher'],
      ['Analytics', 0.2, 'it', 'IT higher'],
      ['Platform', 0, null, 'same'],
    ]);
    expect(summaryData(analysis, 2).rows).toHaveLength(2);
  });

  it('carries the alignment index and reads it in words', () => {
    const data = summaryData(analysis);
    // Activities: ranking (1 + 1 + 0) / 3, points 0.2, ownership 1 → mean 0.6222 → index 37.8.
    expect(data.alignmentIndex).toBeCloseTo(100 * (1 - (2 / 3 + 0.2 + 1) / 3), 6);
    expect(data.verdict).toBe('far apart');
    expect([verdictFor(null), verdictFor(59.9), verdictFor(60), verdictFor(80)]).toEqual([
      null,
      'far apart',
      'partly aligned',
      'closely aligned',
    ]);
    expect(summaryTable(data, 'c').rows[0]!.slice(0, 4)).toEqual([
      'Alignment index',
      'whole workshop',
      '38 of 100',
      '',
    ]);
    expect(describeSummary(data)).toContain('Alignment index 38 of 100 (far apart)');
  });
});

describe('summary data, by how sure each gap is', () => {
  const scale = { kind: 'scale', min: 0, max: 10, minLabel: '', maxLabel: '' } as const;
  // "Small" is the larger gap but could be chance; "Sure" is smaller and every IT voter is above every marketer.
  const analysis = analyzed(room(5, 4), [
    activity(
      scale,
      ['Small', 'Sure'],
      [
        {
          it1: [10, 6],
          it2: [0, 7],
          it3: [10, 6],
          it4: [0, 7],
          it5: [10, 6],
          mk1: [1, 4],
          mk2: [2, 5],
          mk3: [9, 4],
          mk4: [0, 5],
        },
      ],
    ),
  ]);

  it('puts the surest gap first when asked, and says how sure each is', () => {
    expect(summaryData(analysis).rows.map((r) => r.label)).toEqual(['Small', 'Sure']);
    const data = summaryData(analysis, 8, 'sureness');
    expect(data.rows.map((r) => [r.label, r.sureness?.verdict])).toEqual([
      ['Sure', 'clear-gap'],
      ['Small', 'could-be-chance'],
    ]);
    const table = summaryTable(data, 'c');
    expect(table.columns.slice(-2)).toEqual(['How sure', 'Split within a side']);
    expect(table.rows[1]!.slice(-2)).toEqual(['clear gap', '—']);
    expect(table.rows[2]!.slice(-2)).toEqual(['could be chance with this few voters', 'both']);
  });
});
