import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import { ChartFrame } from './ChartFrame';
import { stackRows } from './layout';
import type { ChartProps } from './common';
import * as figure from '../../shared/figures';
import { Lines, XAxis } from './marks';
import { useMotion, useTween } from './motion';
import { splitWords } from './dumbbell.data';
import { type SummaryData, describeSummary, summaryTable } from './summary.data';
import { ellipsize, wrapText } from './text';
import { CHART_WIDTH, FONT, LINE, PAD } from './theme';

const GAUGE_LEFT = 300;
const LABEL_WIDTH = 380;
const BAR_LEFT = PAD + LABEL_WIDTH + 24;
const BAR_RIGHT = CHART_WIDTH - 330;
const BAR = 26;

/** The workshop at a glance: the alignment index and the items where the sides are furthest apart. */
export function SummaryChart({
  data,
  static: still,
  certainty = false,
  ...props
}: ChartProps & { readonly data: SummaryData }) {
  const animate = useMotion(still);
  const gauge = scaleLinear()
    .domain([0, 100])
    .range([GAUGE_LEFT, CHART_WIDTH - PAD]);
  const bar = scaleLinear().domain([0, 1]).range([BAR_LEFT, BAR_RIGHT]);
  const listTop = 232;

  const layout = useMemo(() => {
    const labelled = data.rows.map((row) => ({
      row,
      lines: wrapText(row.label, LABEL_WIDTH, FONT.label, 2),
      activity: ellipsize(row.activityTitle, LABEL_WIDTH, FONT.small),
    }));
    const stacked = stackRows(labelled, listTop, ({ lines }) => lines.length * LINE + 38);
    return { rows: stacked.rows.map(({ item, top, mid }) => ({ ...item, top, mid })), bottom: stacked.bottom };
  }, [data.rows]);

  const target = useMemo(() => {
    const values: Record<string, number> = {};
    if (data.alignmentIndex !== null) values.index = data.alignmentIndex;
    for (const row of data.rows) values[row.key] = row.divergence;
    return values;
  }, [data]);
  const shown = useTween(target, animate, () => 0);
  const height = (data.rows.length ? layout.bottom + 50 : listTop) + 10;

  return (
    <ChartFrame
      {...props}
      kind="summary"
      height={height}
      description={describeSummary(data)}
      table={summaryTable(data, `${props.title}: alignment index and largest divergences`)}
    >
      <text className="chart-muted" x={PAD} y={22} dominantBaseline="central" fontSize={FONT.header}>
        Alignment index
      </text>
      {data.alignmentIndex === null ? (
        <text className="chart-note" x={PAD} y={80} dominantBaseline="central" fontSize={FONT.label}>
          Not enough answers to compare yet
        </text>
      ) : (
        <>
          <text className="summary-index" x={PAD} y={88} dominantBaseline="central" fontSize={88}>
            {figure.whole(shown.index ?? 0)}
          </text>
          <text className="chart-muted" x={PAD + 4} y={150} dominantBaseline="central" fontSize={FONT.label}>
            of 100 · {data.verdict}
          </text>
          <rect className="gauge-track" x={gauge(0)} y={70} width={gauge(100) - gauge(0)} height={28} rx={14} />
          <rect
            className="gauge-fill"
            x={gauge(0)}
            y={70}
            width={Math.max(0, gauge(shown.index ?? 0) - gauge(0))}
            height={28}
            rx={14}
          />
          {[0, 50, 100].map((tick) => (
            <text
              key={tick}
              className="chart-muted"
              x={gauge(tick)}
              y={122}
              textAnchor={tick === 0 ? 'start' : tick === 100 ? 'end' : 'middle'}
              dominantBaseline="central"
              fontSize={FONT.small}
            >
              {tick === 0 ? '0 · far apart' : tick === 100 ? 'answered alike · 100' : '50'}
            </text>
          ))}
        </>
      )}
      <line className="chart-grid" x1={PAD} x2={CHART_WIDTH - PAD} y1={176} y2={176} />
      {data.rows.length === 0 ? null : (
        <>
          <text className="chart-header-text" x={PAD} y={204} dominantBaseline="central" fontSize={FONT.header}>
            {data.order === 'sureness'
              ? 'The gaps the room can be surest of'
              : 'Where IT and Marketing are furthest apart'}
          </text>
          <text
            className="chart-muted"
            x={BAR_RIGHT}
            y={204}
            textAnchor="end"
            dominantBaseline="central"
            fontSize={FONT.small}
          >
            divergence, 0–100%
          </text>
          <XAxis
            ticks={[0, 0.5, 1]}
            x={bar}
            top={listTop}
            bottom={layout.bottom}
            format={figure.share}
            labelY={layout.bottom + 20}
          />
          {layout.rows.map(({ row, lines, activity, top, mid }) => (
            <g key={row.key}>
              <Lines className="chart-label" lines={lines} x={PAD} y={top + (lines.length * LINE) / 2 + 6} />
              <text
                className="chart-muted"
                x={PAD}
                y={top + lines.length * LINE + 16}
                dominantBaseline="central"
                fontSize={FONT.small}
              >
                {activity}
              </text>
              <rect
                className="bar-neutral"
                x={BAR_LEFT}
                y={mid - BAR / 2}
                width={Math.max(0, bar(shown[row.key] ?? 0) - BAR_LEFT)}
                height={BAR}
                rx={3}
              />
              <text
                className="chart-value"
                x={bar(shown[row.key] ?? 0) + 8}
                y={mid}
                dominantBaseline="central"
                fontSize={FONT.value}
              >
                {figure.share(row.divergence)}
              </text>
              <text
                className={row.favours ? `text-${row.favours}` : 'chart-muted'}
                x={CHART_WIDTH - PAD}
                y={mid}
                textAnchor="end"
                dominantBaseline="central"
                fontSize={FONT.value}
              >
                {row.leaning}
              </text>
              {certainty && row.sureness && (
                <text
                  className={`chart-verdict verdict-${row.sureness.verdict}`}
                  x={CHART_WIDTH - PAD}
                  y={mid + 22}
                  textAnchor="end"
                  dominantBaseline="central"
                  fontSize={FONT.small - 2}
                >
                  <title>{row.sureness.words}</title>
                  {row.sureness.short}
                  {row.split.it || row.split.marketing ? ` · ${splitWords(row.split)} split` : ''}
                </text>
              )}
            </g>
          ))}
        </>
      )}
    </ChartFrame>
  );
}
