import { shareInterval, type IdeaCounts, type Interval, type ItemResult } from '../../shared/analytics';
import { bridges } from '../../shared/analytics/ideas';
import * as figure from '../../shared/figures';
import { type GapSureness, sureness } from './certainty';
import { type SideValue, sideCell, sideValue } from './sides';
import type { ChartTable } from './table';
import { CHART_SIDES, SIDE_NAMES, type ChartSide } from './theme';

export interface IdeasRow {
  readonly itemId: string;
  readonly label: string;
  /** The share (0..1) of each side's voters backing the idea. */
  readonly it: SideValue;
  readonly marketing: SideValue;
  /** Which side wrote the idea in the collect rounds; null where that is hidden or unknown. */
  readonly raisedBy: { readonly it: boolean | null; readonly marketing: boolean | null };
  readonly bridge: boolean;
  /** share(IT) − share(Marketing). */
  readonly gap: number | null;
  readonly sureness: GapSureness | null;
  /** Each side's 95% interval of its share, for whiskers. */
  readonly whisker: { readonly it: Interval | null; readonly marketing: Interval | null };
}

export interface IdeasData {
  readonly rows: readonly IdeasRow[];
  /** The ideas both sides backed, by label, strongest first. */
  readonly bridges: readonly string[];
}

const raised = (counts: IdeaCounts | null | undefined, side: ChartSide) => {
  const n = counts?.[side];
  return n === null || n === undefined ? null : n > 0;
};

/** Rows for the ideas chart, in the order the analysis gives them: most backed first. */
export function ideasData(items: readonly ItemResult[]): IdeasData {
  const share = (side: ItemResult['it']) => side.mean;
  const rows = items.map((item): IdeasRow => ({
    itemId: item.itemId,
    label: item.label,
    it: sideValue(item.it, share),
    marketing: sideValue(item.marketing, share),
    raisedBy: { it: raised(item.ideas?.raised, 'it'), marketing: raised(item.ideas?.raised, 'marketing') },
    bridge: item.ideas?.bridge ?? false,
    gap: item.gap,
    sureness: item.gap === null ? null : sureness(item.certainty),
    whisker: {
      it: item.it.suppressed ? null : shareInterval(item.it.mean, item.it.n),
      marketing: item.marketing.suppressed ? null : shareInterval(item.marketing.mean, item.marketing.n),
    },
  }));
  return { rows, bridges: bridges(items).map((item) => item.label) };
}

/** "IT and Marketing", "IT", "neither", or "not shown" when a side is hidden. */
export function raisedWords(row: IdeasRow): string {
  const sides = CHART_SIDES.filter((side) => row.raisedBy[side] === true).map((side) => SIDE_NAMES[side]);
  if (sides.length > 0) return sides.join(' and ');
  return CHART_SIDES.some((side) => row.raisedBy[side] === null) ? 'not shown' : 'neither side';
}

export function ideasTable(data: IdeasData, caption: string): ChartTable {
  const share = (side: SideValue) => sideCell(side, figure.share);
  return {
    caption,
    columns: ['Idea', 'IT backing it', 'Marketing backing it', 'Gap', 'How sure the gap is', 'Raised by', 'Bridge'],
    rows: data.rows.map((row) => [
      row.label,
      share(row.it),
      share(row.marketing),
      figure.shareGap(row.gap),
      row.sureness?.words ?? figure.MISSING,
      raisedWords(row),
      row.bridge ? 'yes: both sides backed it' : 'no',
    ]),
  };
}

export function describeIdeas(data: IdeasData): string {
  const parts = [`The share of each side's voters backing each of ${data.rows.length} ideas, IT above Marketing.`];
  parts.push(
    data.bridges.length === 0
      ? 'No idea is backed by at least a third of both sides.'
      : `Bridges, backed by at least a third of both sides: ${data.bridges.join('; ')}.`,
  );
  return parts.join(' ');
}
