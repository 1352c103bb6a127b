import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import { type ButterflyData, type ButterflyRow, butterflyTable, describeButterfly } from './butterfly.data';
import { withSplit } from './certainty';
import { ChartFrame } from './ChartFrame';
import { stackRows } from './layout';
import type { ChartProps } from './common';
import * as figure from '../../shared/figures';
import { Lines, Note, XAxis } from './marks';
import { useMotion, useTween } from './motion';
import type { SideValue } from './sides';
import { isCut, wrapText } from './text';
import { CHART_WIDTH, EMPTY_NOTE, FONT, LINE, PAD, SUPPRESSED_NOTE } from './theme';

const CENTER = CHART_WIDTH / 2;
const LABEL_WIDTH = 290;
const GUTTER = 14;
const VALUE_ROOM = 64;
const BAR = 30;
const TOP = 62;

/** The axis stretched to hold every whisker, when it ends at the largest mean rather than a fixed top. */
function domainWithWhiskers(data: ButterflyData): readonly [number, number] {
  const [low, high] = data.domain;
  if (data.measure.kind !== 'mean' || data.measure.max !== null) return data.domain;
  let top = high;
  for (const row of data.rows) top = Math.max(top, row.whisker.it?.high ?? top, row.whisker.marketing?.high ?? top);
  return top > high ? [low, scaleLinear().domain([low, top]).nice().domain()[1]!] : data.domain;
}

/** Items down the middle, IT's bars to the left, Marketing's to the right. */
export function ButterflyChart({
  data,
  static: still,
  certainty = false,
  ...props
}: ChartProps & { readonly data: ButterflyData }) {
  const animate = useMotion(still);
  const [low, high] = useMemo(() => (certainty ? domainWithWhiskers(data) : data.domain), [certainty, data]);
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
  const footnote = certainty ? 28 : 0;
  const height = bottom + 48 + footnote;

  function bar(side: 'it' | 'marketing', row: ButterflyRow, mid: number) {
    const value: SideValue = row[side];
    const itemId = row.itemId;
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
    const interval = certainty ? row.whisker[side] : null;
    const at = (v: number) => {
      const reach = Math.max(0, length(Math.min(high, Math.max(low, v))));
      return left ? base - reach : base + reach;
    };
    // The figure sits beyond the whisker's outer end, so the two never overlap.
    const outer = interval === null ? end : left ? Math.min(end, at(interval.high)) : Math.max(end, at(interval.high));
    return (
      <g>
        <rect className={`fill-${side}`} x={left ? end : base} y={mid - BAR / 2} width={size} height={BAR} rx={3} />
        {interval !== null && (
          <g className="whisker whisker-ink">
            <line x1={at(interval.low)} x2={at(interval.high)} y1={mid} y2={mid} />
            <line x1={at(interval.low)} x2={at(interval.low)} y1={mid - 7} y2={mid + 7} />
            <line x1={at(interval.high)} x2={at(interval.high)} y1={mid - 7} y2={mid + 7} />
          </g>
        )}
        <text
          className="chart-value"
          x={left ? outer - 8 : outer + 8}
          y={mid}
          textAnchor={left ? 'end' : 'start'}
          dominantBaseline="central"
          fontSize={FONT.value}
        >
          {withSplit(figure.number(value.value), row.split[side])}
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
        format={figure.number}
        labelY={bottom + 22}
      />
      <XAxis
        ticks={ticks}
        x={(v) => mkBase + length(v)}
        top={TOP - 8}
        bottom={bottom}
        format={figure.number}
        labelY={bottom + 22}
      />
      {layout.rows.map(({ row, lines, mid }) => (
        <g key={row.itemId}>
          <g>
            {isCut(lines, row.label) && <title>{row.label}</title>}
            <Lines className="chart-label" lines={lines} x={CENTER} y={mid} anchor="middle" />
          </g>
          {bar('it', row, mid)}
          {bar('marketing', row, mid)}
        </g>
      ))}
      <line className="chart-baseline" x1={itBase} x2={itBase} y1={TOP - 8} y2={bottom} />
      <line className="chart-baseline" x1={mkBase} x2={mkBase} y1={TOP - 8} y2={bottom} />
      {certainty && (
        <text className="chart-muted" x={PAD} y={height - 8} dominantBaseline="auto" fontSize={FONT.small}>
          Whiskers: 95% interval of each side's figure.
        </text>
      )}
    </ChartFrame>
  );
}
