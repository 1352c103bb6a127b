import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { Convergence } from '../../shared/analytics';
import type { ActivityKind } from '../../shared/domain';
import * as figure from '../../shared/figures';
import { chartScale, comparedByDistribution, ordersItems } from '../../shared/kinds';
import type { ChartTable } from './table';

export interface ConvergenceRow {
  readonly itemId: string;
  readonly label: string;
  /**
   * `lean`: how far the sides' means are apart, positive when IT is higher (for a ranking:
   * when IT ranks the item higher). `disconnect`: 0..100. Null when a round has no figure.
   */
  readonly before: number | null;
  readonly after: number | null;
  /** The sides came closer (true), moved apart (false), or it cannot be told (null). */
  readonly narrowed: boolean | null;
  /**
   * What the row says: `unchanged` when the figures shown for the two rounds are the same,
   * so a label never reads "closer 100% → 100%".
   */
  readonly movement: Movement;
}

export type Movement = 'closer' | 'apart' | 'unchanged' | null;

export interface ConvergenceData {
  /** `lean` for answers with a mean, `disconnect` for ownership and choice. */
  readonly measure: 'lean' | 'disconnect';
  readonly rows: readonly ConvergenceRow[];
  /** For `lean`, symmetric around 0; for `disconnect`, 0..100. */
  readonly domain: readonly [number, number];
  readonly fromRound: number;
  readonly toRound: number;
  readonly valueLabel: string;
  /** Written after a `lean` figure (" pp" for a gap of shares); empty otherwise. */
  readonly unit: string;
  /** For `disconnect`: what 0% and 100% mean. */
  readonly scaleNote: string;
  /** Mean divergence over the items, 0..1, in each round. */
  readonly divergenceBefore: number | null;
  readonly divergenceAfter: number | null;
}

/**
 * Each item's gap in the first round and in the latest, largest first gap on top. For
 * answers with a mean the gap keeps its direction (IT higher to the left, Marketing higher
 * to the right); for ownership and choice it is the disconnect.
 */
export function convergenceData(convergence: Convergence, kind: ActivityKind): ConvergenceData {
  const categorical = comparedByDistribution(kind);
  const scale = chartScale(kind);
  const flip = (ordersItems(kind) ? -1 : 1) * scale.gapFactor;
  const rows: ConvergenceRow[] = convergence.items.map((item) => {
    const value = (gap: number | null, divergence: number | null) =>
      categorical ? (divergence === null ? null : divergence * 100) : gap === null ? null : gap === 0 ? 0 : flip * gap;
    const before = value(item.gapBefore, item.divergenceBefore);
    const after = value(item.gapAfter, item.divergenceAfter);
    return {
      itemId: item.itemId,
      label: item.label,
      before,
      after,
      narrowed: item.narrowed,
      movement: movementOf(before, after, item.narrowed, categorical),
    };
  });
  const size = (row: ConvergenceRow) => (row.before === null ? -1 : Math.abs(row.before));
  rows.sort((a, b) => size(b) - size(a));
  let domain: [number, number];
  if (categorical) {
    domain = [0, 100];
  } else {
    const largest = max(
      rows.flatMap((row) => [row.before, row.after]),
      (v) => (v === null ? undefined : Math.abs(v)),
    );
    const end = scaleLinear()
      .domain([0, Math.max(largest ?? 0, 1e-9)])
      .nice()
      .domain()[1]!;
    domain = [-end, end];
  }
  return {
    measure: categorical ? 'disconnect' : 'lean',
    rows,
    domain,
    fromRound: convergence.fromRound,
    toRound: convergence.toRound,
    valueLabel: categorical ? scale.divergenceLabel : scale.gapUnit,
    unit: categorical ? '' : scale.gapSuffix,
    scaleNote: scale.divergenceNote,
    divergenceBefore: convergence.divergenceBefore,
    divergenceAfter: convergence.divergenceAfter,
  };
}

/** "IT +2.5", "Marketing +1", "48%". */
export function convergenceValue(data: ConvergenceData, value: number): string {
  if (data.measure === 'disconnect') return figure.percent(value);
  if (value === 0) return 'level';
  return `${value > 0 ? 'IT' : 'Marketing'} +${figure.number(Math.abs(value))}${data.unit}`;
}

function movementOf(before: number | null, after: number | null, narrowed: boolean | null, categorical: boolean) {
  if (before === null || after === null) return null;
  const shown = (v: number) => (categorical ? figure.whole(v) : figure.number(v));
  if (shown(before) === shown(after)) return 'unchanged';
  if (narrowed === null) return null;
  return narrowed ? 'closer' : 'apart';
}

const MOVEMENT_TEXT: Readonly<Record<Exclude<Movement, null>, string>> = {
  closer: 'closer',
  apart: 'further apart',
  unchanged: 'unchanged',
};

export function movementText(row: ConvergenceRow): string {
  return row.movement === null ? '—' : MOVEMENT_TEXT[row.movement];
}

export function convergenceTable(data: ConvergenceData, caption: string): ChartTable {
  const value = (v: number | null) => (v === null ? '—' : convergenceValue(data, v));
  return {
    caption,
    columns: [
      'Item',
      `Round ${data.fromRound}: ${data.valueLabel}`,
      `Round ${data.toRound}: ${data.valueLabel}`,
      'Movement',
    ],
    rows: data.rows.map((row) => [row.label, value(row.before), value(row.after), movementText(row)]),
  };
}

export function describeConvergence(data: ConvergenceData): string {
  const count = (movement: Movement) => data.rows.filter((row) => row.movement === movement).length;
  const unchanged = count('unchanged');
  const parts = [
    `How far apart IT and Marketing were on each item in round ${data.fromRound} (hollow marker) and in round ${data.toRound} (filled marker).`,
    `${count('closer')} of ${data.rows.length} items came closer, ${count('apart')} moved further apart` +
      (unchanged > 0 ? `, ${unchanged} did not move.` : '.'),
  ];
  if (data.divergenceBefore !== null && data.divergenceAfter !== null) {
    parts.push(
      `Average divergence went from ${figure.share(data.divergenceBefore)} to ${figure.share(data.divergenceAfter)}.`,
    );
  }
  return parts.join(' ');
}

/**
 * The move in a few characters, for beside the chart: "6.2 → 5.7" (the position on the
 * axis already says who is higher), naming the sides only when the lead changed hands.
 */
export function movementFigures(data: ConvergenceData, row: ConvergenceRow): string {
  const { before, after } = row;
  if (before === null || after === null) return '—';
  if (data.measure === 'disconnect') return `${figure.percent(before)} → ${figure.percent(after)}`;
  const side = (v: number) => (v > 0 ? 'IT ' : v < 0 ? 'Mkt ' : '');
  const swapped = before * after < 0;
  const part = (v: number) => `${swapped ? side(v) : ''}${figure.number(Math.abs(v))}`;
  return `${part(before)} → ${part(after)}${data.unit}`;
}
