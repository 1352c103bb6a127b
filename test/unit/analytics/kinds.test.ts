import { describe, expect, it } from 'vitest';
import { analyze, type AnalysisInput, type RoundResult } from '../../../src/shared/analytics';
import {
  activity,
  type ActivitySketch,
  CHOICE_MANY,
  CHOICE_ONE,
  LIKERT,
  OWNERSHIP,
  participants,
  POINTS,
  PREDICTION,
  RANKING,
  SCALE,
  workshop,
} from './fixtures';

function latestRound(input: AnalysisInput): RoundResult {
  const round = analyze(input).activities[0]?.latest;
  if (!round) throw new Error('the activity has no round');
  return round;
}

const single = (sketch: ActivitySketch, it = 3, marketing = 3, other = 0) =>
  latestRound(workshop(participants(it, marketing, other), [activity(sketch)]));

describe('ranking', () => {
  // IT:        it1 A1 B2 C3, it2 A1 B3 C2, it3 A2 B1 C3 → mean ranks A 4/3, B 2, C 8/3
  // Marketing: mk1 A3 B2 C1, mk2 A3 B1 C2, mk3 A2 B3 C1 → mean ranks A 8/3, B 2, C 4/3
  const round = single({
    config: RANKING,
    items: ['Customer insight', 'Security', 'Platform'],
    rounds: [
      {
        it1: [1, 2, 3],
        it2: [1, 3, 2],
        it3: [2, 1, 3],
        mk1: [3, 2, 1],
        mk2: [3, 1, 2],
        mk3: [2, 3, 1],
      },
    ],
  });
  const [a, b, c] = round.items;

  it("gives each side's mean rank, median and spread per item", () => {
    expect(a!.it.n).toBe(3);
    expect(a!.it.mean).toBeCloseTo(4 / 3, 10);
    expect(a!.it.median).toBe(1);
    // A for IT: [1, 1, 2], squares 1/9 + 1/9 + 4/9 = 2/3, s² = 1/3, s = 0.57735
    expect(a!.it.sd).toBeCloseTo(0.57735, 5);
    expect(a!.marketing.mean).toBeCloseTo(8 / 3, 10);
  });

  it('reports the rank gap, its effect size and its divergence', () => {
    // gap A = 4/3 − 8/3 = −4/3; pooled s² = (2/3 + 2/3) / 4 = 1/3, s = 0.57735
    // d = −4/3 / 0.57735 = −2.309401; J = 1 − 3 / (24 − 9) = 0.8; g = −1.847521
    expect(a!.gap).toBeCloseTo(-4 / 3, 10);
    expect(a!.hedgesG).toBeCloseTo(-1.847521, 5);
    // divergence = |gap| / (3 items − 1) = (4/3) / 2
    expect(a!.divergence).toBeCloseTo(2 / 3, 10);
    expect(b!.gap).toBeCloseTo(0, 10);
    expect(c!.gap).toBeCloseTo(4 / 3, 10);
  });

  it("places each item in each side's aggregate order", () => {
    expect(a!.aggregatePosition).toEqual({ it: 1, marketing: 3 });
    expect(b!.aggregatePosition).toEqual({ it: 2, marketing: 2 });
    expect(c!.aggregatePosition).toEqual({ it: 3, marketing: 1 });
  });

  it('finds the two orders opposite, and each side only loosely agreed', () => {
    expect(round.ranking?.spearmanRho).toBeCloseTo(-1, 10);
    expect(round.ranking?.kendallTauB).toBeCloseTo(-1, 10);
    // IT rank sums A 4, B 6, C 8; mean 3·(3 + 1)/2 = 6; S = 8; W = 12·8 / (9·24) = 0.4444. Marketing mirrors it.
    expect(round.ranking?.kendallW.it).toBeCloseTo(0.44444, 5);
    expect(round.ranking?.kendallW.marketing).toBeCloseTo(0.44444, 5);
  });

  it('handles mean ranks that tie, as Spearman and τ-b define', () => {
    // IT: [1,2,3], [2,1,3] → A 1.5, B 1.5, C 3.   Marketing: [1,2,3], [1,3,2] → A 1, B 2.5, C 2.5
    // ρ on average ranks: IT [1.5, 1.5, 3], Marketing [1, 2.5, 2.5]; dx = [−.5, −.5, 1], dy = [−1, .5, .5]
    //   Σdxdy = .75, Σdx² = Σdy² = 1.5 → ρ = 0.5
    // τ-b: (A,B) tied for IT, (A,C) concordant, (B,C) tied for Marketing → 1 / √((3 − 1)(3 − 1)) = 0.5
    // W for IT: rank sums [3, 3, 6], mean 4, S = 6, W = 12·6 / (4·24) = 0.75; Marketing [2, 5, 5] → same
    const tied = single(
      {
        config: RANKING,
        items: ['A', 'B', 'C'],
        rounds: [{ it1: [1, 2, 3], it2: [2, 1, 3], mk1: [1, 2, 3], mk2: [1, 3, 2] }],
      },
      2,
      2,
    );
    expect(tied.ranking?.spearmanRho).toBeCloseTo(0.5, 10);
    expect(tied.ranking?.kendallTauB).toBeCloseTo(0.5, 10);
    expect(tied.ranking?.kendallW.it).toBeCloseTo(0.75, 10);
    expect(tied.ranking?.kendallW.marketing).toBeCloseTo(0.75, 10);
    expect(tied.items[0]!.aggregatePosition).toEqual({ it: 1.5, marketing: 1 });
    expect(tied.items[2]!.aggregatePosition).toEqual({ it: 3, marketing: 2.5 });
  });

  it("corrects Kendall's W for a voter who tied two items", () => {
    // it1 [1, 2, 3], it2 [1, 1, 3]: W = 78 / 84 = 0.928571 (worked out in stats.test.ts)
    const tiedVoter = single(
      { config: RANKING, items: ['A', 'B', 'C'], rounds: [{ it1: [1, 2, 3], it2: [1, 1, 3] }] },
      2,
      0,
    );
    expect(tiedVoter.ranking?.kendallW.it).toBeCloseTo(0.928571, 5);
    expect(tiedVoter.ranking?.kendallW.marketing).toBeNull();
  });

  it('leaves incomplete rankings out of W but counts their positions per item', () => {
    // it3 ranked only A: W is over it1 and it2, who agree fully.
    const partial = single(
      {
        config: RANKING,
        items: ['A', 'B', 'C'],
        rounds: [{ it1: [1, 2, 3], it2: [1, 2, 3], it3: [3, undefined, undefined] }],
      },
      3,
      0,
    );
    expect(partial.ranking?.kendallW.it).toBeCloseTo(1, 10);
    expect(partial.items[0]!.it.n).toBe(3);
    expect(partial.items[0]!.it.mean).toBeCloseTo(5 / 3, 10);
  });
});

describe('points', () => {
  // IT:        [70, 30], [50, 50], [60, 40] → item 1 mean 60, s 10; item 2 mean 40, s 10
  // Marketing: [20, 80], [40, 60], [30, 70] → item 1 mean 30, s 10; item 2 mean 70, s 10
  const round = single({
    config: POINTS,
    items: ['Customer insight', 'Lead generation'],
    rounds: [{ it1: [70, 30], it2: [50, 50], it3: [60, 40], mk1: [20, 80], mk2: [40, 60], mk3: [30, 70] }],
  });
  const [first, second] = round.items;

  it('gives the mean allocation per side and the gap per item', () => {
    expect(first!.it.mean).toBeCloseTo(60, 10);
    expect(first!.marketing.mean).toBeCloseTo(30, 10);
    expect(first!.it.sd).toBeCloseTo(10, 10);
    expect(first!.gap).toBeCloseTo(30, 10);
    expect(second!.gap).toBeCloseTo(-30, 10);
  });

  it("gives Hedges' g and a divergence out of the points total", () => {
    // pooled s = 10, d = 30 / 10 = 3, J = 1 − 3 / (4·6 − 9) = 0.8, g = 2.4; divergence = 30 / 100
    expect(first!.hedgesG).toBeCloseTo(2.4, 10);
    expect(second!.hedgesG).toBeCloseTo(-2.4, 10);
    expect(first!.divergence).toBeCloseTo(0.3, 10);
    expect(round.divergence).toBeCloseTo(0.3, 10);
  });
});

describe('likert', () => {
  // IT [4, 5, 2, 3]: mean 3.5, median 3.5, squares 5, s = √(5/3) = 1.290994, top-2-box 2/4
  // Marketing [1, 2, 4]: mean 7/3, median 2, squares 42/9, s = √(7/3) = 1.527525, top-2-box 1/3
  const round = single(
    {
      config: LIKERT,
      items: ['Marketing pulls in technologies without consideration for IT standards'],
      rounds: [{ it1: [4], it2: [5], it3: [2], it4: [3], mk1: [1], mk2: [2], mk3: [4] }],
    },
    4,
    3,
  );
  const [statement] = round.items;

  it('gives each side its statistics and distribution over the five levels', () => {
    expect(statement!.it.mean).toBeCloseTo(3.5, 10);
    expect(statement!.it.median).toBeCloseTo(3.5, 10);
    expect(statement!.it.sd).toBeCloseTo(1.290994, 5);
    expect(statement!.marketing.mean).toBeCloseTo(2.33333, 5);
    expect(statement!.marketing.median).toBe(2);
    expect(statement!.marketing.sd).toBeCloseTo(1.527525, 5);
    expect(statement!.it.shares).toEqual({ '1': 0, '2': 0.25, '3': 0.25, '4': 0.25, '5': 0.25 });
  });

  it('gives the top-2-box share per side and its gap', () => {
    expect(statement!.it.top2Share).toBeCloseTo(0.5, 10);
    expect(statement!.marketing.top2Share).toBeCloseTo(0.33333, 5);
    expect(statement!.top2Gap).toBeCloseTo(0.16667, 5);
  });

  it('gives the gap, its effect size and its divergence out of the four steps of the scale', () => {
    // gap = 3.5 − 7/3 = 1.166667; pooled s² = (5 + 42/9) / 5 = 1.933333, s = 1.390444
    // d = 0.839061; J = 1 − 3 / (28 − 9) = 16/19; g = 0.706577; divergence = 1.166667 / 4 = 0.291667
    expect(statement!.gap).toBeCloseTo(1.166667, 5);
    expect(statement!.hedgesG).toBeCloseTo(0.706577, 5);
    expect(statement!.divergence).toBeCloseTo(0.291667, 5);
  });
});

describe('scale', () => {
  it('gives the gap over the width of the scale and the share above its midpoint', () => {
    // 0..10; IT [8, 6, 9] mean 23/3, Marketing [4, 5, 6] mean 5 → gap 8/3, divergence (8/3) / 10
    // above the midpoint 5: IT 3 of 3, Marketing 1 of 3 (5 itself is not above)
    const [readiness] = single({
      config: SCALE,
      items: ['Readiness for the digital future'],
      rounds: [{ it1: [8], it2: [6], it3: [9], mk1: [4], mk2: [5], mk3: [6] }],
    }).items;
    expect(readiness!.gap).toBeCloseTo(8 / 3, 10);
    expect(readiness!.divergence).toBeCloseTo(0.266667, 5);
    expect(readiness!.it.aboveMidpointShare).toBeCloseTo(1, 10);
    expect(readiness!.marketing.aboveMidpointShare).toBeCloseTo(1 / 3, 10);
  });
});

describe('ownership', () => {
  // IT: IT-led ×2, Co-led ×2 → {IT-led ½, Co-led ½}; Marketing: Marketing-led ×2, Co-led ×1 → {⅔, ⅓}
  const round = single(
    {
      config: OWNERSHIP,
      items: ['Big Data and Segment Analysis'],
      rounds: [
        {
          it1: ['it-led'],
          it2: ['it-led'],
          it3: ['co-led'],
          it4: ['co-led'],
          mk1: ['marketing-led'],
          mk2: ['marketing-led'],
          mk3: ['co-led'],
        },
      ],
    },
    4,
    3,
  );
  const [bigData] = round.items;

  it('gives the share of each option per side and no mean', () => {
    expect(bigData!.it.n).toBe(4);
    expect(bigData!.it.shares).toEqual({ 'it-led': 0.5, 'marketing-led': 0, 'co-led': 0.5, 'outside-vendor': 0 });
    expect(bigData!.marketing.shares?.['marketing-led']).toBeCloseTo(2 / 3, 10);
    expect(bigData!.marketing.shares?.['co-led']).toBeCloseTo(1 / 3, 10);
    expect(bigData!.it.mean).toBeNull();
    expect(bigData!.gap).toBeNull();
    expect(bigData!.hedgesG).toBeNull();
  });

  it('measures the disconnect as the total variation distance', () => {
    // ½ (|½ − 0| + |0 − ⅔| + |½ − ⅓| + 0) = ½ · 4/3 = ⅔
    expect(bigData!.disconnect).toBeCloseTo(2 / 3, 10);
    expect(bigData!.divergence).toBeCloseTo(2 / 3, 10);
  });

  it('gives the whole room its shares too', () => {
    // 7 voters: IT-led 2, Marketing-led 2, Co-led 3
    expect(bigData!.room.n).toBe(7);
    expect(bigData!.room.shares?.['co-led']).toBeCloseTo(3 / 7, 10);
  });
});

describe('choice', () => {
  it('with several answers, gives the share of voters per option and compares the selections', () => {
    // IT: [funding, complexity], [funding] → shares funding 1, complexity ½; selections funding ⅔, complexity ⅓
    // Marketing: [complexity], [skills] → shares complexity ½, skills ½; selections the same
    // disconnect = ½ (|⅔ − 0| + |⅓ − ½| + |0 − ½|) = ½ · 4/3 = ⅔
    const [concern] = single(
      {
        config: CHOICE_MANY,
        items: ['Top concern'],
        rounds: [{ it1: [['funding', 'complexity']], it2: [['funding']], mk1: [['complexity']], mk2: [['skills']] }],
      },
      2,
      2,
    ).items;
    expect(concern!.it.shares).toEqual({ funding: 1, complexity: 0.5, skills: 0 });
    expect(concern!.marketing.shares).toEqual({ funding: 0, complexity: 0.5, skills: 0.5 });
    expect(concern!.disconnect).toBeCloseTo(2 / 3, 10);
  });

  it('with one answer, leaves out votes that pick several or unknown options', () => {
    // Counted: it1 funding, it2 funding, mk1 complexity; it3 picked two, mk2 an unknown option.
    const [concern] = single(
      {
        config: CHOICE_ONE,
        items: ['Top concern'],
        rounds: [
          { it1: ['funding'], it2: ['funding'], it3: [['funding', 'skills']], mk1: ['complexity'], mk2: ['cost'] },
        ],
      },
      3,
      2,
    ).items;
    expect(concern!.it.n).toBe(2);
    expect(concern!.marketing.n).toBe(1);
    expect(concern!.disconnect).toBeCloseTo(1, 10);
  });
});

describe('prediction', () => {
  // IT:        own [20, 30, 40] (mean 30), guess of Marketing [50, 60, 70] (mean 60)
  // Marketing: own [10, 20, 30] (mean 20), guess of IT [40, 50, 60] (mean 50)
  const [collaboration] = single({
    config: PREDICTION,
    items: ['Collaboration is at the right level'],
    rounds: [
      {
        it1: [{ own: 20, guess: 50 }],
        it2: [{ own: 30, guess: 60 }],
        it3: [{ own: 40, guess: 70 }],
        mk1: [{ own: 10, guess: 40 }],
        mk2: [{ own: 20, guess: 50 }],
        mk3: [{ own: 30, guess: 60 }],
      },
    ],
  }).items;

  it('compares the sides on their own answers', () => {
    // gap 30 − 20 = 10; both s = 10 → d = 1, J = 0.8, g = 0.8; divergence 10 / (100 − 0)
    expect(collaboration!.it.mean).toBeCloseTo(30, 10);
    expect(collaboration!.gap).toBeCloseTo(10, 10);
    expect(collaboration!.hedgesG).toBeCloseTo(0.8, 10);
    expect(collaboration!.divergence).toBeCloseTo(0.1, 10);
  });

  it("scores each side's guess of the other against the other's actual answers", () => {
    // IT guessed 60 for Marketing, whose mean is 20: error +40. Marketing guessed 50 for IT (30): +20.
    expect(collaboration!.it.guess?.mean).toBeCloseTo(60, 10);
    expect(collaboration!.prediction?.itGuessOfMarketing).toBeCloseTo(60, 10);
    expect(collaboration!.prediction?.marketingGuessOfIt).toBeCloseTo(50, 10);
    expect(collaboration!.prediction?.itError).toBeCloseTo(40, 10);
    expect(collaboration!.prediction?.marketingError).toBeCloseTo(20, 10);
  });
});

describe('observers', () => {
  it('count in the room but in neither side', () => {
    // IT [5, 5, 5], Marketing [1, 1, 1], other [3]: the room's mean is (15 + 3 + 3) / 7 = 3
    const round = single(
      {
        config: LIKERT,
        items: ['We trust each other'],
        rounds: [{ it1: [5], it2: [5], it3: [5], mk1: [1], mk2: [1], mk3: [1], ot1: [3] }],
      },
      3,
      3,
      1,
    );
    expect(round.items[0]!.room.n).toBe(7);
    expect(round.items[0]!.room.mean).toBeCloseTo(3, 10);
    expect(round.items[0]!.gap).toBeCloseTo(4, 10);
    expect(round.voters).toEqual({ it: 3, marketing: 3, other: 1, total: 7 });
  });
});
