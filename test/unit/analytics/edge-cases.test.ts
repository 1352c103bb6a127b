import { describe, expect, it } from 'vitest';
import { analyze, type AnalysisInput, type RoundResult } from '../../../src/shared/analytics';
import {
  activity,
  type ActivitySketch,
  CHOICE_ONE,
  LIKERT,
  participants,
  POINTS,
  PREDICTION,
  RANKING,
  workshop,
} from './fixtures';

function latestRound(input: AnalysisInput): RoundResult {
  const round = analyze(input).activities[0]?.latest;
  if (!round) throw new Error('the activity has no round');
  return round;
}

const single = (sketch: ActivitySketch, people: ReturnType<typeof participants>, anonymous = false) =>
  latestRound(workshop(people, [activity(sketch)], anonymous));

const likert = (ballots: ActivitySketch['rounds'][number]): ActivitySketch => ({
  config: LIKERT,
  items: ['We plan technology together'],
  rounds: [ballots],
});

describe('one voter per side', () => {
  const [item] = single(likert({ it1: [4], mk1: [2] }), participants(1, 1)).items;

  it('has a mean and median but no standard deviation or effect size', () => {
    expect(item!.it).toMatchObject({ n: 1, mean: 4, median: 4, sd: null });
    expect(item!.gap).toBeCloseTo(2, 10);
    expect(item!.hedgesG).toBeNull();
    // 2 of the 4 steps between 1 and 5
    expect(item!.divergence).toBeCloseTo(0.5, 10);
  });
});

describe('all answers equal', () => {
  it('within and across sides: no spread, no gap, no effect size', () => {
    const [item] = single(
      likert({ it1: [3], it2: [3], it3: [3], mk1: [3], mk2: [3], mk3: [3] }),
      participants(3, 3),
    ).items;
    expect(item!.it.sd).toBe(0);
    expect(item!.gap).toBe(0);
    expect(item!.hedgesG).toBeNull();
    expect(item!.divergence).toBe(0);
  });

  it('within each side but opposite: the widest gap, still no effect size', () => {
    // No spread at all: the pooled standard deviation is 0 and g is undefined.
    const [item] = single(
      likert({ it1: [5], it2: [5], it3: [5], mk1: [1], mk2: [1], mk3: [1] }),
      participants(3, 3),
    ).items;
    expect(item!.gap).toBeCloseTo(4, 10);
    expect(item!.hedgesG).toBeNull();
    expect(item!.divergence).toBeCloseTo(1, 10);
  });
});

describe('a side with no voters', () => {
  const sketch: ActivitySketch = {
    config: RANKING,
    items: ['A', 'B', 'C'],
    rounds: [{ it1: [1, 2, 3], it2: [1, 3, 2], it3: [2, 1, 3] }],
  };

  it.each([false, true])('is reported as empty, not suppressed (anonymity %s)', (anonymous) => {
    const round = single(sketch, participants(3, 2), anonymous);
    const [a] = round.items;
    expect(a!.marketing).toMatchObject({ n: 0, mean: null, median: null, sd: null, suppressed: false });
    expect(a!.it.mean).toBeCloseTo(4 / 3, 10);
    expect(a!.gap).toBeNull();
    expect(a!.hedgesG).toBeNull();
    expect(a!.divergence).toBeNull();
    expect(round.ranking?.spearmanRho).toBeNull();
    expect(round.ranking?.kendallTauB).toBeNull();
    expect(round.ranking?.kendallW.marketing).toBeNull();
    expect(round.ranking?.kendallW.it).toBeCloseTo(0.44444, 5);
    expect(round.divergence).toBeNull();
  });

  it('leaves nothing to compare in the workshop', () => {
    const analysis = analyze(workshop(participants(3, 2), [activity(sketch)]));
    expect(analysis.alignmentIndex).toBeNull();
    expect(analysis.topDivergences).toEqual([]);
  });

  it('before the first round, the activity has no latest round', () => {
    const analysis = analyze(workshop(participants(3, 3), [activity({ ...sketch, rounds: [] })]));
    expect(analysis.activities[0]!.latest).toBeNull();
    expect(analysis.activities[0]!.convergence).toBeNull();
  });
});

describe('suppression of small sides', () => {
  // IT has two voters, Marketing three.
  const ballots = { it1: [5], it2: [4], mk1: [2], mk2: [1], mk3: [3] };

  it('with anonymity on, hides a side of fewer than three and every gap that involves it', () => {
    const [item] = single(likert(ballots), participants(2, 3), true).items;
    expect(item!.it).toMatchObject({
      n: 2,
      suppressed: true,
      mean: null,
      median: null,
      sd: null,
      shares: null,
      top2Share: null,
    });
    expect(item!.marketing).toMatchObject({ n: 3, suppressed: false, mean: 2 });
    expect(item!.gap).toBeNull();
    expect(item!.hedgesG).toBeNull();
    expect(item!.top2Gap).toBeNull();
    expect(item!.divergence).toBeNull();
  });

  it("with anonymity on, hides the room's totals when they would give the hidden side away", () => {
    // Room 5, Marketing 3 shown: the other 2 are IT's two voters, recoverable by subtraction.
    const [item] = single(likert(ballots), participants(2, 3), true).items;
    expect(item!.room).toMatchObject({ n: 5, suppressed: true, mean: null });
  });

  it('with anonymity on, hides the totals when a single observer could be worked out from them', () => {
    const people = participants(3, 3, 1);
    const withOne = single(
      likert({ it1: [5], it2: [5], it3: [4], mk1: [2], mk2: [1], mk3: [3], ot1: [4] }),
      people,
      true,
    );
    expect(withOne.items[0]!.room.suppressed).toBe(true);
    expect(withOne.items[0]!.it.suppressed).toBe(false);
    expect(withOne.items[0]!.gap).toBeCloseTo(14 / 3 - 2, 10);
  });

  it('with anonymity off, reports every side however small', () => {
    const [item] = single(likert(ballots), participants(2, 3), false).items;
    expect(item!.it).toMatchObject({ n: 2, suppressed: false, mean: 4.5 });
    expect(item!.room).toMatchObject({ n: 5, suppressed: false, mean: 3 });
    expect(item!.gap).toBeCloseTo(2.5, 10);
  });

  it('hides rank agreement and aggregate order of a small side', () => {
    const round = single(
      {
        config: RANKING,
        items: ['A', 'B', 'C'],
        rounds: [{ it1: [1, 2, 3], it2: [1, 3, 2], mk1: [3, 2, 1], mk2: [3, 1, 2], mk3: [2, 3, 1] }],
      },
      participants(2, 3),
      true,
    );
    expect(round.ranking?.kendallW.it).toBeNull();
    expect(round.ranking?.kendallW.marketing).toBeCloseTo(0.44444, 5);
    expect(round.ranking?.spearmanRho).toBeNull();
    expect(round.items[0]!.aggregatePosition).toEqual({ it: null, marketing: 3 });
  });

  it('hides the shares and the disconnect of a small side in a choice', () => {
    const [item] = single(
      {
        config: CHOICE_ONE,
        items: ['Top concern'],
        rounds: [{ it1: ['funding'], mk1: ['complexity'], mk2: ['complexity'], mk3: ['funding'] }],
      },
      participants(1, 3),
      true,
    ).items;
    expect(item!.it).toMatchObject({ n: 1, suppressed: true, shares: null });
    expect(item!.marketing.shares?.complexity).toBeCloseTo(2 / 3, 10);
    expect(item!.disconnect).toBeNull();
  });

  it("hides a small side's guesses and the errors that use its answers", () => {
    const [item] = single(
      {
        config: PREDICTION,
        items: ['Collaboration is at the right level'],
        rounds: [
          {
            it1: [{ own: 10, guess: 80 }],
            mk1: [{ own: 20, guess: 30 }],
            mk2: [{ own: 30, guess: 40 }],
            mk3: [{ own: 40, guess: 50 }],
          },
        ],
      },
      participants(1, 3),
      true,
    ).items;
    expect(item!.it.guess).toBeNull();
    expect(item!.prediction).toEqual({
      itGuessOfMarketing: null,
      marketingGuessOfIt: 40,
      itError: null,
      marketingError: null,
      itAbsoluteError: null,
      marketingAbsoluteError: null,
    });
  });

  it('keeps suppressed items out of the top divergences and the alignment index', () => {
    const input = workshop(
      participants(2, 3),
      [
        activity({ id: 'a1', ...likert(ballots) }),
        activity({
          id: 'a2',
          config: POINTS,
          items: ['Lead generation'],
          rounds: [{ it1: [50], it2: [50], mk1: [40], mk2: [60], mk3: [50] }],
        }),
      ],
      true,
    );
    const analysis = analyze(input);
    expect(analysis.topDivergences).toEqual([]);
    expect(analysis.alignmentIndex).toBeNull();
  });
});

describe('votes that do not fit', () => {
  it('are left out: out-of-range levels, fractions, text, strangers and unknown items', () => {
    const sketch = likert({ it1: [4], it2: [7], it3: [2.5], it4: ['agree'], mk1: [2], mk2: [0] });
    const input = workshop(participants(4, 2), [activity(sketch)]);
    const extra = { participantId: 'stranger', itemId: 'a1-i1', value: 1 };
    const elsewhere = { participantId: 'it1', itemId: 'not-an-item', value: 1 };
    const first = input.activities[0]!;
    const round = first.rounds[0]!;
    const tampered: AnalysisInput = {
      ...input,
      activities: [{ ...first, rounds: [{ ...round, votes: [...round.votes, extra, elsewhere] }] }],
    };
    const [item] = latestRound(tampered).items;
    expect(item!.it).toMatchObject({ n: 1, mean: 4 });
    expect(item!.marketing).toMatchObject({ n: 1, mean: 2 });
    expect(latestRound(tampered).voters).toEqual({ it: 1, marketing: 1, other: 0, total: 2 });
  });

  it('are left out for points beyond the total, ranks beyond the items and predictions out of range', () => {
    const points = single(
      { config: POINTS, items: ['A'], rounds: [{ it1: [120], it2: [-5], it3: [40], mk1: [100] }] },
      participants(3, 1),
    );
    expect(points.items[0]!.it).toMatchObject({ n: 1, mean: 40 });
    const ranking = single(
      { config: RANKING, items: ['A', 'B'], rounds: [{ it1: [1, 3], mk1: [0, 2] }] },
      participants(1, 1),
    );
    expect(ranking.items[0]!.it.n).toBe(1);
    expect(ranking.items[1]!.it.n).toBe(0);
    expect(ranking.items[0]!.marketing.n).toBe(0);
    const prediction = single(
      { config: PREDICTION, items: ['A'], rounds: [{ it1: [{ own: 150, guess: 20 }], mk1: [{ own: 50, guess: 20 }] }] },
      participants(1, 1),
    );
    expect(prediction.items[0]!.it.n).toBe(0);
    expect(prediction.items[0]!.marketing.n).toBe(1);
  });

  it('counts a participant once per item: the last vote recorded wins', () => {
    const input = workshop(participants(1, 1), [activity(likert({ it1: [1], mk1: [3] }))]);
    const first = input.activities[0]!;
    const round = first.rounds[0]!;
    const revote = { participantId: 'it1', itemId: 'a1-i1', value: 5 };
    const [item] = latestRound({
      ...input,
      activities: [{ ...first, rounds: [{ ...round, votes: [...round.votes, revote] }] }],
    }).items;
    expect(item!.it).toMatchObject({ n: 1, mean: 5 });
  });
});
