import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import {
  meanInterval,
  shareInterval,
  type BenchmarkComparison,
  type BenchmarkMeasure,
  type GapCertainty,
  type Interval,
  type ItemResult,
  type SideResult,
} from '../../shared/analytics';
import { type GapSureness, scaleInterval, splitSides, sureness } from './certainty';
import type { ActivityConfig, ActivityKind } from '../../shared/domain';
import { kindNamed, kindOf } from '../../shared/kinds';
import * as figure from '../../shared/figures';
import { type SideValue, shownValue, sideCell, sideValue } from './sides';
import type { ChartTable } from './table';

/** What a dumbbell can place on its axis: a mean, or a share of voters in percent. */
export type DumbbellMeasure = Extract<
  BenchmarkMeasure,
  'mean' | 'top-two-box-percent' | 'above-midpoint-percent' | 'points-share-percent'
>;

/** The settings of an activity whose answers have a mean (the kinds that draw a dumbbell). */
type DumbbellConfig = ActivityConfig;

const PLOTTABLE = new Set<BenchmarkMeasure>([
  'mean',
  'top-two-box-percent',
  'above-midpoint-percent',
  'points-share-percent',
]);

/**
 * The measure the dumbbell uses for an activity: the one its published figures are in,
 * so they can sit on the same axis (never for points, whose axis is points); without
 * any, a likert shows the share agreeing (what the research reports) and the other kinds
 * their mean.
 */
export function dumbbellMeasure(kind: ActivityKind, benchmarks: readonly BenchmarkComparison[]): DumbbellMeasure {
  const definition = kindNamed(kind);
  // A figure the kind lists beside its charts (points, the room's own currency) is not drawn on the axis.
  if (definition.benchmark?.listed) return 'mean';
  const published = benchmarks.find((b) => PLOTTABLE.has(b.measure));
  if (published) return published.measure as DumbbellMeasure;
  // The kind's own headline figure, whatever its settings: the share agreeing where it sums items up that way.
  const headline = definition.text.summary(definition.defaultConfig());
  return headline.rows === 'figure' && headline.figure === 'share' ? 'top-two-box-percent' : 'mean';
}

/** The whole a share of the points is of. */
const shareWhole = (config: DumbbellConfig) => kindOf(config).benchmark?.shareOf(config) ?? 100;

/** How a side's mean reads on the axis; a plain mean from the answers when the kind does not say. */
const meanAxis = (config: DumbbellConfig) =>
  kindOf(config).text.meanAxis?.(config) ?? { label: 'mean', unit: '', domain: null };

export interface DumbbellRow {
  readonly itemId: string;
  readonly label: string;
  readonly it: SideValue;
  readonly marketing: SideValue;
  /** IT's figure minus Marketing's, in the chart's measure. */
  readonly gap: number | null;
  /** The published CIO and CMO figures, when the item carries them in this measure, and one for both sides together. */
  readonly benchmark: {
    readonly cio: number | null;
    readonly cmo: number | null;
    readonly overall?: number | null;
  } | null;
  /** Prediction: each side's mean guess of the other side's answer. */
  readonly guess: { readonly it: number | null; readonly marketing: number | null } | null;
  /** Each side's 95% interval of its figure, for whiskers; null when hidden, empty or without spread. */
  readonly whisker: { readonly it: Interval | null; readonly marketing: Interval | null };
  /** How sure the gap is, in the chart's measure; null when no test matches the measure. */
  readonly sureness: GapSureness | null;
  /** Whether each side is itself split on the item. */
  readonly split: { readonly it: boolean; readonly marketing: boolean };
}

export interface DumbbellData {
  readonly rows: readonly DumbbellRow[];
  readonly domain: readonly [number, number];
  /** The axis is the answers' own range (0–100%, 1–5, the scale): nothing may lie beyond it. */
  readonly fixedDomain: boolean;
  readonly measure: DumbbellMeasure;
  /** The axis title: "% agreeing (4 or 5)". */
  readonly valueLabel: string;
  /** Appended to every number: "%" or the prediction's unit. */
  readonly unit: string;
  /** Shares of voters read best as whole percentages; means keep one decimal. */
  readonly decimals: 0 | 1;
  readonly prediction: boolean;
  /** "Accenture, 2013" for each distinct published source on the chart. */
  readonly sources: readonly string[];
}

function pickFor(measure: DumbbellMeasure, config: DumbbellConfig): (side: SideResult) => number | null {
  switch (measure) {
    case 'top-two-box-percent':
      return (side) => (side.top2Share === null ? null : side.top2Share * 100);
    case 'above-midpoint-percent':
      return (side) => (side.aboveMidpointShare === null ? null : side.aboveMidpointShare * 100);
    case 'points-share-percent': {
      const total = shareWhole(config);
      return (side) => (side.mean === null ? null : (side.mean / total) * 100);
    }
    case 'mean':
      return (side) => side.mean;
  }
}

/** Each side's interval of the figure the chart shows. */
function whiskerFor(measure: DumbbellMeasure, config: DumbbellConfig): (side: SideResult) => Interval | null {
  switch (measure) {
    case 'top-two-box-percent':
      return (side) => scaleInterval(shareInterval(side.top2Share, side.n), 100);
    case 'above-midpoint-percent':
      return (side) => scaleInterval(shareInterval(side.aboveMidpointShare, side.n), 100);
    case 'points-share-percent': {
      const total = shareWhole(config);
      return (side) => scaleInterval(meanInterval(side), 100 / total);
    }
    case 'mean':
      return (side) => meanInterval(side);
  }
}

/** The test of the gap the chart draws: of means, of top-2-box shares, or none for shares above the midpoint. */
function gapTestFor(measure: DumbbellMeasure): (item: ItemResult) => GapCertainty | null {
  switch (measure) {
    case 'top-two-box-percent':
      return (item) => item.top2Certainty;
    case 'above-midpoint-percent':
      return () => null;
    case 'points-share-percent':
    case 'mean':
      return (item) => item.certainty;
  }
}

function gapScaleFor(measure: DumbbellMeasure, config: DumbbellConfig): number {
  if (measure === 'top-two-box-percent') return 100;
  if (measure === 'points-share-percent') return 100 / shareWhole(config);
  return 1;
}

function labelFor(measure: DumbbellMeasure, config: DumbbellConfig): { valueLabel: string; unit: string } {
  switch (measure) {
    case 'top-two-box-percent':
      return { valueLabel: '% agreeing (4 or 5)', unit: '%' };
    case 'above-midpoint-percent':
      return { valueLabel: '% above the middle of the scale', unit: '%' };
    case 'points-share-percent':
      return { valueLabel: '% of the points', unit: '%' };
    case 'mean': {
      const axis = meanAxis(config);
      return { valueLabel: axis.label, unit: axis.unit };
    }
  }
}

function fixedDomain(measure: DumbbellMeasure, config: DumbbellConfig): [number, number] | null {
  // An axis the answers set (points) stays theirs whatever the measure.
  const { domain } = meanAxis(config);
  if (domain === null) return null;
  if (measure !== 'mean') return [0, 100];
  return [domain[0], domain[1]];
}

/**
 * One row per item with each side's figure joined, largest gap first (ties keep agenda
 * order; rows without a gap go last), with the published figures and, for a prediction,
 * each side's guess of the other.
 */
export function dumbbellData(
  items: readonly ItemResult[],
  config: DumbbellConfig,
  benchmarks: readonly BenchmarkComparison[],
  measure: DumbbellMeasure = dumbbellMeasure(config.kind, benchmarks),
): DumbbellData {
  const pick = pickFor(measure, config);
  const whisker = whiskerFor(measure, config);
  const gapTest = gapTestFor(measure);
  const gapScale = gapScaleFor(measure, config);
  // Each side's guess of the other, for the kinds whose answers hold one.
  const guesses = kindOf(config).adds?.reading ?? false;
  const published = new Map(benchmarks.filter((b) => b.measure === measure).map((b) => [b.itemId, b]));
  const rows: DumbbellRow[] = items.map((item) => {
    const it = sideValue(item.it, pick);
    const marketing = sideValue(item.marketing, pick);
    const a = shownValue(it);
    const b = shownValue(marketing);
    const benchmark = published.get(item.itemId);
    return {
      itemId: item.itemId,
      label: item.label,
      it,
      marketing,
      gap: a === null || b === null ? null : a - b,
      benchmark: benchmark
        ? {
            cio: benchmark.it.benchmark,
            cmo: benchmark.marketing.benchmark,
            ...(benchmark.overall ? { overall: benchmark.overall.benchmark } : {}),
          }
        : null,
      guess: guesses
        ? {
            it: it.state === 'shown' ? (item.it.guess?.mean ?? null) : null,
            marketing: marketing.state === 'shown' ? (item.marketing.guess?.mean ?? null) : null,
          }
        : null,
      whisker: {
        it: it.state === 'shown' ? whisker(item.it) : null,
        marketing: marketing.state === 'shown' ? whisker(item.marketing) : null,
      },
      sureness: sureness(gapTest(item), gapScale),
      split: splitSides(item),
    };
  });
  const size = (row: DumbbellRow) => (row.gap === null ? -1 : Math.abs(row.gap));
  rows.sort((x, y) => size(y) - size(x));

  let domain = fixedDomain(measure, config);
  const fixed = domain !== null;
  if (domain === null) {
    const largest =
      max(
        rows.flatMap((row) => [
          shownValue(row.it),
          shownValue(row.marketing),
          row.benchmark?.cio,
          row.benchmark?.cmo,
          row.benchmark?.overall,
        ]),
        (v) => v ?? undefined,
      ) ?? 1;
    domain = [
      0,
      scaleLinear()
        .domain([0, Math.max(1, largest)])
        .nice()
        .domain()[1]!,
    ];
  }
  const sources = [...new Set([...published.values()].map((b) => `${b.source}, ${b.year}`))];
  const decimals = measure === 'top-two-box-percent' || measure === 'above-midpoint-percent' ? 0 : 1;
  return {
    rows,
    domain,
    fixedDomain: fixed,
    measure,
    ...labelFor(measure, config),
    decimals,
    prediction: guesses,
    sources,
  };
}

/** A figure as the chart prints it: "75%", "6.3". */
export function dumbbellValue(data: DumbbellData, value: number): string {
  return figure.number(value, { decimals: data.decimals, unit: data.unit });
}

export function dumbbellTable(data: DumbbellData, caption: string): ChartTable {
  const withUnit = (v: number) => dumbbellValue(data, v);
  const maybe = (v: number | null | undefined) => (v === null || v === undefined ? '—' : withUnit(v));
  const columns = ['Item', `IT ${data.valueLabel}`, `Marketing ${data.valueLabel}`, 'Gap (IT − Marketing)'];
  if (data.prediction) columns.push("IT's guess of Marketing", "Marketing's guess of IT");
  if (data.sources.length > 0) columns.push('Published CIO figure', 'Published CMO figure');
  const overall = data.rows.some((row) => row.benchmark?.overall != null);
  if (overall) columns.push('Published, both sides');
  const sure = data.rows.some((row) => row.sureness !== null);
  const split = data.rows.some((row) => row.split.it || row.split.marketing);
  if (sure) columns.push('Gap, 95% interval', 'How sure');
  if (split) columns.push('Split within a side');
  return {
    caption,
    columns,
    rows: data.rows.map((row) => {
      const cells = [
        row.label,
        sideCell(row.it, withUnit),
        sideCell(row.marketing, withUnit),
        figure.gap(row.gap, { decimals: data.decimals }),
      ];
      if (data.prediction) cells.push(maybe(row.guess?.it), maybe(row.guess?.marketing));
      if (data.sources.length > 0) cells.push(maybe(row.benchmark?.cio), maybe(row.benchmark?.cmo));
      if (overall) cells.push(maybe(row.benchmark?.overall));
      if (sure) {
        const interval = row.sureness?.interval;
        cells.push(
          figure.interval(interval?.low, interval?.high, (v) => figure.gap(v, { decimals: data.decimals })),
          row.sureness?.words ?? '—',
        );
      }
      if (split) cells.push(splitWords(row.split));
      return cells;
    }),
  };
}

/** "IT", "Marketing", "both", or "—". */
export function splitWords(split: { readonly it: boolean; readonly marketing: boolean }): string {
  if (split.it && split.marketing) return 'both';
  if (split.it) return 'IT';
  if (split.marketing) return 'Marketing';
  return '—';
}

export function describeDumbbell(data: DumbbellData): string {
  const parts = [`IT's and Marketing's ${data.valueLabel} for ${data.rows.length} items, joined, largest gap first.`];
  const first = data.rows[0];
  if (first && first.gap !== null) {
    parts.push(
      `Largest gap: ${first.label}, IT ${dumbbellValue(data, shownValue(first.it)!)} and Marketing ${dumbbellValue(data, shownValue(first.marketing)!)}.`,
    );
  }
  if (data.sources.length > 0) parts.push(`Published CIO and CMO figures are marked (${data.sources.join('; ')}).`);
  if (data.rows.some((row) => row.benchmark?.overall != null)) {
    parts.push('A figure published for both sides together is marked with a diamond on the line.');
  }
  if (data.prediction) parts.push("Each side's guess of the other side's answer is marked with a hollow marker.");
  if (first?.sureness) parts.push(`The largest gap is a ${first.sureness.words}.`);
  const split = data.rows.filter((row) => row.split.it || row.split.marketing);
  if (split.length > 0) {
    parts.push(`Split within a side: ${split.map((row) => `${row.label} (${splitWords(row.split)})`).join(', ')}.`);
  }
  return parts.join(' ');
}
