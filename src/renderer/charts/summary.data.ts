import type { DivergenceEntry, WorkshopAnalysis } from '../../shared/analytics';
import { type GapSureness, sureness } from './certainty';
import { splitWords } from './dumbbell.data';
import * as figure from '../../shared/figures';
import { favouredSide, leaningPhrase } from './sides';
import type { ChartTable } from './table';
import type { ChartSide } from './theme';

export interface SummaryRow {
  readonly key: string;
  readonly label: string;
  readonly activityTitle: string;
  /** 0..1, the scale every kind shares. */
  readonly divergence: number;
  /** The side the gap favours; null for ownership and choice, whose disconnect has no direction. */
  readonly favours: ChartSide | null;
  /** "Marketing ranks it higher", "IT higher", "different answers". */
  readonly leaning: string;
  /** How sure the gap is: the verdict, adjusted across the workshop, and its interval. */
  readonly sureness: GapSureness | null;
  /** Whether each side is itself split on the item. */
  readonly split: { readonly it: boolean; readonly marketing: boolean };
}

/** `size`: the largest divergences first; `sureness`: the gaps the room can be surest of first. */
export type SummaryOrder = 'size' | 'sureness';

export interface SummaryData {
  /** 0..100; null when nothing can be compared. */
  readonly alignmentIndex: number | null;
  /** In words, for the room: "far apart", "partly aligned", "closely aligned". */
  readonly verdict: string | null;
  readonly rows: readonly SummaryRow[];
  /** How the rows are ordered. */
  readonly order: SummaryOrder;
}

/** How the index reads in the room: a reading aid for the facilitator, not a published scale. */
export function verdictFor(index: number | null): string | null {
  if (index === null) return null;
  if (index < 60) return 'far apart';
  if (index < 80) return 'partly aligned';
  return 'closely aligned';
}

const rowOf = (entry: DivergenceEntry): SummaryRow => ({
  key: `${entry.activityId}:${entry.itemId}`,
  label: entry.label,
  activityTitle: entry.activityTitle,
  divergence: entry.divergence,
  favours: favouredSide(entry.kind, entry.gap),
  leaning: leaningPhrase(entry.kind, entry.gap, entry.disconnect),
  sureness: sureness(entry.certainty),
  split: entry.split,
});

/**
 * The alignment index and the divergences as the analysis lists them: the largest first,
 * or (`sureness`) the ones the room can be surest of first.
 */
export function summaryData(analysis: WorkshopAnalysis, limit = 8, order: SummaryOrder = 'size'): SummaryData {
  const entries = order === 'sureness' ? analysis.surestDivergences : analysis.topDivergences;
  return {
    alignmentIndex: analysis.alignmentIndex,
    verdict: verdictFor(analysis.alignmentIndex),
    rows: entries.slice(0, limit).map(rowOf),
    order,
  };
}

export function summaryTable(data: SummaryData, caption: string): ChartTable {
  return {
    caption,
    columns: ['Item', 'Activity', 'Divergence', 'Who is higher', 'How sure', 'Split within a side'],
    rows: [
      [
        'Alignment index',
        'whole workshop',
        data.alignmentIndex === null ? '—' : `${figure.whole(data.alignmentIndex)} of 100`,
        '',
        '',
        '',
      ],
      ...data.rows.map((row) => [
        row.label,
        row.activityTitle,
        figure.share(row.divergence),
        row.leaning,
        row.sureness?.words ?? '—',
        splitWords(row.split),
      ]),
    ],
  };
}

export function describeSummary(data: SummaryData): string {
  const parts: string[] = [];
  if (data.alignmentIndex === null) parts.push('No alignment index yet: nothing can be compared.');
  else
    parts.push(
      `Alignment index ${figure.whole(data.alignmentIndex)} of 100 (${data.verdict}); 100 means IT and Marketing answered identically.`,
    );
  const first = data.rows[0];
  if (first) {
    parts.push(
      `${data.rows.length} largest divergences as bars from 0% to 100%; the largest is ${first.label} (${first.activityTitle}), ${figure.share(first.divergence)}, ${first.leaning}.`,
    );
  }
  return parts.join(' ');
}
