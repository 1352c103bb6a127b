// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { butterflyData, butterflyTable } from '../../../src/renderer/charts/butterfly.data';
import { describeDumbbell, dumbbellData, dumbbellTable } from '../../../src/renderer/charts/dumbbell.data';
import { activity, analyzed, latestItems, room } from './workshop';

/** Student's t 97.5% quantile with 4 degrees of freedom (statistical tables). */
const T_4 = 2.7764451051977987;

const scale = { kind: 'scale', min: 0, max: 10, minLabel: '', maxLabel: '' } as const;
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

describe('how sure each figure is, on the dumbbell', () => {
  // Five IT voters well above four marketers: every relabelling but the real one is less extreme.
  const analysis = analyzed(room(5, 4), [
    activity(
      scale,
      ['Ready for digital', 'Level'],
      [
        {
          it1: [8, 5],
          it2: [9, 5],
          it3: [7, 6],
          it4: [8, 4],
          it5: [9, 5],
          mk1: [3, 5],
          mk2: [4, 6],
          mk3: [2, 4],
          mk4: [5, 5],
        },
      ],
    ),
  ]);
  const data = dumbbellData(latestItems(analysis), scale, []);
  const ready = data.rows.find((row) => row.label === 'Ready for digital')!;

  it("gives each side's mean a 95% whisker: x̄ ± t(n − 1) · s / √n", () => {
    const sd = Math.sqrt(0.7); // IT: 8, 9, 7, 8, 9
    expect(ready.whisker.it!.low).toBeCloseTo(8.2 - (T_4 * sd) / Math.sqrt(5), 9);
    expect(ready.whisker.it!.high).toBeCloseTo(8.2 + (T_4 * sd) / Math.sqrt(5), 9);
    expect(ready.whisker.marketing!.low).toBeLessThan(3.5);
    expect(ready.whisker.marketing!.high).toBeGreaterThan(3.5);
  });

  it("reads the gap's verdict and interval beside it, in the table and the description", () => {
    expect(ready.sureness).toMatchObject({ verdict: 'clear-gap', words: 'clear gap' });
    expect(ready.sureness!.interval!.low).toBeGreaterThan(0);
    const level = data.rows.find((row) => row.label === 'Level')!;
    expect(level.sureness!.verdict).toBe('could-be-chance');
    const table = dumbbellTable(data, 'c');
    expect(table.columns).toContain('How sure');
    expect(table.rows[0]!.at(-1)).toBe('clear gap');
    expect(table.rows[1]!.at(-1)).toBe('could be chance with this few voters');
    expect(describeDumbbell(data)).toContain('The largest gap is a clear gap.');
  });

  it('puts a share agreeing on the top-2-box test, in percentage points', () => {
    const agreeing = analyzed(room(4, 4), [
      activity(
        likert,
        ['Pulls in technologies'],
        [{ it1: [5], it2: [4], it3: [4], it4: [5], mk1: [1], mk2: [2], mk3: [2], mk4: [4] }],
      ),
    ]);
    const items = latestItems(agreeing);
    const row = dumbbellData(items, likert, []).rows[0]!;
    expect(row.gap).toBe(75);
    expect(row.sureness!.interval!.low).toBeCloseTo(items[0]!.top2Certainty!.interval!.low * 100, 9);
    expect(row.sureness!.verdict).toBe(items[0]!.top2Certainty!.verdict);
    // Wilson's interval of 4 out of 4 agreeing reaches 100% and stays within it.
    expect(row.whisker.it!.high).toBe(100);
    expect(row.whisker.it!.low).toBeGreaterThan(40);
  });

  it('flags a side that is itself split, even when its mean sits in the middle', () => {
    const split = analyzed(room(5, 4), [
      activity(
        likert,
        ['Middling'],
        [{ it1: [1], it2: [1], it3: [5], it4: [5], it5: [5], mk1: [3], mk2: [3], mk3: [4], mk4: [3] }],
      ),
    ]);
    const data = dumbbellData(latestItems(split), likert, [], 'mean');
    expect(data.rows[0]!.split).toEqual({ it: true, marketing: false });
    expect(dumbbellTable(data, 'c').rows[0]!.at(-1)).toBe('IT');
    expect(describeDumbbell(data)).toContain('Split within a side: Middling (IT).');
  });

  it('draws no whisker for a hidden side, and says too few voters', () => {
    const hidden = analyzed(
      room(4, 2),
      [activity(scale, ['A'], [{ it1: [2], it2: [3], it3: [4], it4: [3], mk1: [9], mk2: [8] }])],
      true,
    );
    const row = dumbbellData(latestItems(hidden), scale, []).rows[0]!;
    expect(row.whisker.marketing).toBeNull();
    expect(row.whisker.it).not.toBeNull();
    expect(row.sureness!.verdict).toBe('too-few-voters');
  });
});

describe('how sure each figure is, on the butterfly', () => {
  it('turns the interval of a mean rank round with the score', () => {
    const ranking = { kind: 'ranking' } as const;
    const analysis = analyzed(room(3, 3), [
      activity(
        ranking,
        ['Insight', 'Cost', 'Speed'],
        [{ it1: [3, 1, 2], it2: [2, 1, 3], it3: [3, 2, 1], mk1: [1, 2, 3], mk2: [1, 3, 2], mk3: [2, 1, 3] }],
      ),
    ]);
    const items = latestItems(analysis);
    const data = butterflyData(items, { kind: 'rank-score', itemCount: 3 });
    const insight = data.rows.find((row) => row.label === 'Insight')!;
    // IT's mean rank 8/3 is a score of 4/3; the whisker is the mean rank's interval, turned round.
    const meanRank = items.find((item) => item.label === 'Insight')!.it;
    const half = (4.302652729749464 * meanRank.sd!) / Math.sqrt(3); // t(2), 97.5%
    expect(insight.whisker.it!.low).toBeCloseTo(4 / 3 - half, 9);
    expect(insight.whisker.it!.high).toBeCloseTo(4 / 3 + half, 9);
    expect(insight.sureness!.verdict).toBe('too-few-voters');
    expect(butterflyTable(data, 'c').columns.at(-1)).toBe('How sure the gap is');
  });
});
