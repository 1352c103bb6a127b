import type { AnalysisInput, WorkshopAnalysis } from './analytics';
import type { ActionItem, Activity, Note, Side, Workshop } from './domain';

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type Paper = (typeof PAPER_SIZES)[number];

/** One vote as the report's appendix lists it: people anonymized when the workshop is anonymous. */
export interface ReportVoteRow {
  readonly activity: string;
  readonly round: number;
  readonly participant: string;
  readonly side: Side;
  readonly item: string;
  readonly value: string;
}

/** Everything the printed report shows, in one answer. */
export interface ReportData {
  readonly workshop: Workshop;
  /** Names when anonymity is off; null when it is on (then only the counts are shown). */
  readonly participants:
    readonly { readonly name: string; readonly side: Side; readonly title: string | null }[] | null;
  readonly sideCounts: Readonly<Record<Side, number>>;
  readonly activities: readonly Activity[];
  readonly input: AnalysisInput;
  readonly analysis: WorkshopAnalysis;
  readonly notes: readonly Note[];
  readonly actionItems: readonly ActionItem[];
  readonly votes: readonly ReportVoteRow[];
  readonly generatedAt: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The footer Chromium prints on every page (Electron's printToPDF and the headless
 * command use the same one): the workshop's name and the page number.
 */
export function reportFooterTemplate(title: string): string {
  return (
    '<div style="font-family: Inter, Helvetica, Arial, sans-serif; font-size: 8px; color: #59616d; ' +
    'width: 100%; padding: 0 14mm; display: flex; justify-content: space-between;">' +
    `<span>${escapeHtml(title)} · Common Ground</span>` +
    '<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>'
  );
}

/** The margins the report's CSS lays out for (the footer sits in the bottom one). */
export const REPORT_MARGINS_MM = { top: 14, right: 14, bottom: 16, left: 14 } as const;
