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

/**
 * The colours chart text is drawn in, and the surfaces and fills it is drawn on, for the
 * light app and report and for the dark presenter. styles.css and the presenter's themes
 * declare the same values as CSS variables (--ink, --ink-muted, --it-text, --mkt-text); a
 * test checks every text against every fill it can sit on: 4.5:1, or 3:1 from 24 px.
 */
export const CHART_SCHEMES = {
  light: {
    surfaces: ['#ffffff', '#f6f5f2'],
    ink: '#1d2127',
    muted: '#59616d',
    itText: '#0072b2',
    marketingText: '#a24400',
    closer: '#1b6b3a',
    apart: '#b3261e',
  },
  dark: {
    surfaces: ['#10141a', '#1b2129'],
    ink: '#f4f2ee',
    muted: '#aab3bf',
    itText: '#56b4e9',
    marketingText: '#f08a3c',
    closer: '#6fcf97',
    apart: '#ff8a80',
  },
} as const;

export type ChartScheme = keyof typeof CHART_SCHEMES;

/**
 * Heatmap cells run from the empty cell to a tint of the side's colour light enough that
 * ink stays readable on every share, so a cell's number never changes colour (and never
 * falls in the middle band where neither ink nor white reaches 4.5:1).
 */
export const HEAT_RAMP: Readonly<Record<ChartSide, readonly [string, string]>> = {
  it: ['#f5f4f0', '#4a99c5'],
  marketing: ['#f5f4f0', '#da7524'],
};

/** The numbers on heatmap cells, whatever the scheme: the cells are light in both. */
export const HEAT_TEXT = '#1d2127';

/** Relative luminance of an sRGB colour given as #rrggbb (WCAG 2.1). */
export function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [n >> 16, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
