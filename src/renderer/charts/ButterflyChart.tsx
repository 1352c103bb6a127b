import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import { type ButterflyData, butterflyTable, describeButterfly } from './butterfly.data';
import { ChartFrame } from './ChartFrame';
import { stackRows } from './layout';
import type { ChartProps } from './common';
import { formatNumber } from './format';
import { Lines, Note, XAxis } from './marks';
import { useMotion, useTween } from './motion';
import type { SideValue } from './sides';
import { wrapText } from './text';
import { CHART_WIDTH, EMPTY_NOTE, FONT, LINE, PAD, SUPPRESSED_NOTE } from './theme';

const CENTER = CHART_WIDTH / 2;
const LABEL_WIDTH = 290;
const GUTTER = 14;
const VALUE_ROOM = 64;
const BAR = 30;
const TOP = 62;

/** Items down the middle, IT's bars to the left, Marketing's to the right. */
export function ButterflyChart({ data, static: still, ...props }: ChartProps & { readonly data: ButterflyData }) {
  const animate = useMotion(still);
  const [low, high] = data.domain;
  const itBase = CENTER - LABEL_WIDTH / 2 - GUTTER;
  const mkBase = CENTER + LABEL_WIDTH / 2 + GUTTER;
  const length = scaleLinear()
    .domain([low, high])
    .range([0, itBase - PAD - VALUE_ROOM]);

  const layout = useMemo(() => {
    const labelled = data.rows.map((row) => ({ row, lines: wrapText(row.label, LABEL_WIDTH, FONT.label, 3) }));
    const stacked = stackRows(labelled, TOP, ({ lines }) => Math.max(BAR + 22, lines.length * LINE + 20));
    return { rows: stacked.rows.map(({ item, mid }) => ({ ...item, mid })), bottom: stacked.bottom };
  }, [data.rows]);
  const { bottom } = layout;

  const target = useMemo(() => {
    const values: Record<string, number> = {};
    for (const { row } of layout.rows) {
      if (row.it.state === 'shown') values[`it:${row.itemId}`] = row.it.value;
      if (row.marketing.state === 'shown') values[`mk:${row.itemId}`] = row.marketing.value;
    }
    return values;
  }, [layout]);
  const shown = useTween(target, animate, () => low);

  const ticks = length.ticks(4);
  const height = bottom + 48;

  function bar(side: 'it' | 'marketing', value: SideValue, itemId: string, mid: number) {
    const left = side === 'it';
    const base = left ? itBase : mkBase;
    if (value.state !== 'shown') {
      return (
        <Note
          x={left ? base - 10 : base + 10}
          y={mid}
          anchor={left ? 'end' : 'start'}
          text={value.state === 'suppressed' ? SUPPRESSED_NOTE : EMPTY_NOTE}
        />
      );
    }
    const size = Math.max(0, length(shown[`${left ? 'it' : 'mk'}:${itemId}`] ?? low));
    const end = left ? base - size : base + size;
    return (
      <g>
        <rect className={`fill-${side}`} x={left ? end : base} y={mid - BAR / 2} width={size} height={BAR} rx={3} />
        <text
          className="chart-value"
          x={left ? end - 8 : end + 8}
          y={mid}
          textAnchor={left ? 'end' : 'start'}
          dominantBaseline="central"
          fontSize={FONT.value}
        >
          {formatNumber(value.value)}
        </text>
      </g>
    );
  }

  return (
    <ChartFrame
      {...props}
      kind="butterfly"
      height={height}
      description={describeButterfly(data)}
      table={butterflyTable(data, `${props.title}: ${data.valueLabel} per side`)}
    >
      <text
        className="text-it chart-header-text"
        x={itBase}
        y={20}
        textAnchor="end"
        dominantBaseline="central"
        fontSize={FONT.header}
      >
        ◀ IT
      </text>
      <text
        className="text-marketing chart-header-text"
        x={mkBase}
        y={20}
        textAnchor="start"
        dominantBaseline="central"
        fontSize={FONT.header}
      >
        Marketing ▶
      </text>
      <text
        className="chart-muted"
        x={CENTER}
        y={20}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={FONT.small}
      >
        {data.valueLabel}
      </text>
      <XAxis
        ticks={ticks}
        x={(v) => itBase - length(v)}
        top={TOP - 8}
        bottom={bottom}
        format={formatNumber}
        labelY={bottom + 22}
      />
      <XAxis
        ticks={ticks}
        x={(v) => mkBase + length(v)}
        top={TOP - 8}
        bottom={bottom}
        format={formatNumber}
        labelY={bottom + 22}
      />
      {layout.rows.map(({ row, lines, mid }) => (
        <g key={row.itemId}>
          <Lines className="chart-label" lines={lines} x={CENTER} y={mid} anchor="middle" />
          {bar('it', row.it, row.itemId, mid)}
          {bar('marketing', row.marketing, row.itemId, mid)}
        </g>
      ))}
      <line className="chart-baseline" x1={itBase} x2={itBase} y1={TOP - 8} y2={bottom} />
      <line className="chart-baseline" x1={mkBase} x2={mkBase} y1={TOP - 8} y2={bottom} />
    </ChartFrame>
  );
}
