import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle } from 'd3-shape';
import type { ReactNode } from 'react';
import { FONT, LINE, SIDE_NAMES, type ChartSide } from './theme';

export type MarkerShape = 'circle' | 'square' | 'triangle-down' | 'triangle-up' | 'diamond';

/** Each side's own shape, so the two stay apart in greyscale print too. */
export const SIDE_SHAPES: Readonly<Record<ChartSide, MarkerShape>> = { it: 'circle', marketing: 'square' };

const SYMBOLS = {
  circle: symbolCircle,
  square: symbolSquare,
  'triangle-down': symbolTriangle,
  'triangle-up': symbolTriangle,
  diamond: symbolDiamond,
} as const;

/** A d3 symbol path of about `radius`, centred on 0,0. */
export function markerPath(shape: MarkerShape, radius: number): string {
  const area =
    shape === 'circle' ? Math.PI * radius * radius : shape === 'square' ? 3.4 * radius * radius : 3.6 * radius * radius;
  return symbol(SYMBOLS[shape], area)() ?? '';
}

export function Marker({
  shape,
  x,
  y,
  radius,
  className,
}: {
  shape: MarkerShape;
  x: number;
  y: number;
  radius: number;
  className: string;
}) {
  const rotate = shape === 'triangle-down' ? ' rotate(180)' : '';
  return <path className={className} d={markerPath(shape, radius)} transform={`translate(${x} ${y})${rotate}`} />;
}

/** Lines of text centred vertically on `y`. */
export function Lines({
  lines,
  x,
  y,
  anchor = 'start',
  className,
  lineHeight = LINE,
  fontSize = FONT.label,
}: {
  lines: readonly string[];
  x: number;
  y: number;
  anchor?: 'start' | 'middle' | 'end';
  className?: string;
  lineHeight?: number;
  fontSize?: number;
}) {
  const first = y - ((lines.length - 1) * lineHeight) / 2;
  return (
    <text className={className} x={x} y={first} textAnchor={anchor} dominantBaseline="central" fontSize={fontSize}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** The words that stand in for a suppressed or empty side. */
export function Note({
  x,
  y,
  text,
  anchor = 'middle',
}: {
  x: number;
  y: number;
  text: string;
  anchor?: 'start' | 'middle' | 'end';
}) {
  return (
    <text className="chart-note" x={x} y={y} textAnchor={anchor} dominantBaseline="central" fontSize={FONT.small}>
      {text}
    </text>
  );
}

/** One legend entry: a marker or swatch and its words. Returns its width for the next entry. */
export function LegendEntry({
  x,
  y,
  label,
  children,
  className = 'chart-legend-text',
}: {
  x: number;
  y: number;
  label: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <g transform={`translate(${x} ${y})`}>
      {children}
      <text className={className} x={18} y={0} dominantBaseline="central" fontSize={FONT.small}>
        {label}
      </text>
    </g>
  );
}

export function SideSwatch({ side }: { side: ChartSide }) {
  return <rect className={`fill-${side}`} x={-2} y={-8} width={14} height={16} rx={2} />;
}

export const sideLabel = (side: ChartSide, n?: number) =>
  n === undefined ? SIDE_NAMES[side] : `${SIDE_NAMES[side]} (n = ${n})`;

/** Vertical grid lines and tick labels along a horizontal scale. */
export function XAxis({
  ticks,
  x,
  top,
  bottom,
  format,
  labelY,
}: {
  ticks: readonly number[];
  x: (value: number) => number;
  top: number;
  bottom: number;
  format: (value: number) => string;
  labelY: number;
}) {
  return (
    <g className="chart-axis" aria-hidden="true">
      {ticks.map((tick) => (
        <g key={tick}>
          <line className="chart-grid" x1={x(tick)} x2={x(tick)} y1={top} y2={bottom} />
          <text x={x(tick)} y={labelY} textAnchor="middle" dominantBaseline="central" fontSize={FONT.small}>
            {format(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}
