import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { meanInterval, type Interval, type ItemResult } from '../../shared/analytics';
import { type GapSureness, splitSides, sureness } from './certainty';
import { splitWords } from './dumbbell.data';
import * as figure from '../../shared/figures';
import { type SideValue, shownValue, sideCell, sideValue } from './sides';
import type { ChartTable } from './table';

/**
 * What the bars measure. `mean` draws each side's mean from `min`; with `max` null the
 * axis ends at the largest mean, rounded up. `rank-score` turns a mean rank into a score
 * where the top of n items scores n, so that the longest bar is the highest priority.
 */
export type ButterflyMeasure =
  | { readonly kind: 'mean'; readonly label: string; readonly min: number; readonly max: number | null }
  | { readonly kind: 'rank-score'; readonly itemCount: number };

export interface ButterflyRow {
  readonly itemId: string;
  readonly label: string;
  readonly it: SideValue;
  readonly marketing: SideValue;
  /** Ranking: each side's mean rank, which the score is made from. */
  readonly meanRank: { readonly it: number | null; readonly marketing: number | null } | null;
  /** Each side's 95% interval of its bar's value, for whiskers; null when hidden, empty or without spread. */
  readonly whisker: { readonly it: Interval | null; readonly marketing: Interval | null };
  /** How sure the gap between the two means is (for a ranking, of the mean ranks). */
  readonly sureness: GapSureness | null;
  /** Whether each side is itself split on the item. */
  readonly split: { readonly it: boolean; readonly marketing: boolean };
}

export interface ButterflyData {
  readonly rows: readonly ButterflyRow[];
  /** Where a bar starts and the value at the end of the axis. */
  readonly domain: readonly [number, number];
  /** What a bar's length is, in words: "mean points (of 100)". */
  readonly valueLabel: string;
  readonly measure: ButterflyMeasure;
}

export type ButterflyOrder = 'combined' | 'agenda';

const rankScore = (itemCount: number) => (side: { mean: number | null }) =>
  side.mean === null ? null : itemCount + 1 - side.mean;

/**
 * Rows for the butterfly chart, IT's bar to the left of the labels and Marketing's to the
 * right. `combined` puts the items the two sides rate highest together first (ties keep
 * agenda order; items with no figure on either side go last).
 */
export function butterflyData(
  items: readonly ItemResult[],
  measure: ButterflyMeasure,
  order: ButterflyOrder = 'combined',
): ButterflyData {
  const pick =
    measure.kind === 'rank-score' ? rankScore(measure.itemCount) : (side: { mean: number | null }) => side.mean;
  // A score is itemCount + 1 − the mean rank, so the interval of the mean rank turns round.
  const whisker = (side: ItemResult['it']): Interval | null => {
    if (side.suppressed) return null;
    const interval = meanInterval(side);
    if (interval === null || measure.kind !== 'rank-score') return interval;
    return { low: measure.itemCount + 1 - interval.high, high: measure.itemCount + 1 - interval.low };
  };
  const rows: ButterflyRow[] = items.map((item) => ({
    itemId: item.itemId,
    label: item.label,
    it: sideValue(item.it, pick),
    marketing: sideValue(item.marketing, pick),
    meanRank:
      measure.kind === 'rank-score'
        ? {
            it: item.it.suppressed ? null : item.it.mean,
            marketing: item.marketing.suppressed ? null : item.marketing.mean,
          }
        : null,
    whisker: { it: whisker(item.it), marketing: whisker(item.marketing) },
    sureness: sureness(item.certainty),
    split: splitSides(item),
  }));
  if (order === 'combined') {
    const combined = (row: ButterflyRow) => {
      const values = [shownValue(row.it), shownValue(row.marketing)].filter((v): v is number => v !== null);
      return values.length === 0 ? -Infinity : values.reduce((a, b) => a + b, 0) / values.length;
    };
    rows.sort((a, b) => combined(b) - combined(a));
  }
  let domain: [number, number];
  let valueLabel: string;
  if (measure.kind === 'rank-score') {
    domain = [0, Math.max(1, measure.itemCount)];
    valueLabel = `score (top of ${measure.itemCount} = ${measure.itemCount})`;
  } else {
    const largest = max(
      rows.flatMap((row) => [shownValue(row.it), shownValue(row.marketing)]),
      (v) => v ?? undefined,
    );
    const end =
      measure.max ??
      scaleLinear()
        .domain([measure.min, Math.max(largest ?? 1, measure.min + 1)])
        .nice()
        .domain()[1]!;
    domain = [measure.min, end];
    valueLabel = measure.label;
  }
  return { rows, domain, valueLabel, measure };
}

export function butterflyTable(data: ButterflyData, caption: string): ChartTable {
  const base = butterflyValueTable(data, caption);
  const sure = data.rows.some((row) => row.sureness !== null);
  const split = data.rows.some((row) => row.split.it || row.split.marketing);
  if (!sure && !split) return base;
  return {
    ...base,
    columns: [...base.columns, ...(sure ? ['How sure the gap is'] : []), ...(split ? ['Split within a side'] : [])],
    rows: base.rows.map((cells, i) => {
      const row = data.rows[i]!;
      return [...cells, ...(sure ? [row.sureness?.words ?? '—'] : []), ...(split ? [splitWords(row.split)] : [])];
    }),
  };
}

function butterflyValueTable(data: ButterflyData, caption: string): ChartTable {
  const value = (side: SideValue) => sideCell(side, figure.number);
  if (data.measure.kind === 'rank-score') {
    const rank = (side: SideValue, mean: number | null) =>
      side.state === 'shown' && mean !== null ? figure.number(mean) : sideCell(side, figure.number);
    return {
      caption,
      columns: ['Item', 'IT mean rank', 'IT score', 'Marketing mean rank', 'Marketing score'],
      rows: data.rows.map((row) => [
        row.label,
        rank(row.it, row.meanRank?.it ?? null),
        value(row.it),
        rank(row.marketing, row.meanRank?.marketing ?? null),
        value(row.marketing),
      ]),
    };
  }
  return {
    caption,
    columns: ['Item', `IT ${data.valueLabel}`, `Marketing ${data.valueLabel}`],
    rows: data.rows.map((row) => [row.label, value(row.it), value(row.marketing)]),
  };
}

/** A sentence for screen readers: what the bars show and where each side is highest. */
export function describeButterfly(data: ButterflyData): string {
  const top = (side: 'it' | 'marketing') => {
    let best: ButterflyRow | null = null;
    for (const row of data.rows) {
      const v = shownValue(row[side]);
      if (v !== null && (best === null || v > shownValue(best[side])!)) best = row;
    }
    return best === null ? null : `${best.label} (${figure.number(shownValue(best[side])!)})`;
  };
  const parts = [`IT's ${data.valueLabel} to the left, Marketing's to the right, for ${data.rows.length} items.`];
  const it = top('it');
  const marketing = top('marketing');
  if (it) parts.push(`IT's highest: ${it}.`);
  if (marketing) parts.push(`Marketing's highest: ${marketing}.`);
  return parts.join(' ');
}
