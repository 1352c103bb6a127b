import { describe, expect, it } from 'vitest';
import { KIND_ANALYSES } from '../../../src/shared/analytics/round';
import type { Side, VoteValue } from '../../../src/shared/domain';
import { analyze, analyzeForCli, studentTQuantile } from '../../../src/shared/analytics';
import { answerInWords, ballotProblem, draftEntries, KINDS, kindOf, voteValueProblem } from '../../../src/shared/kinds';
import { activity, participants, workshop } from '../analytics/fixtures';
import { analyzeMatrix } from '../../../src/shared/analytics/matrix';
import { hiddenSide, type KindContext } from '../../../src/shared/analytics/sides';
import {
  DEFAULT_MATRIX_CONFIG,
  matrixConfigSchema,
  matrixValueSchema,
  quadrantOf,
} from '../../../src/shared/kinds/matrix';

const config = DEFAULT_MATRIX_CONFIG;

/** One item's answers from the given voters, in order; the sides say who is who. */
function analyzeOne(voters: readonly (readonly [Side, unknown])[], anonymous = false) {
  const counted = new Set<number>();
  const context: KindContext = {
    analyses: KIND_ANALYSES,
    sides: voters.map(([side]) => side),
    anonymous,
    countVoter: (p) => counted.add(p),
    dissentThreshold: 0.5,
  };
  const [result] = analyzeMatrix(
    config,
    [
      {
        item: { id: 'cloud', label: 'Cloud', benchmark: null },
        answers: voters.map(([, value]) => value as VoteValue | undefined),
      },
    ],
    context,
  );
  return { result: result!, counted };
}

describe('matrix value', () => {
  it('takes whole numbers from 0 to 10 on both axes', () => {
    expect(matrixValueSchema.safeParse({ x: 0, y: 10 }).success).toBe(true);
    expect(matrixValueSchema.safeParse({ x: 7, y: 3 }).success).toBe(true);
  });

  it.each([
    [{ x: 7 }, 'Place the item on the vertical axis.'],
    [{ x: 7.5, y: 3 }, 'A place on the horizontal axis is a whole number from 0 to 10.'],
    [{ x: 7, y: 11 }, 'A place on the vertical axis is from 0 to 10.'],
    [{ x: -1, y: 3 }, 'A place on the horizontal axis is from 0 to 10.'],
  ])('refuses %j, saying why', (value, message) => {
    const parsed = matrixValueSchema.safeParse(value);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(message);
  });

  it('refuses anything that is not a place', () => {
    for (const value of [7, '7;3', [7, 3], null, { x: 7, y: 3, z: 1 }, { own: 7, guess: 3 }]) {
      expect(matrixValueSchema.safeParse(value).success).toBe(false);
    }
  });
});

describe('matrix settings', () => {
  it('accepts the defaults and needs both axis names and every quadrant label', () => {
    expect(matrixConfigSchema.parse(DEFAULT_MATRIX_CONFIG)).toEqual(DEFAULT_MATRIX_CONFIG);
    expect(matrixConfigSchema.safeParse({ ...config, x: { ...config.x, name: '  ' } }).success).toBe(false);
    expect(
      matrixConfigSchema.safeParse({ ...config, quadrants: { ...config.quadrants, bottomRight: '' } }).success,
    ).toBe(false);
  });

  it('fills the end labels in when a file leaves them out', () => {
    const parsed = matrixConfigSchema.parse({ ...config, x: { name: 'Value' } });
    expect(parsed.x).toEqual({ name: 'Value', minLabel: '', maxLabel: '' });
  });
});

describe('quadrants', () => {
  it('puts high on the vertical axis at the top and high on the horizontal axis on the right', () => {
    expect(quadrantOf(8, 2)).toBe('bottomRight');
    expect(quadrantOf(8, 6)).toBe('topRight');
    expect(quadrantOf(2, 6)).toBe('topLeft');
    expect(quadrantOf(4.9, 4.9)).toBe('bottomLeft');
  });

  it('leaves a point on a midline in no quadrant', () => {
    expect(quadrantOf(5, 8)).toBeNull();
    expect(quadrantOf(8, 5)).toBeNull();
  });
});

describe('matrix analysis against hand calculations', () => {
  // IT places Cloud important and not ready; Marketing middling on both.
  const it3: [Side, unknown][] = [
    ['it', { x: 8, y: 2 }],
    ['it', { x: 9, y: 3 }],
    ['it', { x: 7, y: 1 }],
  ];
  const mk4: [Side, unknown][] = [
    ['marketing', { x: 4, y: 6 }],
    ['marketing', { x: 5, y: 7 }],
    ['marketing', { x: 3, y: 5 }],
    ['marketing', { x: 4, y: 6 }],
  ];

  it('gives each side its mean place, spread and quadrant, the gaps and the distance', () => {
    const { result } = analyzeOne([...it3, ...mk4]);
    const m = result.matrix!;
    // IT: x 8, 9, 7 → mean 8, sd 1; y 2, 3, 1 → mean 2, sd 1.
    expect(m.it).toEqual({
      x: { n: 3, mean: 8, median: 8, sd: 1 },
      y: { n: 3, mean: 2, median: 2, sd: 1 },
      quadrant: 'bottomRight',
    });
    // Marketing: x 4, 5, 3, 4 → mean 4, sd √(2/3); y 6, 7, 5, 6 → mean 6.
    expect(m.marketing!.x.mean).toBe(4);
    expect(m.marketing!.x.sd).toBeCloseTo(Math.sqrt(2 / 3), 12);
    expect(m.marketing!.y.mean).toBe(6);
    expect(m.marketing!.quadrant).toBe('topLeft');
    // Room: x sum 40 / 7, y sum 30 / 7.
    expect(m.room!.x.mean).toBeCloseTo(40 / 7, 12);
    expect(m.room!.y.mean).toBeCloseTo(30 / 7, 12);
    expect(m.gapX).toBe(4);
    expect(m.gapY).toBe(-4);
    expect(m.distance).toBeCloseTo(4 * Math.SQRT2, 12);
    // Divided by the axis range of 10.
    expect(result.divergence).toBeCloseTo((4 * Math.SQRT2) / 10, 12);
    expect(result.it.n).toBe(3);
    expect(result.marketing.n).toBe(4);
    expect(result.room.n).toBe(7);
    // Welch on x: s² = 1/3 + (2/3)/4 = 1/2; df = (1/4) / ((1/3)²/2 + (1/6)²/3) = 27/7.
    const half = studentTQuantile(0.05, 27 / 7) * Math.sqrt(1 / 2);
    expect(m.intervalX!.low).toBeCloseTo(4 - half, 9);
    expect(m.intervalX!.high).toBeCloseTo(4 + half, 9);
  });

  it('tests the distance by relabelling: only the real split of 35 is as far apart', () => {
    const { result } = analyzeOne([...it3, ...mk4]);
    expect(result.certainty.method).toBe('exact');
    expect(result.certainty.relabellings).toBe(35);
    expect(result.certainty.p).toBeCloseTo(1 / 35, 12);
    expect(result.certainty.estimate).toBeCloseTo(4 * Math.SQRT2, 12);
    expect(result.certainty.verdict).toBe('clear-gap');
  });

  it('finds no gap between sides that answer alike', () => {
    const same: [Side, unknown][] = [
      ['it', { x: 6, y: 6 }],
      ['it', { x: 6, y: 6 }],
      ['it', { x: 6, y: 6 }],
      ['marketing', { x: 6, y: 6 }],
      ['marketing', { x: 6, y: 6 }],
      ['marketing', { x: 6, y: 6 }],
      ['marketing', { x: 6, y: 6 }],
    ];
    const { result } = analyzeOne(same);
    expect(result.matrix!.distance).toBe(0);
    expect(result.divergence).toBe(0);
    expect(result.certainty.p).toBe(1);
    expect(result.certainty.verdict).toBe('could-be-chance');
  });

  it('caps the divergence at 1 when the sides sit in opposite corners', () => {
    const { result } = analyzeOne([
      ['it', { x: 10, y: 0 }],
      ['marketing', { x: 0, y: 10 }],
    ]);
    expect(result.matrix!.distance).toBeCloseTo(10 * Math.SQRT2, 12);
    expect(result.divergence).toBe(1);
    expect(result.certainty.verdict).toBe('too-few-voters');
  });

  it('leaves out answers that are not a place on the matrix and does not count their voters', () => {
    const { result, counted } = analyzeOne([
      ['it', { x: 8, y: 2 }],
      ['it', { x: 11, y: 2 }],
      ['it', { x: 7.5, y: 2 }],
      ['it', 7],
      ['marketing', { x: 4 }],
      ['marketing', { x: 4, y: 6 }],
      ['other', undefined],
    ]);
    expect([...counted]).toEqual([0, 5]);
    expect(result.it.n).toBe(1);
    expect(result.marketing.n).toBe(1);
    expect(result.matrix!.distance).toBeCloseTo(Math.hypot(4, 4), 12);
  });

  it('with anonymity on, hides a side of fewer than three and every figure that needs it', () => {
    const { result } = analyzeOne(
      [
        ['it', { x: 8, y: 2 }],
        ['it', { x: 9, y: 3 }],
        ...mk4,
        ['other', { x: 1, y: 1 }],
        ['other', { x: 2, y: 2 }],
        ['other', { x: 3, y: 3 }],
      ],
      true,
    );
    expect(result.it).toMatchObject({ n: 2, suppressed: true });
    expect(result.marketing).toMatchObject({ n: 4, suppressed: false });
    expect(result.matrix!.it).toBeNull();
    expect(result.matrix!.marketing!.x.mean).toBe(4);
    expect(result.matrix!.gapX).toBeNull();
    expect(result.matrix!.distance).toBeNull();
    expect(result.divergence).toBeNull();
    expect(result.certainty.verdict).toBe('too-few-voters');
    expect(result.certainty.p).toBeNull();
  });

  it('gives the same p whichever side is which and whatever order the voters come in', () => {
    const a = analyzeOne([...it3, ...mk4]).result.certainty.p;
    const swapped = [...mk4, ...it3].map(([side, value]): [Side, unknown] => [
      side === 'it' ? 'marketing' : 'it',
      value,
    ]);
    expect(analyzeOne(swapped.reverse()).result.certainty.p).toBe(a);
  });

  it('counts seeded random relabellings for a large room, the same every time', () => {
    const big: [Side, unknown][] = Array.from({ length: 30 }, (_, i): [Side, unknown] => [
      i < 15 ? 'it' : 'marketing',
      { x: (i * 7) % 11, y: (i * 3 + (i < 15 ? 2 : 0)) % 11 },
    ]);
    const first = analyzeOne(big).result.certainty;
    expect(first.method).toBe('monte-carlo');
    expect(first.p).toBeGreaterThan(0);
    expect(first.p).toBeLessThanOrEqual(1);
    expect(analyzeOne(big).result.certainty.p).toBe(first.p);
  });
});

describe('the matrix through the registry', () => {
  const items = [
    { id: 'cloud', label: 'Cloud' },
    { id: 'mobile', label: 'Mobile' },
  ];

  it('asks for an item not yet placed by name, and takes a ballot once every item is placed', () => {
    const draft = { order: ['cloud', 'mobile'], values: { cloud: { x: 7, y: 3 } } };
    const entries = draftEntries(config, items, draft);
    expect(ballotProblem(config, items, entries)).toEqual({
      message: 'Place “Mobile” on the matrix.',
      itemId: 'mobile',
    });
    const placed = draftEntries(config, items, { ...draft, values: { ...draft.values, mobile: { x: 0, y: 10 } } });
    expect(placed).toEqual([
      { itemId: 'cloud', value: { x: 7, y: 3 } },
      { itemId: 'mobile', value: { x: 0, y: 10 } },
    ]);
    expect(ballotProblem(config, items, placed)).toBeNull();
  });

  it('refuses a place off the square, saying what a place is', () => {
    const entries = [
      { itemId: 'cloud', value: { x: 7, y: 3 } },
      { itemId: 'mobile', value: { x: 7, y: 12 } },
    ];
    const expected =
      'A matrix vote is { "x": …, "y": … }, each a whole number from 0 to 10 (x: Importance, y: Readiness).';
    expect(ballotProblem(config, items, entries)).toEqual({ message: expected, itemId: 'mobile' });
    expect(voteValueProblem(config, 2, { x: 2.5, y: 3 })).toBe(expected);
    expect(voteValueProblem(config, 2, { own: 2, guess: 3 })).toBe(expected);
    expect(voteValueProblem(config, 2, { x: 2, y: 3 })).toBeNull();
  });

  it('writes a side that is empty or hidden as every kind does', () => {
    const side = (n: number, suppressed: boolean) => ({ ...hiddenSide(n), suppressed, position: null });
    const shown = (kind: 'matrix' | 'scale') => {
      const own = KINDS[kind].defaultConfig();
      return [side(0, false), side(2, true)].map((s) => kindOf(own).text.sideFigure(own, s));
    };
    expect(shown('matrix')).toEqual(shown('scale'));
    expect(shown('matrix')).toEqual(['—', 'fewer than 3']);
  });

  it('reads an answer in words', () => {
    expect(answerInWords(config, { x: 7, y: 3 })).toBe('Importance 7, readiness 3');
  });

  it('is analysed through the registry, its distance ranked with the other kinds', () => {
    const sketch = activity({
      config,
      items: ['Cloud', 'Mobile'],
      rounds: [
        {
          it1: [
            { x: 8, y: 2 },
            { x: 5, y: 5 },
          ],
          it2: [
            { x: 8, y: 2 },
            { x: 5, y: 5 },
          ],
          mk1: [
            { x: 4, y: 5 },
            { x: 5, y: 6 },
          ],
          mk2: [
            { x: 4, y: 5 },
            { x: 5, y: 6 },
          ],
        },
      ],
    });
    const analysis = analyze(workshop(participants(2, 2), [sketch]));
    const latest = analysis.activities[0]!.latest!;
    expect(latest.items.map((i) => i.matrix?.distance)).toEqual([5, 1]);
    expect(latest.divergence).toBeCloseTo((0.5 + 0.1) / 2, 12);
    expect(analysis.topDivergences.map((d) => [d.label, d.divergence])).toEqual([
      ['Cloud', 0.5],
      ['Mobile', 0.1],
    ]);
    expect(KINDS.matrix.text.gapFigure(config, latest.items[0]!)).toBe('5 apart (importance +4, readiness −3)');
    // The command line's JSON carries the places too.
    const cli = analyzeForCli(workshop(participants(2, 2), [sketch])).activities[0]!.items[0]!;
    expect(cli.matrix?.distance).toBe(5);
    expect(cli.matrix?.it?.x.mean).toBe(8);
    expect(KINDS.matrix.text.divergenceSentence(config, latest.items[0]!)).toBe(
      'IT places it at Importance 8, readiness 2 (Fix first), Marketing at Importance 4, readiness 5 (on a midline): 5 apart.',
    );
  });

  it('gives every simulated person a place on the square for every item', () => {
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const person = {
      side: 'it' as const,
      itemCount: 7,
      lean: (i: number) => (i % 3) - 1,
      otherSideLean: (i: number) => 1 - (i % 3),
      optionLean: () => 0,
      itemClaim: () => 0,
      random,
      normal: () => random() * 2 - 1,
    };
    const answers = KINDS.matrix.demoAnswers(config, person);
    expect(answers).toHaveLength(7);
    for (const answer of answers) expect(matrixValueSchema.safeParse(answer).success).toBe(true);
  });
});
