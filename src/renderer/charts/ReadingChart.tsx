import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import { ChartFrame } from './ChartFrame';
import type { ChartProps } from './common';
import * as figure from '../../shared/figures';
import { XAxis } from './marks';
import { useMotion, useTween } from './motion';
import { type ReadingData, describeReading, readingTable, readingWords } from './reading.data';
import { CHART_WIDTH, FONT, PAD } from './theme';

const LABEL_WIDTH = 300;
const PLOT_LEFT = PAD + LABEL_WIDTH;
const PLOT_RIGHT = CHART_WIDTH - PAD - 40;
const ROW = 96;
const BAR = 30;

/** How well each side read the other: each side's mean error around 0, and how far a voter was off. */
export function ReadingChart({ data, static: still, ...props }: ChartProps & { readonly data: ReadingData }) {
  const animate = useMotion(still);
  const [low, high] = data.domain;
  const x = scaleLinear().domain([low, high]).range([PLOT_LEFT, PLOT_RIGHT]).clamp(true);
  const top = data.headline ? 70 : 36;
  const bottom = top + data.rows.length * ROW;
  const target = useMemo(() => {
    const values: Record<string, number> = {};
    for (const row of data.rows) if (row.meanError !== null) values[row.side] = row.meanError;
    return values;
  }, [data.rows]);
  const shown = useTween(target, animate, () => 0);
  const unit = (v: number) => `${figure.gap(v)}${data.unit}`;

  return (
    <ChartFrame
      {...props}
      kind="reading"
      height={bottom + 70}
      description={describeReading(data)}
      table={readingTable(data, `${props.title}: each side's error in guessing the other`)}
    >
      {data.headline && (
        <text className="chart-header-text" x={PAD} y={24} dominantBaseline="central" fontSize={FONT.header}>
          {data.headline}
        </text>
      )}
      <text className="chart-muted" x={x(low)} y={top - 12} dominantBaseline="central" fontSize={FONT.small}>
        ◀ underestimates
      </text>
      <text
        className="chart-muted"
        x={x(high)}
        y={top - 12}
        textAnchor="end"
        dominantBaseline="central"
        fontSize={FONT.small}
      >
        overestimates ▶
      </text>
      <XAxis ticks={x.ticks(6)} x={x} top={top} bottom={bottom} format={unit} labelY={bottom + 22} />
      <line className="chart-baseline" x1={x(0)} x2={x(0)} y1={top} y2={bottom} />
      {data.rows.map((row, i) => {
        const mid = top + ROW * i + ROW / 2 - 10;
        const error = shown[row.side] ?? 0;
        const start = Math.min(x(0), x(error));
        const right = error >= 0;
        return (
          <g key={row.side}>
            <text
              className={`text-${row.side} chart-header-text`}
              x={PAD}
              y={mid}
              dominantBaseline="central"
              fontSize={FONT.label}
            >
              {row.label}
            </text>
            {row.meanError !== null && (
              <>
                <rect
                  className={`fill-${row.side}`}
                  x={start}
                  y={mid - BAR / 2}
                  width={Math.abs(x(error) - x(0))}
                  height={BAR}
                  rx={3}
                />
                <text
                  className="chart-value value-halo"
                  x={x(error) + (right ? 8 : -8)}
                  y={mid}
                  textAnchor={right ? 'start' : 'end'}
                  dominantBaseline="central"
                  fontSize={FONT.value}
                >
                  {unit(row.meanError)}
                </text>
              </>
            )}
            <text
              className="chart-muted value-halo"
              x={PLOT_LEFT}
              y={mid + BAR / 2 + 16}
              dominantBaseline="central"
              fontSize={FONT.small}
            >
              {readingWords(row, data.unit)}
              {row.meanAbsoluteError !== null &&
                ` · a voter was off by ${figure.number(row.meanAbsoluteError)}${data.unit} on average`}
            </text>
          </g>
        );
      })}
      <text
        className="chart-muted"
        x={(PLOT_LEFT + PLOT_RIGHT) / 2}
        y={bottom + 50}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={FONT.small}
      >
        mean guess − the other side's mean answer
      </text>
    </ChartFrame>
  );
}
