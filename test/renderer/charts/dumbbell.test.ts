// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  describeDumbbell,
  dumbbellData,
  dumbbellMeasure,
  dumbbellTable,
} from '../../../src/renderer/charts/dumbbell.data';
import { activity, analyzed, latestItems, room } from './workshop';

const likert = {
  kind: 'likert' as const,
  labels: ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'] as [
    string,
    string,
    string,
    string,
    string,
  ],
};

describe('dumbbell data', () => {
  it('sorts items by the size of the gap, whichever side is higher, and joins the two means', () => {
    const config = { kind: 'scale', min: 0, max: 10, minLabel: '', maxLabel: '' } as const;
    const analysis = analyzed(room(2, 2), [
      activity(
        config,
        ['Company', 'IT function', 'Marketing function'],
        [{ it1: [6, 8, 3], it2: [6, 8, 5], mk1: [5, 3, 8], mk2: [5, 5, 8] }],
      ),
    ]);
    const a = analysis.activities[0]!;
    const data = dumbbellData(latestItems(analysis), config, a.benchmarks);
    expect(data.measure).toBe('mean');
    expect(data.domain).toEqual([0, 10]);
    expect(data.rows.map((r) => [r.label, r.gap])).toEqual([
      ['IT function', 4],
      ['Marketing function', -4],
      ['Company', 1],
    ]);
    expect(data.rows[0]!.it).toEqual({ state: 'shown', value: 8, n: 2 });
    expect(data.rows[0]!.marketing).toEqual({ state: 'shown', value: 4, n: 2 });
    expect(describeDumbbell(data)).toContain('Largest gap: IT function, IT 8 and Marketing 4.');
  });

  it('puts a likert on the share agreeing, with published CIO and CMO figures on the same axis', () => {
    const items = [
      { label: 'Marketing pulls in technology', benchmark: { cio: 49, cmo: null, unit: '%' } },
      { label: 'Marketing should access data alone', benchmark: { cio: null, cmo: 45, unit: '%' } },
      'No benchmark here',
    ];
    const analysis = analyzed(room(4, 4), [
      activity(likert, items, [
        {
          it1: [5, 2, 3],
          it2: [4, 2, 3],
          it3: [4, 1, 3],
          it4: [2, 4, 3],
          mk1: [2, 5, 4],
          mk2: [1, 4, 4],
          mk3: [3, 4, 3],
          mk4: [2, 2, 3],
        },
      ]),
    ]);
    const a = analysis.activities[0]!;
    expect(dumbbellMeasure('likert', a.benchmarks)).toBe('top-two-box-percent');
    const data = dumbbellData(latestItems(analysis), likert, a.benchmarks);
    expect(data.domain).toEqual([0, 100]);
    expect(data.unit).toBe('%');
    expect(data.sources).toEqual(['Published study, 2013']);
    const pulls = data.rows.find((r) => r.label === 'Marketing pulls in technology')!;
    expect(pulls.it).toEqual({ state: 'shown', value: 75, n: 4 });
    expect(pulls.marketing).toEqual({ state: 'shown', value: 0, n: 4 });
    expect(pulls.gap).toBe(75);
    expect(pulls.benchmark).toEqual({ cio: 49, cmo: null });
    expect(data.rows.map((r) => r.label)).toEqual([
      'Marketing pulls in technology',
      'Marketing should access data alone',
      'No benchmark here',
    ]);
    expect(data.rows[2]!.benchmark).toBeNull();
    expect(dumbbellTable(data, 'c').rows[0]!.slice(0, 6)).toEqual([
      'Marketing pulls in technology',
      '75%',
      '0%',
      '+75',
      '49%',
      '—',
    ]);
  });

  it("marks each side's guess of the other on a prediction, and keeps the room's own answers as the dots", () => {
    const config = { kind: 'prediction', ask: 'Share who agree?', min: 0, max: 100, unit: '%' } as const;
    const analysis = analyzed(room(2, 2), [
      activity(
        config,
        ['Right level'],
        [
          {
            it1: [{ own: 40, guess: 60 }],
            it2: [{ own: 30, guess: 50 }],
            mk1: [{ own: 10, guess: 70 }],
            mk2: [{ own: 20, guess: 50 }],
          },
        ],
      ),
    ]);
    const data = dumbbellData(latestItems(analysis), config, []);
    expect(data.prediction).toBe(true);
    expect(data.domain).toEqual([0, 100]);
    const [row] = data.rows;
    expect(row!.it).toEqual({ state: 'shown', value: 35, n: 2 });
    expect(row!.marketing).toEqual({ state: 'shown', value: 15, n: 2 });
    expect(row!.guess).toEqual({ it: 55, marketing: 60 });
    expect(dumbbellTable(data, 'c').columns).toContain("IT's guess of Marketing");
  });

  it('keeps points on a points axis and leaves a published "% of CIOs" off it: the units differ', () => {
    const config = { kind: 'points', total: 100 } as const;
    const analysis = analyzed(room(1, 1), [
      activity(
        config,
        [{ label: 'Analytics', benchmark: { cio: 45, cmo: 33, unit: '%' } }, 'Other'],
        [{ it1: [20, 80], mk1: [30, 70] }],
      ),
    ]);
    const data = dumbbellData(latestItems(analysis), config, analysis.activities[0]!.benchmarks);
    expect(data.measure).toBe('mean');
    expect(data.valueLabel).toBe('mean points (of 100)');
    expect(data.rows.every((r) => r.benchmark === null)).toBe(true);
    expect(data.domain).toEqual([0, 80]);
  });

  it('puts items with a suppressed side last, with no gap and no guess', () => {
    const config = { kind: 'scale', min: 0, max: 10, minLabel: '', maxLabel: '' } as const;
    const analysis = analyzed(
      room(3, 3),
      [
        activity(
          config,
          ['Only two marketers answered', 'Everyone answered'],
          [{ it1: [9, 5], it2: [9, 5], it3: [9, 5], mk1: [1, 6], mk2: [1, 6], mk3: [undefined, 6] }],
        ),
      ],
      true,
    );
    const data = dumbbellData(latestItems(analysis), config, []);
    expect(data.rows.map((r) => r.label)).toEqual(['Everyone answered', 'Only two marketers answered']);
    expect(data.rows[1]!.marketing).toEqual({ state: 'suppressed' });
    expect(data.rows[1]!.gap).toBeNull();
    expect(dumbbellTable(data, 'c').rows[1]!.slice(0, 4)).toEqual([
      'Only two marketers answered',
      '9',
      'fewer than 3 — not shown',
      '—',
    ]);
  });
});
