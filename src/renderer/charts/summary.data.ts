import type { DivergenceEntry, WorkshopAnalysis } from '../../shared/analytics';
import { formatNumber, formatShare } from './format';
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
}

export interface SummaryData {
  /** 0..100; null when nothing can be compared. */
  readonly alignmentIndex: number | null;
  /** In words, for the room: "far apart", "partly aligned", "closely aligned". */
  readonly verdict: string | null;
  readonly rows: readonly SummaryRow[];
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
});

/** The alignment index and the largest divergences, largest first, as the analysis lists them. */
export function summaryData(analysis: WorkshopAnalysis, limit = 8): SummaryData {
  return {
    alignmentIndex: analysis.alignmentIndex,
    verdict: verdictFor(analysis.alignmentIndex),
    rows: analysis.topDivergences.slice(0, limit).map(rowOf),
  };
}

export function summaryTable(data: SummaryData, caption: string): ChartTable {
  return {
    caption,
    columns: ['Item', 'Activity', 'Divergence', 'Who is higher'],
    rows: [
      [
        'Alignment index',
        'whole workshop',
        data.alignmentIndex === null ? '—' : `${formatNumber(Math.round(data.alignmentIndex))} of 100`,
        '',
      ],
      ...data.rows.map((row) => [row.label, row.activityTitle, formatShare(row.divergence), row.leaning]),
    ],
  };
}

export function describeSummary(data: SummaryData): string {
  const parts: string[] = [];
  if (data.alignmentIndex === null) parts.push('No alignment index yet: nothing can be compared.');
  else
    parts.push(
      `Alignment index ${formatNumber(Math.round(data.alignmentIndex))} of 100 (${data.verdict}); 100 means IT and Marketing answered identically.`,
    );
  const first = data.rows[0];
  if (first) {
    parts.push(
      `${data.rows.length} largest divergences as bars from 0% to 100%; the largest is ${first.label} (${first.activityTitle}), ${formatShare(first.divergence)}, ${first.leaning}.`,
    );
  }
  return parts.join(' ');
}
