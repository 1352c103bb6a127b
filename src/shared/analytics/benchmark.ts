import type { ActivityKind, Benchmark } from '../domain';
import { benchmarkMeasureOf, kindOf } from '../kinds';
import type {
  AnalysisActivity,
  BenchmarkComparison,
  BenchmarkMeasure,
  BenchmarkSide,
  ComparedSide,
  ItemResult,
  RoundResult,
} from './types';

/**
 * What the room's answer is compared with the published figure as. Published figures
 * are mostly shares of executives ("49% of CIOs say…"), so a percentage is met with the
 * room's share of voters saying the same; anything else with the room's mean. Each kind
 * says which (see its `benchmark`).
 */
export function benchmarkMeasure(kind: ActivityKind, unit: string): BenchmarkMeasure {
  return benchmarkMeasureOf(kind, unit) ?? 'mean';
}

const percentOf = (share: number | null) => (share === null ? null : share * 100);

function roomFigure(
  measure: BenchmarkMeasure,
  result: ItemResult | undefined,
  side: ComparedSide | 'room',
  pointsTotal: number | null,
): { room: number | null; option: string | null } {
  const answers = result?.[side];
  if (answers === undefined) return { room: null, option: null };
  switch (measure) {
    case 'aggregate-position':
      return { room: side === 'room' ? null : (result?.aggregatePosition?.[side] ?? null), option: null };
    case 'leading-option-percent': {
      // The first option in the config's order wins a tie.
      let option: string | null = null;
      let best = -1;
      for (const [id, share] of Object.entries(answers.shares ?? {})) {
        if (share > best) [option, best] = [id, share];
      }
      return option === null ? { room: null, option: null } : { room: best * 100, option };
    }
    case 'top-two-box-percent':
      return { room: percentOf(answers.top2Share), option: null };
    case 'above-midpoint-percent':
      return { room: percentOf(answers.aboveMidpointShare), option: null };
    case 'points-share-percent':
      return {
        room: answers.mean === null || pointsTotal === null ? null : (answers.mean / pointsTotal) * 100,
        option: null,
      };
    case 'mean':
      return { room: answers.mean, option: null };
  }
}

function compareSide(
  measure: BenchmarkMeasure,
  result: ItemResult | undefined,
  side: ComparedSide | 'room',
  published: number | null,
  pointsTotal: number | null,
  distribution?: Readonly<Record<string, number>>,
): BenchmarkSide {
  const { room, option } = roomFigure(measure, result, side, pointsTotal);
  // With the study's whole split, the room's leading option is met with the study's share for that same option.
  const figure = distribution && option !== null ? (distribution[option] ?? null) : published;
  return {
    room,
    benchmark: figure,
    difference: room === null || figure === null ? null : room - figure,
    option,
  };
}

/**
 * The room against the published figures for every item of the activity that carries
 * one: the room's IT figure against the CIO value, its Marketing figure against the CMO
 * value, the whole room against an overall value; a published distribution over the
 * options is passed on whole. Before the first round the room's figures are null.
 */
export function compareWithBenchmarks(activity: AnalysisActivity, round: RoundResult | null): BenchmarkComparison[] {
  const { config } = activity;
  const pointsTotal = kindOf(config).benchmark?.shareOf(config) ?? null;
  const resultsById = new Map((round?.items ?? []).map((result) => [result.itemId, result]));
  const comparisons: BenchmarkComparison[] = [];
  for (const item of activity.items) {
    const benchmark: Benchmark | null = item.benchmark;
    const measure = benchmark === null ? null : benchmarkMeasureOf(config.kind, benchmark.unit);
    if (benchmark === null || measure === null) continue;
    const result = resultsById.get(item.id);
    comparisons.push({
      activityId: activity.id,
      itemId: item.id,
      label: item.label,
      kind: config.kind,
      measure,
      unit: benchmark.unit,
      source: benchmark.source,
      year: benchmark.year,
      it: compareSide(measure, result, 'it', benchmark.cio, pointsTotal, benchmark.distribution?.cio),
      marketing: compareSide(measure, result, 'marketing', benchmark.cmo, pointsTotal, benchmark.distribution?.cmo),
      distribution: benchmark.distribution
        ? { cio: benchmark.distribution.cio ?? null, cmo: benchmark.distribution.cmo ?? null }
        : null,
      overall:
        benchmark.overall === undefined || benchmark.overall === null
          ? null
          : compareSide(measure, result, 'room', benchmark.overall, pointsTotal),
      quote: benchmark.quote ?? null,
    });
  }
  return comparisons;
}
