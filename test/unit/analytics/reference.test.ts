/**
 * Every certainty, dissent and reading figure against values computed independently with
 * numpy and scipy (scripts/analytics-reference.py) on hand-made workshops: ties, one voter
 * per side, equal answers, a suppressed side, and a room too large to list every
 * relabelling of.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  analyze,
  type AnalysisInput,
  type GapCertainty,
  type ItemDissent,
  type ItemResult,
  type PredictionReading,
} from '../../../src/shared/analytics';

interface ExpectedCertainty {
  readonly estimate: number | null;
  readonly interval: { readonly low: number; readonly high: number } | null;
  readonly p: number | null;
  readonly adjustedP: number | null;
  readonly verdict: GapCertainty['verdict'];
}

interface ExpectedItem {
  readonly activityId: string;
  readonly itemId: string;
  readonly certainty: ExpectedCertainty;
  readonly top2Certainty: ExpectedCertainty | null;
  readonly dissent: ItemDissent | null;
  readonly prediction?: Readonly<Record<string, number>>;
  readonly optionGaps?: Readonly<Record<string, { gap: number; interval: { low: number; high: number } }>>;
}

interface ReferenceCase {
  readonly name: string;
  readonly input: AnalysisInput;
  readonly expected: {
    readonly items: readonly ExpectedItem[];
    readonly readings: Readonly<Record<string, PredictionReading>>;
  };
}

const { cases } = JSON.parse(readFileSync(new URL('./reference/certainty.json', import.meta.url), 'utf8')) as {
  cases: ReferenceCase[];
};

/** A Monte Carlo p-value of 10,000 draws is within 0.02 of the exact one (over 4 standard errors). */
const MONTE_CARLO_TOLERANCE = 0.02;

function expectClose(actual: number | null | undefined, expected: number | null, digits = 9) {
  if (expected === null) expect(actual ?? null).toBeNull();
  else expect(actual).toBeCloseTo(expected, digits);
}

function expectCertainty(actual: GapCertainty, expected: ExpectedCertainty, montecarloInFamily: boolean) {
  expectClose(actual.estimate, expected.estimate);
  if (expected.interval === null) expect(actual.interval).toBeNull();
  else {
    expectClose(actual.interval?.low, expected.interval.low, 6);
    expectClose(actual.interval?.high, expected.interval.high, 6);
  }
  if (expected.p === null) expect(actual.p).toBeNull();
  else if (actual.method === 'monte-carlo')
    expect(Math.abs(actual.p! - expected.p)).toBeLessThan(MONTE_CARLO_TOLERANCE);
  else expectClose(actual.p, expected.p);
  if (montecarloInFamily && expected.adjustedP !== null) {
    expect(Math.abs(actual.adjustedP! - expected.adjustedP)).toBeLessThan(2 * MONTE_CARLO_TOLERANCE);
  } else {
    expectClose(actual.adjustedP, expected.adjustedP);
    expect(actual.verdict).toBe(expected.verdict);
  }
}

describe.each(cases)('against the numpy/scipy reference: $name', ({ input, expected }) => {
  const analysis = analyze(input);
  const items = new Map<string, ItemResult>();
  for (const activity of analysis.activities)
    for (const item of activity.latest?.items ?? []) items.set(item.itemId, item);
  const montecarlo = [...items.values()].some(
    (item) => item.certainty.method === 'monte-carlo' || item.top2Certainty?.method === 'monte-carlo',
  );

  it.each(expected.items)('$itemId: interval, p-value, adjusted p and verdict', (reference) => {
    const item = items.get(reference.itemId)!;
    expectCertainty(item.certainty, reference.certainty, montecarlo);
    if (reference.top2Certainty === null) expect(item.top2Certainty).toBeNull();
    else expectCertainty(item.top2Certainty!, reference.top2Certainty, montecarlo);
  });

  it.each(expected.items)('$itemId: the gap in each option of an ownership or choice', (reference) => {
    const item = items.get(reference.itemId)!;
    if (reference.optionGaps === undefined) {
      expect(item.optionGaps).toBeNull();
      return;
    }
    expect(Object.keys(item.optionGaps!)).toEqual(Object.keys(reference.optionGaps));
    for (const [option, want] of Object.entries(reference.optionGaps)) {
      const got = item.optionGaps![option]!;
      expect(got.gap).toBeCloseTo(want.gap, 9);
      expect(got.interval!.low).toBeCloseTo(want.interval.low, 6);
      expect(got.interval!.high).toBeCloseTo(want.interval.high, 6);
    }
  });

  it.each(expected.items)('$itemId: dissent within each side', (reference) => {
    const item = items.get(reference.itemId)!;
    if (reference.dissent === null) {
      expect(item.dissent).toBeNull();
      return;
    }
    for (const side of ['it', 'marketing'] as const) {
      const want = reference.dissent[side];
      const got = item.dissent![side];
      if (want === null) expect(got).toBeNull();
      else {
        expect(got!.spread).toBeCloseTo(want.spread, 9);
        expect(got!.bimodal).toBe(want.bimodal);
        expect(got!.split).toBe(want.split);
      }
    }
  });

  it('how well each side reads the other', () => {
    for (const activity of analysis.activities) {
      const want = expected.readings[activity.activityId];
      if (activity.kind !== 'prediction') {
        expect(activity.reading).toBeNull();
        continue;
      }
      const got = activity.reading!;
      for (const side of ['it', 'marketing'] as const) {
        expect(got[side].items).toBe(want![side].items);
        expectClose(got[side].meanError, want![side].meanError);
        expectClose(got[side].meanAbsoluteError, want![side].meanAbsoluteError);
        expectClose(got[side].relativeError, want![side].relativeError);
        expect(got[side].direction).toBe(want![side].direction);
      }
      expect(got.readBest).toBe(want!.readBest);
    }
    for (const reference of expected.items.filter((item) => item.prediction)) {
      const prediction = items.get(reference.itemId)!.prediction!;
      for (const [key, value] of Object.entries(reference.prediction!)) {
        expectClose(prediction[key as keyof typeof prediction] as number, value);
      }
    }
  });
});

it('the reference covers an exact count beyond listing, and Monte Carlo draws', () => {
  const methods = cases.flatMap(({ input }) =>
    analyze(input).activities.flatMap((a) => a.latest?.items.map((item) => item.certainty) ?? []),
  );
  expect(methods.some((c) => c.method === 'monte-carlo')).toBe(true);
  expect(methods.some((c) => c.method === 'exact' && c.relabellings > 10_000)).toBe(true);
});
