import type { WorkshopAnalysis } from './analytics';
import type { ActionItem, Activity, Note, Side, Workshop } from './domain';

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type Paper = (typeof PAPER_SIZES)[number];

/** What the consultant asks of a report: the paper, and whether every vote is listed at the end. */
export interface ReportOptions {
  readonly paper: Paper;
  readonly appendix: boolean;
}

/** One vote as the report's appendix lists it: people anonymized when the workshop is anonymous. */
export interface ReportVoteRow {
  readonly activity: string;
  readonly round: number;
  readonly participant: string;
  readonly side: Side;
  readonly item: string;
  readonly value: string;
}

/**
 * Everything the printed report shows, in one answer: the analysis is computed by the
 * core, so no raw vote reaches the page unless the appendix that lists them is asked for.
 */
export interface ReportData {
  readonly workshop: Workshop;
  /** Names when anonymity is off; null when it is on (then only the counts are shown). */
  readonly participants:
    readonly { readonly name: string; readonly side: Side; readonly title: string | null }[] | null;
  readonly sideCounts: Readonly<Record<Side, number>>;
  readonly activities: readonly Activity[];
  /** Every round that holds votes, revealed or not: the report is the facilitator's full record. */
  readonly analysis: WorkshopAnalysis;
  readonly notes: readonly Note[];
  readonly actionItems: readonly ActionItem[];
  /** The vote appendix's rows; null when the appendix was not asked for. */
  readonly votes: readonly ReportVoteRow[] | null;
  readonly generatedAt: string;
}

/** The report view's address in the renderer, for the app's hidden window and for headless Chromium alike. */
export function reportHash(workshopId: string, options: ReportOptions): string {
  return `#/report/${encodeURIComponent(workshopId)}?paper=${options.paper}${options.appendix ? '&appendix=1' : ''}`;
}

/** Reads the address `reportHash` writes; null for any other hash. */
export function parseReportHash(hash: string): ({ workshopId: string } & ReportOptions) | null {
  const match = /^#\/report\/([A-Za-z0-9_-]{1,64})(?:\?(.*))?$/.exec(hash);
  if (!match) return null;
  const query = new Map(
    (match[2] ?? '').split('&').map((pair): [string, string] => {
      const [key = '', value = ''] = pair.split('=');
      return [key, value];
    }),
  );
  return {
    workshopId: match[1]!,
    paper: query.get('paper') === 'letter' ? 'letter' : 'a4',
    appendix: query.get('appendix') === '1',
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The footer Chromium prints on every page: the workshop's name and the page number. */
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

/** Paper sizes in millimetres, portrait. */
export const PAPER_MM: Readonly<Record<Paper, { readonly width: number; readonly height: number }>> = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 },
};

const MM_PER_INCH = 25.4;

/** How a report page is printed, in the inches both Electron's printToPDF and Chromium's page.pdf accept. */
export interface ReportPdfSettings {
  readonly widthInches: number;
  readonly heightInches: number;
  readonly marginInches: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
  readonly headerTemplate: string;
  readonly footerTemplate: string;
}

export function reportPdfSettings(title: string, paper: Paper): ReportPdfSettings {
  const inches = (mm: number) => mm / MM_PER_INCH;
  return {
    widthInches: inches(PAPER_MM[paper].width),
    heightInches: inches(PAPER_MM[paper].height),
    marginInches: {
      top: inches(REPORT_MARGINS_MM.top),
      right: inches(REPORT_MARGINS_MM.right),
      bottom: inches(REPORT_MARGINS_MM.bottom),
      left: inches(REPORT_MARGINS_MM.left),
    },
    headerTemplate: '<span></span>',
    footerTemplate: reportFooterTemplate(title),
  };
}

/** The event the report view dispatches on `window` once it has rendered, or failed to. */
export const REPORT_SETTLED_EVENT = 'common-ground:report-settled';

/** What the report view leaves on `window` when it has settled, for a printer that asks later. */
export interface ReportSettled {
  readonly error: string | null;
}
