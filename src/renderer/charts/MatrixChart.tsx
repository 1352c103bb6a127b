import { useMemo } from 'react';
import type { MatrixQuadrant } from '../../shared/kinds/matrix';
import { ChartFrame } from './ChartFrame';
import type { ChartProps } from './common';
import * as figure from '../../shared/figures';
import { stackRows } from './layout';
import { type MatrixData, type MatrixPlace, byDistance, describeMatrix, matrixTable, placeWords } from './matrix.data';
import { Lines, Marker, SIDE_SHAPES, sideLabel } from './marks';
import { useMotion, useTween } from './motion';
import { isCut, wrapText } from './text';
import { CHART_WIDTH, EMPTY_NOTE, FONT, LINE, PAD, SUPPRESSED_NOTE, type ChartSide } from './theme';
import './matrix.css';

// Wider than tall, so that on the projector, where the height runs out first, the
// smallest text still reads at 24 px or more; no text is smaller than SMALL.
const SMALL = FONT.value;
const LEFT = 56;
const TOP = 52;
const SIZE = 430;
const RIGHT = LEFT + SIZE;
const BOTTOM = TOP + SIZE;
const MARK = 16;
const KEY_X = RIGHT + 44;
const KEY_NUMBER = 34;
const KEY_FIGURE = 58;
const KEY_LABEL = CHART_WIDTH - PAD - KEY_X - KEY_NUMBER - KEY_FIGURE;

const sx = (value: number) => LEFT + (value / 10) * SIZE;
const sy = (value: number) => BOTTOM - (value / 10) * SIZE;
const TICKS = [0, 2, 4, 6, 8, 10];

/** Where each quadrant's label sits: in its outer corner, away from the middle where points crowd. */
const QUADRANT_CORNERS: Readonly<Record<MatrixQuadrant, { x: number; y: number; anchor: 'start' | 'end' }>> = {
  topLeft: { x: LEFT + 12, y: TOP + 22, anchor: 'start' },
  topRight: { x: RIGHT - 12, y: TOP + 22, anchor: 'end' },
  bottomLeft: { x: LEFT + 12, y: BOTTOM - 22, anchor: 'start' },
  bottomRight: { x: RIGHT - 12, y: BOTTOM - 22, anchor: 'end' },
};

/** "(0 = Not ready, 10 = Fully ready)", or nothing when the axis has no end labels. */
function axisEnds(axis: MatrixData['x']): string {
  const ends = [axis.minLabel && `0 = ${axis.minLabel}`, axis.maxLabel && `10 = ${axis.maxLabel}`].filter(Boolean);
  return ends.length === 0 ? '' : `(${ends.join(', ')})`;
}

const shown = (place: MatrixPlace): place is Extract<MatrixPlace, { state: 'shown' }> => place.state === 'shown';

const missing = (place: MatrixPlace) =>
  place.state === 'suppressed' ? SUPPRESSED_NOTE : place.state === 'empty' ? EMPTY_NOTE : null;

const APART = MARK * 2 + 3;

/**
 * Moves marks that overlap apart, a few pixels at a time, until none is closer than APART
 * to another (or after enough rounds). Returns each moved mark's offset from its true place.
 */
function separate(marks: { key: string; x: number; y: number; cx: number; cy: number }[]) {
  // Marks at the very same place first go round it in a ring just wide enough to hold them.
  const atPlace = new Map<string, typeof marks>();
  for (const mark of marks) {
    const place = `${Math.round(mark.x)}:${Math.round(mark.y)}`;
    atPlace.set(place, [...(atPlace.get(place) ?? []), mark]);
  }
  for (const group of atPlace.values()) {
    if (group.length < 2) continue;
    const radius = APART / (2 * Math.sin(Math.PI / group.length));
    group.forEach((mark, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / group.length;
      mark.cx = mark.x + radius * Math.cos(angle);
      mark.cy = mark.y + radius * Math.sin(angle);
    });
  }
  for (let round = 0; round < 60; round++) {
    let moved = false;
    for (let i = 0; i < marks.length; i++) {
      for (let j = i + 1; j < marks.length; j++) {
        const a = marks[i]!;
        const b = marks[j]!;
        let dx = b.cx - a.cx;
        let dy = b.cy - a.cy;
        let distance = Math.hypot(dx, dy);
        if (distance >= APART) continue;
        if (distance < 0.01) {
          const angle = (2 * Math.PI * (i + j)) / (marks.length + 1);
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          distance = 1;
        }
        const push = (APART - Math.max(distance, 0.01)) / 2 + 0.5;
        a.cx -= (dx / distance) * push;
        a.cy -= (dy / distance) * push;
        b.cx += (dx / distance) * push;
        b.cy += (dy / distance) * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return new Map(marks.map((m) => [m.key, { dx: m.cx - m.x, dy: m.cy - m.y }]));
}

/**
 * The 2×2: each item's mean place for IT (circle) and Marketing (square), numbered and
 * joined by a line, over the four quadrants; the items are listed beside it, furthest
 * apart first.
 */
export function MatrixChart({
  data,
  static: still,
  certainty = false,
  ...props
}: ChartProps & { readonly data: MatrixData }) {
  const animate = useMotion(still);

  const target = useMemo(() => {
    const values: Record<string, number> = {};
    for (const row of data.rows) {
      for (const side of ['it', 'marketing'] as const) {
        const place = row[side];
        if (!shown(place)) continue;
        values[`${side}:x:${row.itemId}`] = place.x;
        values[`${side}:y:${row.itemId}`] = place.y;
      }
    }
    return values;
  }, [data.rows]);
  // On first display the points move out from the middle of the square.
  const tweened = useTween(target, animate, () => 5);

  // Points that would overlap (two items, or both sides, at or near the same place) are
  // nudged apart just enough that every number stays readable; the table has the figures.
  const offsets = useMemo(() => {
    const marks: { key: string; x: number; y: number; cx: number; cy: number }[] = [];
    for (const row of data.rows) {
      for (const side of ['it', 'marketing'] as const) {
        const place = row[side];
        if (shown(place)) {
          const x = sx(place.x);
          const y = sy(place.y);
          marks.push({ key: `${side}:${row.itemId}`, x, y, cx: x, cy: y });
        }
      }
    }
    return separate(marks);
  }, [data.rows]);

  const key = useMemo(() => {
    const entries = byDistance(data.rows).map((row) => ({
      row,
      lines: wrapText(row.label, KEY_LABEL, FONT.label, 2),
      // A line under the figure says why a side is missing, or how sure the distance is.
      under: missing(row.it) !== null || missing(row.marketing) !== null || (certainty && row.sureness !== null),
    }));
    return stackRows(entries, TOP + 30, (entry) => Math.max(entry.under ? 2 : 1, entry.lines.length) * LINE + 14);
  }, [data.rows, certainty]);
  const height = Math.max(BOTTOM + 92, key.bottom + 16);

  const at = (side: ChartSide, row: MatrixData['rows'][number]) => {
    const offset = offsets.get(`${side}:${row.itemId}`);
    return {
      x: sx(tweened[`${side}:x:${row.itemId}`] ?? 5) + (offset?.dx ?? 0),
      y: sy(tweened[`${side}:y:${row.itemId}`] ?? 5) + (offset?.dy ?? 0),
    };
  };

  return (
    <ChartFrame
      {...props}
      kind="matrix"
      height={height}
      description={describeMatrix(data)}
      table={matrixTable(data, `${props.title}: where each side places each item, furthest apart first`, certainty)}
    >
      <g className="chart-legend">
        {(['it', 'marketing'] as const).map((side, i) => (
          <g key={side} transform={`translate(${KEY_X + i * 150} 22)`}>
            <Marker shape={SIDE_SHAPES[side]} className={`fill-${side} matrix-mark`} x={8} y={0} radius={10} />
            <text className="chart-legend-text" x={26} y={0} dominantBaseline="central" fontSize={SMALL}>
              {sideLabel(side)}
            </text>
          </g>
        ))}
      </g>

      <rect className="matrix-square" x={LEFT} y={TOP} width={SIZE} height={SIZE} />
      <g className="chart-axis" aria-hidden="true">
        {TICKS.map((tick) => (
          <g key={tick}>
            <line className="matrix-grid" x1={sx(tick)} x2={sx(tick)} y1={TOP} y2={BOTTOM} />
            <line className="matrix-grid" x1={LEFT} x2={RIGHT} y1={sy(tick)} y2={sy(tick)} />
            <text x={sx(tick)} y={BOTTOM + 20} textAnchor="middle" dominantBaseline="central" fontSize={SMALL}>
              {tick}
            </text>
            <text x={LEFT - 10} y={sy(tick)} textAnchor="end" dominantBaseline="central" fontSize={SMALL}>
              {tick}
            </text>
          </g>
        ))}
      </g>
      <line className="matrix-midline" x1={sx(5)} x2={sx(5)} y1={TOP} y2={BOTTOM} />
      <line className="matrix-midline" x1={LEFT} x2={RIGHT} y1={sy(5)} y2={sy(5)} />

      {(Object.keys(QUADRANT_CORNERS) as MatrixQuadrant[]).map((quadrant) => {
        const corner = QUADRANT_CORNERS[quadrant];
        const lines = wrapText(data.quadrants[quadrant], SIZE / 2 - 30, FONT.label, 2);
        const top = quadrant.startsWith('top');
        return (
          <g key={quadrant}>
            {isCut(lines, data.quadrants[quadrant]) && <title>{data.quadrants[quadrant]}</title>}
            <Lines
              className="matrix-quadrant"
              lines={lines}
              x={corner.x}
              y={top ? corner.y + ((lines.length - 1) * LINE) / 2 : corner.y - ((lines.length - 1) * LINE) / 2}
              anchor={corner.anchor}
              fontSize={FONT.label}
            />
          </g>
        );
      })}

      <text x={LEFT - 28} y={22} dominantBaseline="central" fontSize={FONT.header}>
        <tspan className="chart-header-text">↑ {data.y.name}</tspan>
        {axisEnds(data.y) && (
          <tspan className="chart-muted" fontSize={SMALL}>
            {'  '}
            {axisEnds(data.y)}
          </tspan>
        )}
      </text>
      <text x={LEFT} y={BOTTOM + 52} dominantBaseline="central" fontSize={FONT.header}>
        <tspan className="chart-header-text">{data.x.name} →</tspan>
        {axisEnds(data.x) && (
          <tspan className="chart-muted" fontSize={SMALL}>
            {'  '}
            {axisEnds(data.x)}
          </tspan>
        )}
      </text>

      {data.rows.map((row) => {
        if (!shown(row.it) || !shown(row.marketing)) return null;
        const a = at('it', row);
        const b = at('marketing', row);
        return <line key={`link-${row.itemId}`} className="matrix-link" x1={a.x} y1={a.y} x2={b.x} y2={b.y} />;
      })}
      {data.rows.map((row) =>
        (['it', 'marketing'] as const).map((side) => {
          const place = row[side];
          if (!shown(place)) return null;
          const { x, y } = at(side, row);
          return (
            <g key={`${side}-${row.itemId}`}>
              <title>{`${row.label} — ${side === 'it' ? 'IT' : 'Marketing'}: ${placeWords(data, place.x, place.y)}`}</title>
              <Marker shape={SIDE_SHAPES[side]} className={`fill-${side} matrix-mark`} x={x} y={y} radius={MARK} />
              <text
                className="matrix-number"
                x={x}
                y={y}
                textAnchor="middle"
                dominantBaseline="central"
                fontSize={SMALL}
              >
                {row.number}
              </text>
            </g>
          );
        }),
      )}

      <text className="chart-muted" x={KEY_X} y={TOP + 8} dominantBaseline="central" fontSize={SMALL}>
        Items, furthest apart first
      </text>
      <text
        className="chart-muted"
        x={CHART_WIDTH - PAD}
        y={TOP + 8}
        textAnchor="end"
        dominantBaseline="central"
        fontSize={SMALL}
      >
        apart
      </text>
      {key.rows.map(({ item: { row, lines }, top }) => {
        const note = missing(row.it) ?? missing(row.marketing);
        const mid = top + LINE / 2 + 4;
        return (
          <g key={`key-${row.itemId}`}>
            <text className="chart-value" x={KEY_X} y={mid} dominantBaseline="central" fontSize={FONT.value}>
              {row.number}
            </text>
            <g>
              {isCut(lines, row.label) && <title>{row.label}</title>}
              <Lines
                className="chart-label"
                lines={lines}
                x={KEY_X + KEY_NUMBER}
                y={mid + ((lines.length - 1) * LINE) / 2}
              />
            </g>
            <text
              className="chart-value"
              x={CHART_WIDTH - PAD}
              y={mid}
              textAnchor="end"
              dominantBaseline="central"
              fontSize={FONT.value}
            >
              {row.distance === null ? '—' : figure.number(row.distance)}
            </text>
            {(note || (certainty && row.sureness)) && (
              <text
                className={note ? 'chart-note' : `chart-verdict verdict-${row.sureness!.verdict}`}
                x={CHART_WIDTH - PAD}
                y={mid + LINE}
                textAnchor="end"
                dominantBaseline="central"
                fontSize={SMALL}
              >
                {note ? `${row.it.state === 'shown' ? 'Marketing' : 'IT'}: ${note}` : row.sureness!.short}
              </text>
            )}
          </g>
        );
      })}
    </ChartFrame>
  );
}
