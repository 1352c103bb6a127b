import writeXlsxFile, { type Cell, type Row, type Sheet } from 'write-excel-file/node';
import type { ActivityResult, BenchmarkComparison, ItemResult, SideResult } from '../../shared/analytics';
import type { Activity, Side } from '../../shared/domain';
import { kindOf } from '../../shared/kinds';
import type { SummaryAxis } from '../../shared/kinds/types';
import { optionsOf } from '../../shared/options';
import type { ReportData } from '../../shared/report';

/** The sheets of the workbook, in order; the tests read them back by these names. */
export const WORKBOOK_SHEETS = ['Summary', 'Votes', 'Agreements'] as const;

export const SUMMARY_COLUMNS = [
  'Activity',
  'Kind',
  'Round',
  'Item',
  'Measure',
  'IT',
  'Marketing',
  'Gap (IT − Marketing)',
  'Divergence',
  'IT voters',
  'Marketing voters',
  'Published, CIOs',
  'Published, CMOs',
  'Published, overall',
  'Source',
] as const;

export const VOTES_COLUMNS = ['Activity', 'Round', 'Item', 'Participant', 'Side', 'Answer'] as const;

export const AGREEMENTS_COLUMNS = ['Kind', 'What', 'IT owner', 'Marketing owner', 'Due', 'Activity'] as const;

const SIDE_WORDS: Readonly<Record<Side, string>> = { it: 'IT', marketing: 'Marketing', other: 'Other' };

const PERCENT = '0%';
const ONE_DECIMAL = '0.0';
const WHOLE = '0';

const header = (columns: readonly string[]): Row =>
  columns.map((value) => ({ value, fontWeight: 'bold', backgroundColor: '#EEEBE4', wrap: true }));

const number = (value: number | null | undefined, format: string): Cell =>
  value === null || value === undefined || !Number.isFinite(value) ? null : { value, format };

/** A published figure in the unit the source gives: a percentage becomes a share, so it reads as 42%. */
function published(value: number | null | undefined, comparison: BenchmarkComparison | undefined): Cell {
  if (value === null || value === undefined || !comparison) return null;
  // Figures are kept as printed: 42% stays 42%, 15.75% keeps its decimals, a rank stays whole.
  const exact = Number.isInteger(value) ? '0' : '0.0#';
  return /%|percent/i.test(comparison.unit) ? { value: value / 100, format: `${exact}%` } : { value, format: exact };
}

function source(comparison: BenchmarkComparison | undefined): Cell {
  return comparison ? `${comparison.source}, ${comparison.year}` : null;
}

function voters(side: SideResult): Cell {
  return { value: side.n, format: WHOLE };
}

/** Ownership and choice: one row per option, each side's share choosing it beside the published share. */
function optionRows(activity: Activity, result: ActivityResult, item: ItemResult, comparison?: BenchmarkComparison) {
  const options = optionsOf(activity.config);
  const round = result.latest!;
  return options.map((option): Row => {
    const it = item.it.suppressed ? null : (item.it.shares?.[option.id] ?? null);
    const marketing = item.marketing.suppressed ? null : (item.marketing.shares?.[option.id] ?? null);
    return [
      activity.title,
      activity.kind,
      number(round.roundNumber, WHOLE),
      item.label,
      `share choosing “${option.label}”`,
      number(it, PERCENT),
      number(marketing, PERCENT),
      number(it !== null && marketing !== null ? it - marketing : null, PERCENT),
      number(item.disconnect, PERCENT),
      voters(item.it),
      voters(item.marketing),
      published(comparison?.distribution?.cio?.[option.id], comparison),
      published(comparison?.distribution?.cmo?.[option.id], comparison),
      null,
      comparison?.distribution ? source(comparison) : null,
    ];
  });
}

/** A matrix: one row per axis, each side's mean place on it; the divergence is the item's distance. */
function axisRows(activity: Activity, axes: readonly SummaryAxis[], result: ActivityResult, item: ItemResult) {
  return axes.map((axis): Row => {
    const { it, marketing } = axis.means(item);
    return [
      activity.title,
      activity.kind,
      number(result.latest!.roundNumber, WHOLE),
      item.label,
      axis.label,
      number(it, ONE_DECIMAL),
      number(marketing, ONE_DECIMAL),
      number(it !== null && marketing !== null ? it - marketing : null, ONE_DECIMAL),
      number(item.divergence, PERCENT),
      voters(item.it),
      voters(item.marketing),
      null,
      null,
      null,
      null,
    ];
  });
}

/** One row per item: each side's figure as the kind sums it up (a mean, or the share agreeing). */
function figureRow(
  activity: Activity,
  measure: { readonly label: string; readonly figure: 'mean' | 'share' },
  result: ActivityResult,
  item: ItemResult,
  comparison?: BenchmarkComparison,
) {
  const share = measure.figure === 'share';
  const format = share ? PERCENT : ONE_DECIMAL;
  const figure = (side: SideResult) => (side.suppressed ? null : share ? side.top2Share : side.mean);
  const gap = share ? item.top2Gap : item.gap;
  return [
    activity.title,
    activity.kind,
    number(result.latest!.roundNumber, WHOLE),
    item.label,
    measure.label,
    number(figure(item.it), format),
    number(figure(item.marketing), format),
    number(gap, format),
    number(item.divergence, PERCENT),
    voters(item.it),
    voters(item.marketing),
    published(comparison?.it.benchmark, comparison),
    published(comparison?.marketing.benchmark, comparison),
    published(comparison?.overall?.benchmark, comparison),
    source(comparison),
  ] satisfies Row;
}

function summarySheet(data: ReportData): Sheet<Buffer> {
  const rows: Row[] = [header(SUMMARY_COLUMNS)];
  const results = new Map(data.analysis.activities.map((a) => [a.activityId, a]));
  for (const activity of data.activities) {
    const result = results.get(activity.id);
    if (!result?.latest || result.latest.voters.total === 0) continue;
    const comparisons = new Map(result.benchmarks.map((b) => [b.itemId, b]));
    for (const item of result.latest.items) {
      const comparison = comparisons.get(item.itemId);
      const summary = kindOf(activity.config).text.summary(activity.config);
      if (summary.rows === 'options') rows.push(...optionRows(activity, result, item, comparison));
      else if (summary.rows === 'axes') rows.push(...axisRows(activity, summary.axes, result, item));
      else rows.push(figureRow(activity, summary, result, item, comparison));
    }
  }
  return {
    sheet: 'Summary',
    data: rows,
    stickyRowsCount: 1,
    columns: [34, 11, 7, 38, 28, 10, 11, 12, 11, 9, 10, 11, 11, 11, 40].map((width) => ({ width })),
  };
}

function votesSheet(data: ReportData): Sheet<Buffer> {
  const rows: Row[] = [header(VOTES_COLUMNS)];
  for (const vote of data.votes ?? []) {
    rows.push([
      vote.activity,
      { value: vote.round, format: WHOLE },
      vote.item,
      vote.participant,
      SIDE_WORDS[vote.side],
      vote.value,
    ]);
  }
  return {
    sheet: 'Votes',
    data: rows,
    stickyRowsCount: 1,
    columns: [34, 7, 38, 16, 11, 30].map((width) => ({ width })),
  };
}

function agreementsSheet(data: ReportData): Sheet<Buffer> {
  const titles = new Map(data.activities.map((a) => [a.id, a.title]));
  const rows: Row[] = [header(AGREEMENTS_COLUMNS)];
  for (const item of data.actionItems) {
    const due = item.dueDate ? new Date(`${item.dueDate}T00:00:00Z`) : null;
    rows.push([
      item.kind === 'agreement' ? 'Agreement' : 'Action',
      { value: item.text, wrap: true },
      item.ownerIt,
      item.ownerMarketing,
      due ? { value: due, format: 'd mmm yyyy' } : null,
      item.activityId ? (titles.get(item.activityId) ?? null) : null,
    ]);
  }
  return {
    sheet: 'Agreements',
    data: rows,
    stickyRowsCount: 1,
    columns: [11, 60, 20, 20, 12, 34].map((width) => ({ width })),
  };
}

/**
 * The workshop as a spreadsheet: each side's figures per item with the published ones
 * beside them, every vote in words, and what was agreed. Built from the report's own
 * content (with its vote rows), so the workbook and the PDF never disagree.
 */
export async function workbookFor(data: ReportData): Promise<Buffer> {
  return writeXlsxFile([summarySheet(data), votesSheet(data), agreementsSheet(data)]).toBuffer();
}
