// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { likertData, likertTable } from '../../../src/renderer/charts/likert.data';
import { activity, analyzed, latestItems, room } from './workshop';

const labels = ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'] as const;
const likert = { kind: 'likert' as const, labels: [...labels] as [string, string, string, string, string] };

describe('likert data', () => {
  it('stacks each side from the middle of the neutral answer: disagreement left of 0, agreement right', () => {
    // IT: 1, 2, 3, 4, 4 → shares .2 .2 .2 .4 0. Marketing: 3, 3, 5, 5 → 0 0 .5 0 .5.
    const analysis = analyzed(room(5, 4), [
      activity(
        likert,
        ['Marketing pulls in technology without IT'],
        [{ it1: [1], it2: [2], it3: [3], it4: [4], it5: [4], mk1: [3], mk2: [3], mk3: [5], mk4: [5] }],
      ),
    ]);
    const data = likertData(latestItems(analysis), labels);
    const it = data.rows[0]!.it;
    const mk = data.rows[0]!.marketing;
    if (it.state !== 'shown' || mk.state !== 'shown') throw new Error('both sides should be shown');
    const offsets = (bar: typeof it) =>
      bar.segments.map((s) => [s.level, s.x0, s.x1].map((v) => Math.round(v * 100) / 100));
    expect(offsets(it)).toEqual([
      [1, -0.5, -0.3],
      [2, -0.3, -0.1],
      [3, -0.1, 0.1],
      [4, 0.1, 0.5],
      [5, 0.5, 0.5],
    ]);
    expect(offsets(mk)).toEqual([
      [1, -0.25, -0.25],
      [2, -0.25, -0.25],
      [3, -0.25, 0.25],
      [4, 0.25, 0.25],
      [5, 0.25, 0.75],
    ]);
    expect(it.agree).toBeCloseTo(0.4);
    expect(it.disagree).toBeCloseTo(0.4);
    expect(mk.agree).toBeCloseTo(0.5);
    // The segments of a side always add up to the whole side.
    for (const bar of [it, mk]) expect(bar.segments.at(-1)!.x1 - bar.segments[0]!.x0).toBeCloseTo(1);
    expect(likertTable(data, 'c').rows).toEqual([
      ['Marketing pulls in technology without IT', 'IT', '20%', '20%', '20%', '40%', '0%', '40%'],
      ['Marketing pulls in technology without IT', 'Marketing', '0%', '0%', '50%', '0%', '50%', '50%'],
    ]);
  });

  it('writes "fewer than 3 — not shown" for a suppressed side and "no answers" for an empty one', () => {
    const analysis = analyzed(
      room(3, 2, 0),
      [
        activity(
          likert,
          ['S1', 'S2'],
          [{ it1: [4, undefined], it2: [4, undefined], it3: [5, undefined], mk1: [1, 2], mk2: [2, 2] }],
        ),
      ],
      true,
    );
    const data = likertData(latestItems(analysis), labels);
    expect(data.rows[0]!.it.state).toBe('shown');
    expect(data.rows[0]!.marketing).toEqual({ state: 'suppressed' });
    expect(data.rows[1]!.it).toEqual({ state: 'empty' });
    const table = likertTable(data, 'c');
    expect(table.rows[1]![2]).toBe('fewer than 3 — not shown');
    expect(table.rows[2]![2]).toBe('no answers');
  });
});
