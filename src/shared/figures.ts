/**
 * Every figure the app shows as text, written one way for the console, the charts, the
 * report, the PDF and the command line, so the same figure never reads differently in
 * two places.
 *
 * - Rounding is to the nearest, a half away from zero, on the number as written:
 *   0.285 → "29%", 1.15 → "1.2", −2.5 → "−3". Intl.NumberFormat does this on the
 *   decimal value; `toFixed` (and d3-format, which uses it) rounds the binary one
 *   (1.15 → "1.1"), and `Math.round` turns −2.5 into −2. Intl is built into Node and
 *   Chromium, so this module stays plain TypeScript with no dependency.
 * - Trailing zeros go: 6.0 → "6", 6.25 → "6.3".
 * - A negative figure is written with the true minus sign "−" (U+2212), never a hyphen;
 *   a figure that rounds to zero has no sign at all ("0", never "−0" or "+0").
 * - A difference (a gap, an interval's ends, an effect size) carries "+" when positive.
 * - A missing figure (null, undefined, NaN or infinite) is "—".
 * - Files meant for other programs (the votes CSV, `analyze --json`) keep raw numbers.
 */

/** What stands in for a figure that does not exist. */
export const MISSING = '—';

/** The minus sign of every negative figure. */
export const MINUS = '\u2212';

export type Figure = number | null | undefined;

export interface FigureOptions {
  /** Decimals at most; trailing zeros are dropped. */
  readonly decimals?: number;
  /** Written straight after the figure ("%", " pts", " years"), never after "—". */
  readonly unit?: string;
}

type Sign = 'negative' | 'exceptZero';

const formats = new Map<string, Intl.NumberFormat>();

function formatter(decimals: number, sign: Sign, style: 'decimal' | 'percent', grouping = false) {
  const key = `${decimals}|${sign}|${style}|${grouping}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en', {
      style,
      maximumFractionDigits: decimals,
      minimumFractionDigits: 0,
      signDisplay: sign,
      useGrouping: grouping,
    });
    formats.set(key, format);
  }
  return format;
}

function present(value: Figure): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function write(value: Figure, decimals: number, sign: Sign, unit = '', style: 'decimal' | 'percent' = 'decimal') {
  if (!present(value)) return MISSING;
  return `${formatter(decimals, sign, style).format(value).replace('-', MINUS)}${unit}`;
}

/** A plain figure, one decimal unless told: number(6.25) → "6.3", number(-1) → "−1". */
export function number(value: Figure, options: FigureOptions = {}): string {
  return write(value, options.decimals ?? 1, 'negative', options.unit);
}

/** A side's mean answer, one decimal unless told: mean(6.25) → "6.3", mean(4, { unit: '%' }) → "4%". */
export function mean(value: Figure, options: FigureOptions = {}): string {
  return number(value, options);
}

/** A whole number such as the alignment index: whole(72.5) → "73". */
export function whole(value: Figure): string {
  return write(value, 0, 'negative');
}

/** How many, grouped by thousands: count(1234) → "1,234". */
export function count(value: Figure): string {
  if (!present(value)) return MISSING;
  return formatter(0, 'negative', 'decimal', true).format(value).replace('-', MINUS);
}

/** A share 0..1 as a whole percentage: share(0.423) → "42%". */
export function share(value: Figure, options: Pick<FigureOptions, 'decimals'> = {}): string {
  return write(value, options.decimals ?? 0, 'negative', '', 'percent');
}

/** A percentage already on 0..100, whole: percent(42.3) → "42%". */
export function percent(value: Figure, options: Pick<FigureOptions, 'decimals'> = {}): string {
  return write(value, options.decimals ?? 0, 'negative', '%');
}

/** A mean rank, one decimal: rank(2.45) → "2.5". */
export function rank(value: Figure): string {
  return write(value, 1, 'negative');
}

/** A place in an order, as "#": position(3) → "#3", position(2.5) → "#2.5". */
export function position(value: Figure): string {
  return present(value) ? `#${rank(value)}` : MISSING;
}

/** Points out of a budget, whole: points(12) → "12 pts", points(1) → "1 pt". */
export function points(value: Figure): string {
  const figure = write(value, 0, 'negative');
  return figure === MISSING ? MISSING : `${figure} ${figure === '1' ? 'pt' : 'pts'}`;
}

/** A difference with its sign, one decimal unless told: gap(2.5) → "+2.5", gap(-1) → "−1", gap(0.04) → "0". */
export function gap(value: Figure, options: FigureOptions = {}): string {
  return write(value, options.decimals ?? 1, 'exceptZero', options.unit);
}

/** A difference between two shares 0..1 in percentage points: shareGap(0.12) → "+12 pp". */
export function shareGap(value: Figure): string {
  return present(value) ? gap(value * 100, { decimals: 0, unit: ' pp' }) : MISSING;
}

/** A difference between two percentages 0..100 in percentage points: percentGap(-12.4) → "−12 pp". */
export function percentGap(value: Figure): string {
  return gap(value, { decimals: 0, unit: ' pp' });
}

/** How far apart two distributions are, a share 0..1: apart(0.42) → "42% apart". */
export function apart(value: Figure): string {
  return present(value) ? `${share(value)} apart` : MISSING;
}

/** A standardized effect size (Hedges' g), two decimals with its sign: effectSize(0.834) → "+0.83". */
export function effectSize(value: Figure): string {
  return write(value, 2, 'exceptZero');
}

/** A p-value, three decimals, and "< 0.001" below that: pValue(0.0423) → "0.042". */
export function pValue(value: Figure): string {
  if (!present(value)) return MISSING;
  return value < 0.001 ? '< 0.001' : write(value, 3, 'negative');
}

/** An interval between two figures, each written by `figure`: interval(-0.5, 2, gap) → "−0.5 to +2". */
export function interval(low: Figure, high: Figure, figure: (value: number) => string = number): string {
  return present(low) && present(high) ? `${figure(low)} to ${figure(high)}` : MISSING;
}
