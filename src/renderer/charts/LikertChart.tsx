import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import { ChartFrame } from './ChartFrame';
import { stackRows } from './layout';
import type { ChartProps } from './common';
import * as figure from '../../shared/figures';
import { placeLegend } from './legend';
import { type LikertBar, type LikertData, describeLikert, likertTable } from './likert.data';
import { Lines, Note, XAxis } from './marks';
import { useMotion, useTween } from './motion';
import { isCut, textWidth, wrapText } from './text';
import {
  CHART_WIDTH,
  EMPTY_NOTE,
  FONT,
  LIKERT_COLORS,
  LIKERT_TEXT,
  LINE,
  PAD,
  SUPPRESSED_NOTE,
  type ChartSide,
} from './theme';

const LABEL_WIDTH = 300;
// Wide enough for the two panels' end ticks ("100%" and "100%") to stand apart.
const PANEL_GAP = 60;
// Room past the right panel for the half of its last tick ("100%") that sticks out, inside the drawing.
const END_TICK = 12;
const PANEL_WIDTH = (CHART_WIDTH - PAD - END_TICK - (PAD + LABEL_WIDTH + 24) - PANEL_GAP) / 2;
const PANELS: Readonly<Record<ChartSide, number>> = {
  it: PAD + LABEL_WIDTH + 24,
  marketing: PAD + LABEL_WIDTH + 24 + PANEL_WIDTH + PANEL_GAP,
};
const BAR = 32;

/** Diverging stacked bars: each statement's answers per side, disagree left of centre, agree right. */
export function LikertChart({ data, static: still, ...props }: ChartProps & { readonly data: LikertData }) {
  const animate = useMotion(still);
  const x = scaleLinear().domain([-1, 1]).range([0, PANEL_WIDTH]);

  const legend = useMemo(
    () =>
      placeLegend(
        data.levels.map((label, i) => ({ key: String(i + 1), label, level: i })),
        16,
      ),
    [data.levels],
  );
  const layout = useMemo(() => {
    const top = legend.bottom + 52;
    const labelled = data.rows.map((row) => ({ row, lines: wrapText(row.label, LABEL_WIDTH, FONT.label, 5) }));
    const stacked = stackRows(labelled, top, ({ lines }) => Math.max(BAR + 24, lines.length * LINE + 20));
    return { rows: stacked.rows.map(({ item, mid }) => ({ ...item, mid })), top, bottom: stacked.bottom };
  }, [data.rows, legend.bottom]);

  const target = useMemo(() => {
    const values: Record<string, number> = {};
    for (const { row } of layout.rows) {
      for (const side of ['it', 'marketing'] as const) {
        const bar = row[side];
        if (bar.state !== 'shown') continue;
        for (const s of bar.segments) {
          values[`${side}:${row.itemId}:${s.level}:0`] = s.x0;
          values[`${side}:${row.itemId}:${s.level}:1`] = s.x1;
        }
      }
    }
    return values;
  }, [layout]);
  const shown = useTween(target, animate, () => 0);

  function bar(side: ChartSide, value: LikertBar, itemId: string, mid: number) {
    const left = PANELS[side];
    if (value.state !== 'shown') {
      return (
        <Note x={left + PANEL_WIDTH / 2} y={mid} text={value.state === 'suppressed' ? SUPPRESSED_NOTE : EMPTY_NOTE} />
      );
    }
    return value.segments.map((segment) => {
      const x0 = left + x(shown[`${side}:${itemId}:${segment.level}:0`] ?? 0);
      const x1 = left + x(shown[`${side}:${itemId}:${segment.level}:1`] ?? 0);
      const width = Math.max(0, x1 - x0);
      const label = figure.share(segment.share);
      return (
        <g key={segment.level}>
          <rect
            className="likert-segment"
            x={x0}
            y={mid - BAR / 2}
            width={width}
            height={BAR}
            fill={LIKERT_COLORS[segment.level - 1]}
          />
          {width >= textWidth(label, FONT.small) + 8 && (
            <text
              x={(x0 + x1) / 2}
              y={mid}
              textAnchor="middle"
              dominantBaseline="central"
              fontSize={FONT.small}
              style={{ fill: LIKERT_TEXT[segment.level - 1] }}
              className="likert-share"
            >
              {label}
            </text>
          )}
        </g>
      );
    });
  }

  const ticks = [-1, -0.5, 0, 0.5, 1];
  const height = layout.bottom + 44;

  return (
    <ChartFrame
      {...props}
      kind="likert"
      height={height}
      description={describeLikert(data)}
      table={likertTable(data, `${props.title}: share of each side giving each answer`)}
    >
      <g className="chart-legend">
        {legend.placed.map(({ item, x: lx, y: ly }) => (
          <g key={item.key} transform={`translate(${lx} ${ly})`}>
            <rect x={-2} y={-9} width={16} height={18} rx={2} fill={LIKERT_COLORS[item.level]} />
            <text className="chart-legend-text" x={20} y={0} dominantBaseline="central" fontSize={FONT.small}>
              {item.label}
            </text>
          </g>
        ))}
      </g>
      {(['it', 'marketing'] as const).map((side) => (
        <g key={side}>
          <text
            className={`text-${side} chart-header-text`}
            x={PANELS[side] + PANEL_WIDTH / 2}
            y={layout.top - 24}
            textAnchor="middle"
            dominantBaseline="central"
            fontSize={FONT.header}
          >
            {side === 'it' ? 'IT' : 'Marketing'}
          </text>
          <rect className={`fill-${side}`} x={PANELS[side]} y={layout.top - 8} width={PANEL_WIDTH} height={4} />
          <XAxis
            ticks={ticks}
            x={(v) => PANELS[side] + x(v)}
            top={layout.top}
            bottom={layout.bottom}
            format={(v) => (v === 0 ? '0' : figure.share(Math.abs(v)))}
            labelY={layout.bottom + 20}
          />
        </g>
      ))}
      {(['it', 'marketing'] as const).map((side) => (
        <line
          key={side}
          className="chart-baseline"
          x1={PANELS[side] + x(0)}
          x2={PANELS[side] + x(0)}
          y1={layout.top}
          y2={layout.bottom}
        />
      ))}
      {layout.rows.map(({ row, lines, mid }) => (
        <g key={row.itemId}>
          <g>
            {isCut(lines, row.label) && <title>{row.label}</title>}
            <Lines className="chart-label" lines={lines} x={PAD} y={mid} />
          </g>
          {bar('it', row.it, row.itemId, mid)}
          {bar('marketing', row.marketing, row.itemId, mid)}
        </g>
      ))}
    </ChartFrame>
  );
}
