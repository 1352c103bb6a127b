import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import type { ActivityKind } from '../../shared/domain';
import { ChartFrame } from './ChartFrame';
import { stackRows } from './layout';
import type { ChartProps } from './common';
import {
  type ConvergenceData,
  convergenceTable,
  describeConvergence,
  movementFigures,
  movementText,
} from './convergence.data';
import * as figure from '../../shared/figures';
import { ordersItems } from '../../shared/kinds';
import { Lines, markerPath, XAxis } from './marks';
import { useMotion, useTween } from './motion';
import { isCut, wrapText } from './text';
import { CHART_WIDTH, FONT, LINE, PAD } from './theme';

const LABEL_WIDTH = 290;
const PLOT_LEFT = PAD + LABEL_WIDTH + 40;
const PLOT_RIGHT = CHART_WIDTH - 190;
const DOT = 11;

/** Each item's gap in the first round and in the re-vote, with an arrow from one to the other. */
export function ConvergenceChart({
  data,
  kind,
  static: still,
  ...props
}: ChartProps & { readonly data: ConvergenceData; readonly kind: ActivityKind }) {
  const animate = useMotion(still);
  const lean = data.measure === 'lean';
  const [low, high] = data.domain;
  // A gap favouring IT is drawn on IT's side, the left.
  const x = scaleLinear()
    .domain(lean ? [high, low] : [low, high])
    .range([PLOT_LEFT, PLOT_RIGHT]);
  const top = 96;

  const layout = useMemo(() => {
    const labelled = data.rows.map((row) => ({ row, lines: wrapText(row.label, LABEL_WIDTH, FONT.label, 4) }));
    const stacked = stackRows(labelled, top, ({ lines }) => Math.max(56, lines.length * LINE + 20));
    return { rows: stacked.rows.map(({ item, mid }) => ({ ...item, mid })), bottom: stacked.bottom };
  }, [data.rows]);

  const target = useMemo(() => {
    const values: Record<string, number> = {};
    for (const row of data.rows) if (row.after !== null) values[row.itemId] = row.after;
    return values;
  }, [data.rows]);
  const before = useMemo(
    () => new Map(data.rows.map((row) => [row.itemId, row.before ?? row.after ?? 0])),
    [data.rows],
  );
  // The re-vote's marker travels from where round one left it.
  const shown = useTween(target, animate, (key) => before.get(key) ?? 0);

  const ticks = x.ticks(6);
  const format = (v: number) => (lean ? figure.number(Math.abs(v)) : figure.percent(v, { decimals: 1 }));
  const height = layout.bottom + 70;
  const higher = ordersItems(kind) ? 'ranks it higher' : 'higher';

  return (
    <ChartFrame
      {...props}
      kind="convergence"
      height={height}
      description={describeConvergence(data)}
      table={convergenceTable(data, `${props.title}: ${data.valueLabel} per round`)}
    >
      <g className="chart-legend">
        <g transform={`translate(${PAD} 18)`}>
          <circle className="round-before" cx={8} cy={0} r={8} />
          <text className="chart-legend-text" x={24} y={0} dominantBaseline="central" fontSize={FONT.small}>
            Round {data.fromRound}
          </text>
        </g>
        <g transform={`translate(${PAD + 130} 18)`}>
          <circle className="round-after" cx={8} cy={0} r={8} />
          <text className="chart-legend-text" x={24} y={0} dominantBaseline="central" fontSize={FONT.small}>
            Round {data.toRound} (re-vote)
          </text>
        </g>
      </g>
      {lean ? (
        <>
          <text
            className="text-it chart-header-text"
            x={PLOT_LEFT}
            y={60}
            dominantBaseline="central"
            fontSize={FONT.header}
          >
            ◀ IT {higher}
          </text>
          <text
            className="text-marketing chart-header-text"
            x={PLOT_RIGHT}
            y={60}
            textAnchor="end"
            dominantBaseline="central"
            fontSize={FONT.header}
          >
            Marketing {higher} ▶
          </text>
        </>
      ) : (
        <text className="chart-muted" x={PLOT_LEFT} y={60} dominantBaseline="central" fontSize={FONT.small}>
          {data.scaleNote}
        </text>
      )}
      <XAxis ticks={ticks} x={x} top={top - 6} bottom={layout.bottom} format={format} labelY={layout.bottom + 20} />
      <text
        className="chart-muted"
        x={(PLOT_LEFT + PLOT_RIGHT) / 2}
        y={layout.bottom + 50}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={FONT.small}
      >
        {data.valueLabel}
      </text>
      {lean && <line className="chart-baseline" x1={x(0)} x2={x(0)} y1={top - 6} y2={layout.bottom} />}
      {layout.rows.map(({ row, lines, mid }) => {
        const from = row.before === null ? null : x(row.before);
        const to = row.after === null ? null : x(shown[row.itemId] ?? row.after);
        const direction = from !== null && to !== null ? Math.sign(to - from) : 0;
        const long = from !== null && to !== null && Math.abs(to - from) > 2 * DOT + 8;
        return (
          <g key={row.itemId}>
            <g>
              {isCut(lines, row.label) && <title>{row.label}</title>}
              <Lines className="chart-label" lines={lines} x={PAD} y={mid} />
            </g>
            {long && (
              <>
                <line
                  className="move-arrow"
                  x1={from! + direction * DOT}
                  x2={to! - direction * (DOT + 9)}
                  y1={mid}
                  y2={mid}
                />
                <path
                  className="move-head"
                  d={markerPath('triangle-up', 8)}
                  transform={`translate(${to! - direction * (DOT + 7)} ${mid}) rotate(${direction > 0 ? 90 : -90})`}
                />
              </>
            )}
            {from !== null && <circle className="round-before" cx={from} cy={mid} r={DOT} />}
            {to !== null && <circle className="round-after" cx={to} cy={mid} r={DOT - 1} />}
            <text
              className={
                row.movement === 'closer' ? 'text-closer' : row.movement === 'apart' ? 'text-apart' : 'chart-muted'
              }
              x={CHART_WIDTH - PAD}
              y={mid - 10}
              textAnchor="end"
              dominantBaseline="central"
              fontSize={FONT.value}
            >
              {movementText(row)}
            </text>
            <text
              className="chart-muted"
              x={CHART_WIDTH - PAD}
              y={mid + 13}
              textAnchor="end"
              dominantBaseline="central"
              fontSize={FONT.small}
            >
              {movementFigures(data, row)}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
