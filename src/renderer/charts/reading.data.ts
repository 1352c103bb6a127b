import { scaleLinear } from 'd3-scale';
import type { PredictionReading, SideReading } from '../../shared/analytics';
import * as figure from '../../shared/figures';
import type { PredictionConfig } from '../../shared/kinds/prediction';
import type { ChartTable } from './table';
import type { ChartSide } from './theme';

export interface ReadingRow {
  /** The side that guessed. */
  readonly side: ChartSide;
  /** "IT's guess of Marketing". */
  readonly label: string;
  /** Mean guess − the other side's mean answer: where the bar ends. */
  readonly meanError: number | null;
  /** How far a single voter's guess was, on average. */
  readonly meanAbsoluteError: number | null;
  readonly direction: SideReading['direction'];
  readonly items: number;
}

export interface ReadingData {
  readonly rows: readonly ReadingRow[];
  /** Symmetric around 0: underestimates to the left, overestimates to the right. */
  readonly domain: readonly [number, number];
  /** Appended to every number: the question's unit ("%"). */
  readonly unit: string;
  /** "Marketing read IT best", "Both sides read each other about as well", or null. */
  readonly headline: string | null;
}

const OTHER: Record<ChartSide, string> = { it: 'Marketing', marketing: 'IT' };
const NAME: Record<ChartSide, string> = { it: 'IT', marketing: 'Marketing' };

/**
 * How well each side read the other in a prediction activity: per side, its mean error
 * (a bar from 0, left when it underestimated the other side, right when it overestimated)
 * and how far a single voter's guess was on average.
 */
export function readingData(reading: PredictionReading | null, config: PredictionConfig): ReadingData {
  const rows: ReadingRow[] = (['it', 'marketing'] as const).map((side) => ({
    side,
    label: `${NAME[side]}'s guess of ${OTHER[side]}`,
    meanError: reading?.[side].meanError ?? null,
    meanAbsoluteError: reading?.[side].meanAbsoluteError ?? null,
    direction: reading?.[side].direction ?? null,
    items: reading?.[side].items ?? 0,
  }));
  let largest = 0;
  for (const row of rows) largest = Math.max(largest, Math.abs(row.meanError ?? 0), row.meanAbsoluteError ?? 0);
  const end =
    scaleLinear()
      .domain([0, largest > 0 ? largest : Math.max(1, (config.max - config.min) / 10)])
      .nice()
      .domain()[1] ?? 1;
  let headline: string | null = null;
  if (reading?.readBest === 'even') headline = 'Both sides read each other about as well';
  else if (reading?.readBest) headline = `${NAME[reading.readBest]} read ${OTHER[reading.readBest]} best`;
  return { rows, domain: [-end, end], unit: config.unit, headline };
}

/** "underestimates Marketing by 8%", "reads IT about right". */
export function readingWords(row: ReadingRow, unit: string): string {
  if (row.meanError === null || row.direction === null) return 'not enough answers';
  const other = OTHER[row.side];
  if (row.direction === 'about right') return `reads ${other} about right`;
  return `${row.direction} ${other} by ${figure.number(Math.abs(row.meanError))}${unit}`;
}

export function readingTable(data: ReadingData, caption: string): ChartTable {
  const value = (v: number | null, signed: boolean) =>
    v === null ? '—' : `${signed ? figure.gap(v) : figure.number(v)}${data.unit}`;
  return {
    caption,
    columns: ['Side', 'Mean error (guess − actual)', 'Off by, per voter', 'Reading', 'Items'],
    rows: data.rows.map((row) => [
      row.label,
      value(row.meanError, true),
      value(row.meanAbsoluteError, false),
      readingWords(row, data.unit),
      String(row.items),
    ]),
  };
}

export function describeReading(data: ReadingData): string {
  const parts = data.rows.map(
    (row) =>
      `${NAME[row.side]} ${readingWords(row, data.unit)}` +
      (row.meanAbsoluteError === null
        ? '.'
        : `; a single voter's guess was off by ${figure.number(row.meanAbsoluteError)}${data.unit} on average.`),
  );
  if (data.headline) parts.push(`${data.headline}.`);
  return parts.join(' ');
}
