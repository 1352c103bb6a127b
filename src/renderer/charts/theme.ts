/**
 * Geometry shared by every chart. Charts draw in a fixed 1000-unit-wide viewBox and scale
 * to their container, so these sizes are chosen for the room: on a 1920×1080 projector
 * the results view is about 1.4× the viewBox, which puts an 18-unit label near 25 px.
 */
export const CHART_WIDTH = 1000;
export const PAD = 16;

export const FONT = {
  /** Item labels. */
  label: 19,
  /** Numbers beside marks. */
  value: 18,
  /** Axis ticks, legends, notes. */
  small: 16,
  /** Column and panel headers. */
  header: 19,
} as const;

/** Line height for wrapped labels, in viewBox units. */
export const LINE = 23;

/** How long a chart takes to move to new numbers, in milliseconds. */
export const TWEEN_MS = 750;

export type ChartSide = 'it' | 'marketing';

/** The two compared sides, always in this order: IT on the left, Marketing on the right. */
export const CHART_SIDES: readonly ChartSide[] = ['it', 'marketing'];

export const SIDE_NAMES: Readonly<Record<ChartSide, string>> = { it: 'IT', marketing: 'Marketing' };

/**
 * The fixed side colours, as in styles.css (--it, --marketing). Charts use the CSS classes
 * in charts.css; these are for colours computed in script, such as heatmap cells.
 */
export const SIDE_COLORS: Readonly<Record<ChartSide, string>> = { it: '#0072b2', marketing: '#d55e00' };

/**
 * Likert levels 1..5, disagree to agree: purple to green (ColorBrewer PRGn, safe for
 * colour-blind viewers), so that neither end is mistaken for IT's blue or Marketing's orange.
 */
export const LIKERT_COLORS = ['#762a83', '#c2a5cf', '#d9d9d9', '#a6dba0', '#1b7837'] as const;

/** Text colour that stays readable on each likert level. */
export const LIKERT_TEXT = ['#ffffff', '#1d2127', '#1d2127', '#1d2127', '#ffffff'] as const;

export const SUPPRESSED_NOTE = 'fewer than 3 — not shown';
export const EMPTY_NOTE = 'no answers';
