// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  describeHeatmap,
  heatmapData,
  heatmapOrientation,
  heatmapTable,
} from '../../../src/renderer/charts/heatmap.data';
import { DEFAULT_OWNERSHIP_OPTIONS } from '../../../src/shared/domain';
import { activity, analyzed, latestItems, room } from './workshop';

const ownership = { kind: 'ownership', options: DEFAULT_OWNERSHIP_OPTIONS.map((o) => ({ ...o })) } as const;

describe('heatmap data', () => {
  it('gives each side its share per option and the disconnect per item', () => {
    const analysis = analyzed(room(4, 4), [
      activity(
        ownership,
        ['Big Data', 'Cloud'],
        [
          {
            it1: ['it-led', 'it-led'],
            it2: ['it-led', 'it-led'],
            it3: ['it-led', 'it-led'],
            it4: ['co-led', 'it-led'],
            mk1: ['marketing-led', 'it-led'],
            mk2: ['marketing-led', 'it-led'],
            mk3: ['marketing-led', 'it-led'],
            mk4: ['co-led', 'co-led'],
          },
        ],
      ),
    ]);
    const data = heatmapData(latestItems(analysis), ownership.options, 'items-as-rows');
    expect(data.orientation).toBe('items-as-rows');
    expect(data.rows.map((r) => r.label)).toEqual(['Big Data', 'Cloud']);
    expect(data.columns.map((c) => c.id)).toEqual(['it-led', 'marketing-led', 'co-led', 'outside-vendor']);
    expect(data.cells.it[0]!.map((c) => c.share)).toEqual([0.75, 0, 0.25, 0]);
    expect(data.cells.marketing[0]!.map((c) => c.share)).toEqual([0, 0.75, 0.25, 0]);
    expect(data.items.map((i) => i.disconnect)).toEqual([0.75, 0.25]);
    expect(data.items[0]!.leading).toEqual({ it: 'it-led', marketing: 'marketing-led' });
    expect(describeHeatmap(data, ownership.options)).toContain(
      'Largest disconnect: Big Data (75%), IT mostly "IT-led" and Marketing mostly "Marketing-led".',
    );
    expect(heatmapTable(data, ownership.options, 'c').rows[1]).toEqual([
      'Big Data',
      'Marketing',
      '0%',
      '75%',
      '25%',
      '0%',
      '75%',
    ]);
  });

  it('turns round for a question with few items and long options, keeping cells addressed by option and item', () => {
    const options = [
      { id: 'funding', label: 'Funding for digital marketing channels' },
      { id: 'complexity', label: 'Solution complexity and integration' },
      { id: 'skills', label: 'Digital skills' },
    ];
    expect(heatmapOrientation(1, options)).toBe('options-as-rows');
    expect(heatmapOrientation(7, ownership.options)).toBe('items-as-rows');
    const choice = { kind: 'choice', options, multiple: false } as const;
    const analysis = analyzed(room(2, 2), [
      activity(
        choice,
        ['Biggest concern'],
        [{ it1: ['complexity'], it2: ['complexity'], mk1: ['funding'], mk2: ['skills'] }],
      ),
    ]);
    const data = heatmapData(latestItems(analysis), options);
    expect(data.rows.map((r) => r.id)).toEqual(['funding', 'complexity', 'skills']);
    expect(data.columns.map((c) => c.label)).toEqual(['Biggest concern']);
    expect(data.cells.it.map((row) => row[0]!.share)).toEqual([0, 1, 0]);
    expect(data.cells.marketing.map((row) => row[0]!.share)).toEqual([0.5, 0, 0.5]);
    expect(heatmapTable(data, options, 'c').rows[0]).toEqual(['Biggest concern', 'IT', '0%', '100%', '0%', '100%']);
  });

  it('marks every cell of a suppressed side as suppressed, with no share and no disconnect', () => {
    const analysis = analyzed(
      room(3, 2),
      [
        activity(
          ownership,
          ['Mobile'],
          [{ it1: ['it-led'], it2: ['it-led'], it3: ['co-led'], mk1: ['it-led'], mk2: ['marketing-led'] }],
        ),
      ],
      true,
    );
    const data = heatmapData(latestItems(analysis), ownership.options, 'items-as-rows');
    expect(data.cells.marketing[0]!.every((c) => c.state === 'suppressed' && c.share === null)).toBe(true);
    expect(data.cells.it[0]!.map((c) => c.state)).toEqual(['shown', 'shown', 'shown', 'shown']);
    expect(data.items[0]!.disconnect).toBeNull();
    expect(heatmapTable(data, ownership.options, 'c').rows[1]!.slice(2)).toEqual([
      'fewer than 3 — not shown',
      'fewer than 3 — not shown',
      'fewer than 3 — not shown',
      'fewer than 3 — not shown',
      '—',
    ]);
  });
});
