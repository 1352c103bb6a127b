import type { BenchmarkComparison, ItemResult } from '../../shared/analytics';
import * as figure from '../../shared/figures';
import type { ChartTable } from './table';
import { SUPPRESSED_NOTE, EMPTY_NOTE } from './theme';

export type ColumnState = 'shown' | 'suppressed' | 'empty';
export type SlopeEmphasis = 'far' | 'crossing' | 'same-order';

export interface SlopeRow {
  readonly itemId: string;
  readonly label: string;
  /** The item's place in each side's aggregate order (ties averaged), when known. */
  readonly it: number | null;
  readonly marketing: number | null;
  /** Where the item is drawn in each column, 0 at the top. */
  readonly itSlot: number;
  readonly marketingSlot: number;
  /** How many other items it changes places with between the two orders. */
  readonly crossings: number;
  /** How many places apart the two sides put it. */
  readonly distance: number | null;
  /**
   * How strongly its line is drawn: `far` for the widest disagreements among the lines that
   * cross, `crossing` for the other lines that cross, `same-order` for the rest.
   */
  readonly emphasis: SlopeEmphasis;
  /** The published CIO and CMO positions, when the item carries them. */
  readonly published: { readonly cio: number | null; readonly cmo: number | null } | null;
}

export interface SlopeData {
  readonly rows: readonly SlopeRow[];
  /** Every pair of items whose order differs between the sides, by item id. */
  readonly crossings: readonly (readonly [string, string])[];
  readonly it: ColumnState;
  readonly marketing: ColumnState;
}

function columnState(items: readonly ItemResult[], side: 'it' | 'marketing'): ColumnState {
  if (items.some((item) => item[side].suppressed)) return 'suppressed';
  return items.some((item) => item.aggregatePosition?.[side] != null) ? 'shown' : 'empty';
}

/**
 * Draw order for one column: by position; a tie is broken by the other side's position
 * (then agenda order), so tied items never look as if they swapped places.
 */
function slots(rows: readonly { it: number | null; marketing: number | null }[], side: 'it' | 'marketing'): number[] {
  const other = side === 'it' ? 'marketing' : 'it';
  const key = (v: number | null) => v ?? Infinity;
  const order = rows
    .map((row, index) => index)
    .sort((a, b) => key(rows[a]![side]) - key(rows[b]![side]) || key(rows[a]![other]) - key(rows[b]![other]) || a - b);
  const slot = new Array<number>(rows.length);
  order.forEach((index, s) => (slot[index] = s));
  return slot;
}

/**
 * IT's aggregate order on the left, Marketing's on the right. Two items cross when the
 * sides put them in opposite order; ties on either side are not a crossing.
 */
export function slopeData(items: readonly ItemResult[], benchmarks: readonly BenchmarkComparison[] = []): SlopeData {
  const it = columnState(items, 'it');
  const marketing = columnState(items, 'marketing');
  const positions = items.map((item) => ({
    it: it === 'shown' ? (item.aggregatePosition?.it ?? null) : null,
    marketing: marketing === 'shown' ? (item.aggregatePosition?.marketing ?? null) : null,
  }));
  const crossings: [string, string][] = [];
  const count = new Array<number>(items.length).fill(0);
  for (let a = 0; a < items.length; a++) {
    for (let b = a + 1; b < items.length; b++) {
      const p = positions[a]!;
      const q = positions[b]!;
      if (p.it === null || q.it === null || p.marketing === null || q.marketing === null) continue;
      if ((p.it - q.it) * (p.marketing - q.marketing) < 0) {
        crossings.push([items[a]!.itemId, items[b]!.itemId]);
        count[a]!++;
        count[b]!++;
      }
    }
  }
  const itSlots = slots(positions, 'it');
  const marketingSlots = slots(positions, 'marketing');
  const published = new Map(
    benchmarks.filter((b) => b.measure === 'aggregate-position').map((b) => [b.itemId, b] as const),
  );
  // The few widest disagreements: at least two places (and a quarter of the list) apart,
  // and among the three largest distances, so a reversed room still shows its extremes.
  const distances = positions
    .map(({ it: a, marketing: b }) => (a === null || b === null ? -1 : Math.abs(a - b)))
    .sort((a, b) => b - a);
  const far = Math.max(2, items.length / 4, distances[2] ?? 0);
  const rows = items.map((item, i): SlopeRow => {
    const benchmark = published.get(item.itemId);
    const { it: a, marketing: b } = positions[i]!;
    const distance = a === null || b === null ? null : Math.abs(a - b);
    const emphasis: SlopeEmphasis =
      count[i]! === 0 ? 'same-order' : distance !== null && distance >= far ? 'far' : 'crossing';
    return {
      itemId: item.itemId,
      label: item.label,
      it: positions[i]!.it,
      marketing: positions[i]!.marketing,
      itSlot: itSlots[i]!,
      marketingSlot: marketingSlots[i]!,
      crossings: count[i]!,
      distance,
      emphasis,
      published: benchmark ? { cio: benchmark.it.benchmark, cmo: benchmark.marketing.benchmark } : null,
    };
  });
  return { rows, crossings, it, marketing };
}

const column = (state: ColumnState, position: number | null) =>
  state === 'suppressed' ? SUPPRESSED_NOTE : position === null ? EMPTY_NOTE : figure.position(position);

export function slopeTable(data: SlopeData, caption: string): ChartTable {
  const withPublished = data.rows.some((row) => row.published !== null);
  const columns = ['Item', "IT's order", "Marketing's order", 'Places apart', 'Changes places with'];
  if (withPublished) columns.push('Published CIO rank', 'Published CMO rank');
  const rows = [...data.rows]
    .sort((a, b) => a.itSlot - b.itSlot)
    .map((row) => {
      const cells = [
        row.label,
        column(data.it, row.it),
        column(data.marketing, row.marketing),
        row.distance === null ? '—' : figure.number(row.distance),
        row.it === null || row.marketing === null ? '—' : `${row.crossings} ${row.crossings === 1 ? 'item' : 'items'}`,
      ];
      if (withPublished) {
        cells.push(
          row.published?.cio == null ? '—' : figure.position(row.published.cio),
          row.published?.cmo == null ? '—' : figure.position(row.published.cmo),
        );
      }
      return cells;
    });
  return { caption, columns, rows };
}

export function describeSlope(data: SlopeData): string {
  const n = data.rows.length;
  const pairs = (n * (n - 1)) / 2;
  const parts = [`IT's order of ${n} items on the left, Marketing's on the right, with a line joining each item.`];
  if (data.it !== 'shown' || data.marketing !== 'shown') {
    parts.push(
      data.it === 'suppressed' || data.marketing === 'suppressed'
        ? `One side has ${SUPPRESSED_NOTE}.`
        : 'One side has no answers.',
    );
    return parts.join(' ');
  }
  parts.push(`${data.crossings.length} of ${pairs} pairs of items change places between the two orders.`);
  let mover: SlopeRow | null = null;
  for (const row of data.rows) {
    if (row.it === null || row.marketing === null) continue;
    if (mover === null || Math.abs(row.it - row.marketing) > Math.abs(mover.it! - mover.marketing!)) mover = row;
  }
  if (mover && mover.it !== mover.marketing) {
    parts.push(
      `Furthest apart: ${mover.label}, ${figure.position(mover.it!)} for IT and ${figure.position(mover.marketing!)} for Marketing.`,
    );
  }
  return parts.join(' ');
}
