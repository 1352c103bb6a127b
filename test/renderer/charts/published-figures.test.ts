// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeDumbbell, dumbbellData, dumbbellTable } from '../../../src/renderer/charts/dumbbell.data';
import { describeHeatmap, heatmapData, heatmapTable } from '../../../src/renderer/charts/heatmap.data';
import { DEFAULT_OWNERSHIP_OPTIONS } from '../../../src/shared/domain';
import { activity, analyzed, latestItems, room } from './workshop';

const ownership = { kind: 'ownership', options: DEFAULT_OWNERSHIP_OPTIONS.map((o) => ({ ...o })) } as const;

describe('a published split on the ownership heatmap', () => {
  const analysis = analyzed(room(3, 3), [
    activity(
      ownership,
      [
        {
          label: 'Big Data',
          benchmark: {
            cio: 13,
            cmo: 33,
            unit: '%',
            distribution: { cio: { 'it-led': 42, 'marketing-led': 13 }, cmo: { 'it-led': 22, 'marketing-led': 33 } },
          },
        },
        'Cloud',
      ],
      [
        {
          it1: ['it-led', 'it-led'],
          it2: ['it-led', 'it-led'],
          it3: ['co-led', 'it-led'],
          mk1: ['marketing-led', 'it-led'],
          mk2: ['marketing-led', 'co-led'],
          mk3: ['co-led', 'co-led'],
        },
      ],
    ),
  ]);
  const result = analysis.activities[0]!;
  const data = heatmapData(latestItems(analysis), ownership.options, 'items-as-rows', result.benchmarks);

  it('sits in the cells of the item it belongs to, per side, as shares', () => {
    expect(data.cells.it[0]!.map((c) => c.published ?? null)).toEqual([0.42, 0.13, null, null]);
    expect(data.cells.marketing[0]!.map((c) => c.published ?? null)).toEqual([0.22, 0.33, null, null]);
    // The room's own shares are untouched, and an item without a study has none.
    expect(data.cells.it[0]!.map((c) => c.share)).toEqual([2 / 3, 0, 1 / 3, 0]);
    expect(data.cells.it[1]!.every((c) => c.published == null)).toBe(true);
  });

  it('is in the chart’s table and its description', () => {
    const rows = heatmapTable(data, ownership.options, 'c').rows;
    expect(rows).toContainEqual(['Big Data', 'Published, CIOs', '42%', '13%', '—', '—', '']);
    expect(rows).toContainEqual(['Big Data', 'Published, CMOs', '22%', '33%', '—', '—', '']);
    expect(rows.filter((row) => row[0] === 'Cloud')).toHaveLength(2);
    expect(describeHeatmap(data, ownership.options)).toContain('marked “pub.”');
  });
});

describe('a figure published for both sides together, on the dumbbell', () => {
  const prediction = { kind: 'prediction', ask: 'Guess', min: 0, max: 100, unit: '%' } as const;
  const analysis = analyzed(room(3, 3), [
    activity(
      prediction,
      [{ label: 'Collaboration is at the right level', benchmark: { cio: null, cmo: null, overall: 10, unit: '%' } }],
      [
        {
          it1: [{ own: 20, guess: 30 }],
          it2: [{ own: 30, guess: 30 }],
          it3: [{ own: 40, guess: 30 }],
          mk1: [{ own: 10, guess: 50 }],
          mk2: [{ own: 20, guess: 50 }],
          mk3: [{ own: 30, guess: 50 }],
        },
      ],
    ),
  ]);
  const result = analysis.activities[0]!;
  const data = dumbbellData(latestItems(analysis), prediction, result.benchmarks);

  it('is marked on the item’s line and listed in the table', () => {
    expect(data.rows[0]!.benchmark).toEqual({ cio: null, cmo: null, overall: 10 });
    const table = dumbbellTable(data, 'c');
    const column = table.columns.indexOf('Published, both sides');
    expect(column).toBeGreaterThan(0);
    expect(table.rows[0]![column]).toBe('10%');
    expect(describeDumbbell(data)).toContain('both sides together');
  });
});
