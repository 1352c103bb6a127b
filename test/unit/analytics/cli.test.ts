import { describe, expect, it } from 'vitest';
import { analyzeForCli, verdictReport } from '../../../src/shared/analytics';
import { activity, LIKERT, OWNERSHIP, participants, POINTS, PREDICTION, RANKING, workshop } from './fixtures';

const people = participants(3, 3);

const ranking = activity({
  id: 'drivers',
  title: 'Drivers for alignment',
  config: RANKING,
  items: ['Customer insight', 'Security', 'Platform'],
  rounds: [
    // Round 1 is superseded by the re-vote: the output reads round 2 only.
    { it1: [3, 2, 1], it2: [3, 2, 1], it3: [3, 2, 1], mk1: [3, 2, 1], mk2: [3, 2, 1], mk3: [3, 2, 1] },
    { it1: [1, 2, 3], it2: [1, 3, 2], it3: [2, 1, 3], mk1: [3, 2, 1], mk2: [3, 1, 2], mk3: [2, 3, 1] },
  ],
});

const ownership = activity({
  id: 'owner',
  title: 'Who drives investment',
  config: OWNERSHIP,
  items: ['Social Media'],
  rounds: [{ it1: ['it-led'], it2: ['co-led'], it3: ['co-led'], mk1: ['marketing-led'], mk2: ['marketing-led'] }],
});

const notYetVoted = activity({
  id: 'later',
  title: 'Priorities',
  config: POINTS,
  items: ['Lead generation'],
  rounds: [],
});

describe('analyzeForCli', () => {
  const output = analyzeForCli(workshop(people, [ranking, ownership, notYetVoted]));

  it("reports the latest round's statistics, gap, effect size and rank agreement for a ranking", () => {
    const [drivers] = output.activities;
    expect(Object.keys(drivers!)).toEqual([
      'activityId',
      'kind',
      'title',
      'items',
      'spearmanRho',
      'kendallTauB',
      'kendallW',
    ]);
    expect(drivers).toMatchObject({ activityId: 'drivers', kind: 'ranking', title: 'Drivers for alignment' });
    const [insight] = drivers!.items;
    expect(Object.keys(insight!)).toEqual(['itemId', 'label', 'it', 'marketing', 'gap', 'hedgesG', 'certainty']);
    // Three voters a side are too few for a verdict; the p-value is still given.
    expect(insight!.certainty).toMatchObject({ verdict: 'too few voters to say', method: 'exact' });
    expect(insight!.certainty.p).toBeGreaterThan(0);
    expect(Object.keys(insight!.it)).toEqual(['n', 'mean', 'median', 'sd']);
    expect(insight!.it.n).toBe(3);
    expect(insight!.it.mean).toBeCloseTo(4 / 3, 10);
    expect(insight!.it.median).toBe(1);
    expect(insight!.it.sd).toBeCloseTo(0.57735, 5);
    expect(insight!.gap).toBeCloseTo(-4 / 3, 10);
    expect(insight!.hedgesG).toBeCloseTo(-1.847521, 5);
    expect(drivers!.spearmanRho).toBeCloseTo(-1, 10);
    expect(drivers!.kendallTauB).toBeCloseTo(-1, 10);
    expect(drivers!.kendallW?.it).toBeCloseTo(0.44444, 5);
    expect(drivers!.kendallW?.marketing).toBeCloseTo(0.44444, 5);
  });

  it('reports ownership as shares and a disconnect, with null statistics', () => {
    const [item] = output.activities[1]!.items;
    expect(Object.keys(output.activities[1]!)).toEqual(['activityId', 'kind', 'title', 'items']);
    expect(item!.it).toEqual({
      n: 3,
      mean: null,
      median: null,
      sd: null,
      shares: { 'it-led': 1 / 3, 'marketing-led': 0, 'co-led': 2 / 3, 'outside-vendor': 0 },
    });
    expect(item!.gap).toBeNull();
    expect(item!.hedgesG).toBeNull();
    // IT {IT-led ⅓, Co-led ⅔} vs Marketing {Marketing-led 1}: ½ (⅓ + 1 + ⅔) = 1
    expect(item!.disconnect).toBeCloseTo(1, 10);
  });

  it('lists an activity without a round, with nobody having answered', () => {
    expect(output.activities[2]).toEqual({
      activityId: 'later',
      kind: 'points',
      title: 'Priorities',
      items: [
        {
          itemId: 'later-i1',
          label: 'Lead generation',
          it: { n: 0, mean: null, median: null, sd: null },
          marketing: { n: 0, mean: null, median: null, sd: null },
          gap: null,
          hedgesG: null,
          certainty: { verdict: 'too few voters to say', interval: null, p: null, adjustedP: null, method: null },
        },
      ],
    });
  });

  it('ends with the top divergences and the alignment index', () => {
    expect(Object.keys(output)).toEqual(['activities', 'topDivergences', 'alignmentIndex', 'surestDivergences']);
    expect(output.topDivergences.map((entry) => entry.label)).toEqual([
      'Social Media',
      'Customer insight',
      'Platform',
      'Security',
    ]);
    // ranking: (2/3 + 0 + 2/3) / 3 = 4/9; ownership: 1 → 100 · (1 − (4/9 + 1) / 2) = 27.7778
    expect(output.alignmentIndex).toBeCloseTo(27.7778, 3);
  });

  it('marks a suppressed side and nulls its figures when anonymity is on', () => {
    const anonymous = analyzeForCli(workshop(participants(3, 2), [ownership], true));
    const [item] = anonymous.activities[0]!.items;
    expect(item!.marketing).toEqual({ n: 2, mean: null, median: null, sd: null, shares: null, suppressed: true });
    expect(item!.it.suppressed).toBeUndefined();
    expect(item!.disconnect).toBeNull();
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(output))).toEqual(output);
  });
});

describe('verdictReport', () => {
  const room = participants(5, 4);
  const report = verdictReport(
    workshop(room, [
      activity({
        id: 'friction',
        title: 'Where the friction is',
        config: LIKERT,
        items: ['Pulls in technologies', 'Split IT side'],
        rounds: [
          {
            it1: [5, 1],
            it2: [5, 1],
            it3: [4, 5],
            it4: [5, 5],
            it5: [4, 5],
            mk1: [2, 3],
            mk2: [1, 3],
            mk3: [2, 4],
            mk4: [1, 3],
          },
        ],
      }),
      activity({
        id: 'guess',
        title: 'Right level?',
        config: PREDICTION,
        items: ['Right level'],
        rounds: [
          {
            it1: [{ own: 40, guess: 10 }],
            it2: [{ own: 50, guess: 20 }],
            it3: [{ own: 45, guess: 15 }],
            it4: [{ own: 40, guess: 20 }],
            it5: [{ own: 50, guess: 10 }],
            mk1: [{ own: 30, guess: 45 }],
            mk2: [{ own: 35, guess: 50 }],
            mk3: [{ own: 40, guess: 40 }],
            mk4: [{ own: 30, guess: 45 }],
          },
        ],
      }),
    ]),
  );
  const lines = report.split('\n');

  it('lists every gap in words, the surest first, with its interval and p-values', () => {
    expect(lines[0]).toMatch(/adjusted across every gap tested/);
    // 5 + 4 voters, every IT voter above every marketer: 1 relabelling in 126.
    expect(lines[2]).toMatch(
      /^clear gap\s+Pulls in technologies \(Where the friction is\): gap \+3\.1, 95% .+, p 0\.008/,
    );
    expect(lines.find((line) => line.includes('Split IT side'))).toMatch(
      /^could be chance with this few voters\s+Split IT side .*split within IT$/,
    );
  });

  it('says how well each side read the other', () => {
    // Marketing's mean own answer is 33.75; IT guessed 10 to 20, 15 on average.
    expect(report).toContain(
      'How well each side reads the other, Right level?: IT underestimates Marketing by 18.75 (a voter off by 18.75 on average)',
    );
    expect(report).toMatch(/Marketing read the other best\.\n$/);
  });
});
