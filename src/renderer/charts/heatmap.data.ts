import type { BenchmarkComparison, ItemResult } from '../../shared/analytics';
import type { Option } from '../../shared/domain';
import * as figure from '../../shared/figures';
import { findOption } from '../../shared/options';
import type { ChartTable } from './table';
import { EMPTY_NOTE, SUPPRESSED_NOTE, type ChartSide } from './theme';

/**
 * `items-as-rows`: a row per item, a column per option (ownership: seven investment areas
 * by four owners). `options-as-rows`: the reverse, for a question with few items and long
 * option labels, which would not fit as column headers.
 */
export type HeatmapOrientation = 'items-as-rows' | 'options-as-rows';

export interface HeatmapCell {
  readonly itemId: string;
  readonly optionId: string;
  readonly state: 'shown' | 'suppressed' | 'empty';
  /** Share of the side's voters on the item who picked the option. */
  readonly share: number | null;
  /** The published share of the side's counterparts (CIOs, CMOs) choosing the option, 0..1, where a study gives it. */
  readonly published?: number | null;
}

export interface HeatmapItem {
  readonly itemId: string;
  readonly label: string;
  /** Total variation distance between the sides' answers, 0..1. */
  readonly disconnect: number | null;
  /** Each side's most picked option (the first listed wins a tie). */
  readonly leading: Readonly<Record<ChartSide, string | null>>;
}

export interface HeatmapData {
  readonly orientation: HeatmapOrientation;
  readonly rows: readonly { readonly id: string; readonly label: string }[];
  readonly columns: readonly { readonly id: string; readonly label: string }[];
  /** Per side, cells[row][column]. */
  readonly cells: Readonly<Record<ChartSide, readonly (readonly HeatmapCell[])[]>>;
  readonly items: readonly HeatmapItem[];
}

const LONG_OPTION = 18;

export function heatmapOrientation(itemCount: number, options: readonly Option[]): HeatmapOrientation {
  const long = options.some((option) => option.label.length > LONG_OPTION);
  return itemCount < options.length || long ? 'options-as-rows' : 'items-as-rows';
}

function cell(item: ItemResult, side: ChartSide, optionId: string): HeatmapCell {
  const result = item[side];
  if (result.suppressed) return { itemId: item.itemId, optionId, state: 'suppressed', share: null };
  if (result.n === 0 || result.shares === null) return { itemId: item.itemId, optionId, state: 'empty', share: null };
  return { itemId: item.itemId, optionId, state: 'shown', share: result.shares[optionId] ?? 0 };
}

function leading(item: ItemResult, side: ChartSide, options: readonly Option[]): string | null {
  const shares = item[side].shares;
  if (item[side].suppressed || shares === null) return null;
  let best: Option | null = null;
  for (const option of options) if (best === null || (shares[option.id] ?? 0) > (shares[best.id] ?? 0)) best = option;
  return best && (shares[best.id] ?? 0) > 0 ? best.id : null;
}

/** A published distribution's share for one side and option, 0..1; percent units are read as percentages. */
function publishedShare(
  benchmarks: readonly BenchmarkComparison[],
  itemId: string,
  side: ChartSide,
  optionId: string,
): number | null {
  const comparison = benchmarks.find((b) => b.itemId === itemId);
  const value = comparison?.distribution?.[side === 'it' ? 'cio' : 'cmo']?.[optionId];
  if (value === undefined || !comparison) return null;
  return /%|percent/i.test(comparison.unit) ? value / 100 : value;
}

/**
 * Each side's share per option and item, one panel per side, with the disconnect per
 * item, and the published share beside the room's where a study gives a distribution.
 */
export function heatmapData(
  items: readonly ItemResult[],
  options: readonly Option[],
  orientation: HeatmapOrientation = heatmapOrientation(items.length, options),
  benchmarks: readonly BenchmarkComparison[] = [],
): HeatmapData {
  const byItems = orientation === 'items-as-rows';
  const itemRefs = items.map((item) => ({ id: item.itemId, label: item.label }));
  const optionRefs = options.map((option) => ({ id: option.id, label: option.label }));
  const withPublished = (item: ItemResult, side: ChartSide, optionId: string): HeatmapCell => {
    const published = publishedShare(benchmarks, item.itemId, side, optionId);
    const base = cell(item, side, optionId);
    return published === null ? base : { ...base, published };
  };
  const panel = (side: ChartSide) =>
    byItems
      ? items.map((item) => options.map((option) => withPublished(item, side, option.id)))
      : options.map((option) => items.map((item) => withPublished(item, side, option.id)));
  return {
    orientation,
    rows: byItems ? itemRefs : optionRefs,
    columns: byItems ? optionRefs : itemRefs,
    cells: { it: panel('it'), marketing: panel('marketing') },
    items: items.map((item) => ({
      itemId: item.itemId,
      label: item.label,
      disconnect: item.disconnect,
      leading: { it: leading(item, 'it', options), marketing: leading(item, 'marketing', options) },
    })),
  };
}

const cellText = (c: HeatmapCell) =>
  c.state === 'suppressed' ? SUPPRESSED_NOTE : c.state === 'empty' ? EMPTY_NOTE : figure.share(c.share!);

/** One row per item and side, one column per option, and the disconnect. */
export function heatmapTable(data: HeatmapData, options: readonly Option[], caption: string): ChartTable {
  const rows: string[][] = [];
  data.items.forEach((item, i) => {
    for (const side of ['it', 'marketing'] as const) {
      const cells =
        data.orientation === 'items-as-rows' ? data.cells[side][i]! : options.map((_, o) => data.cells[side][o]![i]!);
      rows.push([
        item.label,
        side === 'it' ? 'IT' : 'Marketing',
        ...cells.map(cellText),
        item.disconnect === null ? '—' : figure.share(item.disconnect),
      ]);
      if (cells.some((c) => c.published != null)) {
        rows.push([
          item.label,
          side === 'it' ? 'Published, CIOs' : 'Published, CMOs',
          ...cells.map((c) => (c.published == null ? '—' : figure.share(c.published))),
          '',
        ]);
      }
    }
  });
  return { caption, columns: ['Item', 'Side', ...options.map((o) => o.label), 'Disconnect'], rows };
}

export function describeHeatmap(data: HeatmapData, options: readonly Option[]): string {
  const name = (id: string | null) => findOption(options, id)?.label ?? null;
  const parts = [
    `Share of each side choosing each option, IT's panel on the left and Marketing's on the right; darker is more. The disconnect (0% same answers, 100% no overlap) is given for each item.`,
  ];
  const published = Object.values(data.cells).some((panel) =>
    panel.some((row) => row.some((c) => c.published != null)),
  );
  if (published)
    parts.push('Where a study published its own split, its share is given under the room’s, marked “pub.”.');
  const widest = [...data.items].sort((a, b) => (b.disconnect ?? -1) - (a.disconnect ?? -1))[0];
  if (widest && widest.disconnect !== null) {
    const it = name(widest.leading.it);
    const marketing = name(widest.leading.marketing);
    parts.push(
      `Largest disconnect: ${widest.label} (${figure.share(widest.disconnect)})${it && marketing ? `, IT mostly "${it}" and Marketing mostly "${marketing}"` : ''}.`,
    );
  }
  return parts.join(' ');
}
