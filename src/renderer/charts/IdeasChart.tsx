import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import * as figure from '../../shared/figures';
import { ChartFrame } from './ChartFrame';
import type { ChartProps } from './common';
import { describeIdeas, ideasTable, type IdeasData, type IdeasRow } from './ideas.data';
import { stackRows } from './layout';
import { Lines, Marker, Note, SIDE_SHAPES, SideSwatch, XAxis } from './marks';
import { useMotion, useTween } from './motion';
import { isCut, textWidth, wrapText } from './text';
import { CHART_SIDES, CHART_WIDTH, EMPTY_NOTE, FONT, LINE, PAD, SUPPRESSED_NOTE, type ChartSide } from './theme';

const LABEL_WIDTH = 330;
/** Room for the "raised" marker between the label and the bars. */
const MARK_ROOM = 34;
const BAR = 22;
const BAR_GAP = 4;
const VALUE_ROOM = 66;
const BADGE_WIDTH = 92;
const TOP = 70;
const BAR_START = PAD + LABEL_WIDTH + MARK_ROOM;
const BAR_END = CHART_WIDTH - PAD - BADGE_WIDTH - VALUE_ROOM;
const BRIDGE = 'Bridge';

/**
 * Ideas: for each idea, the share of each side's voters backing it, IT's bar above
 * Marketing's in the sides' colours; a marker where a side raised the idea, and a badge
 * on the bridges, the ideas both sides backed.
 */
export function IdeasChart({
  data,
  static: still,
  certainty = false,
  ...props
}: ChartProps & { readonly data: IdeasData }) {
  const animate = useMotion(still);
  const length = scaleLinear()
    .domain([0, 1])
    .range([0, BAR_END - BAR_START]);

  const layout = useMemo(() => {
    const labelled = data.rows.map((row) => ({ row, lines: wrapText(row.label, LABEL_WIDTH, FONT.label, 3) }));
    const stacked = stackRows(labelled, TOP, ({ lines }) => Math.max(2 * BAR + BAR_GAP + 18, lines.length * LINE + 16));
    return { rows: stacked.rows.map(({ item, mid }) => ({ ...item, mid })), bottom: stacked.bottom };
  }, [data.rows]);
  const { bottom } = layout;

  const target = useMemo(() => {
    const values: Record<string, number> = {};
    for (const { row } of layout.rows) {
      for (const side of CHART_SIDES) {
        const value = row[side];
        if (value.state === 'shown') values[`${side}:${row.itemId}`] = value.value;
      }
    }
    return values;
  }, [layout]);
  const shown = useTween(target, animate, () => 0);

  const footnote = certainty ? 28 : 0;
  const height = bottom + 48 + footnote;
  const x = (share: number) => BAR_START + length(Math.max(0, Math.min(1, share)));

  function bar(side: ChartSide, row: IdeasRow, y: number) {
    const value = row[side];
    const raised = row.raisedBy[side] === true;
    const marker = raised && (
      <g>
        <title>{`Raised by ${side === 'it' ? 'IT' : 'Marketing'}`}</title>
        <Marker shape={SIDE_SHAPES[side]} x={BAR_START - MARK_ROOM / 2} y={y} radius={7} className={`fill-${side}`} />
      </g>
    );
    if (value.state !== 'shown') {
      return (
        <g>
          {marker}
          <Note
            x={BAR_START + 8}
            y={y}
            anchor="start"
            text={value.state === 'suppressed' ? SUPPRESSED_NOTE : EMPTY_NOTE}
          />
        </g>
      );
    }
    const size = Math.max(0, length(shown[`${side}:${row.itemId}`] ?? 0));
    const interval = certainty ? row.whisker[side] : null;
    const outer = interval === null ? BAR_START + size : Math.max(BAR_START + size, x(interval.high));
    return (
      <g>
        {marker}
        <rect className={`fill-${side}`} x={BAR_START} y={y - BAR / 2} width={size} height={BAR} rx={3} />
        {interval !== null && (
          <g className="whisker whisker-ink">
            <line x1={x(interval.low)} x2={x(interval.high)} y1={y} y2={y} />
            <line x1={x(interval.low)} x2={x(interval.low)} y1={y - 6} y2={y + 6} />
            <line x1={x(interval.high)} x2={x(interval.high)} y1={y - 6} y2={y + 6} />
          </g>
        )}
        <text className="chart-value" x={outer + 8} y={y} dominantBaseline="central" fontSize={FONT.value}>
          {figure.share(value.value)}
        </text>
      </g>
    );
  }

  // The legend: each side's bar, the two "raised" markers, the bridge badge; laid out left to right.
  const raisedLabel = 'raised by that side';
  const legend = [
    { label: 'IT backing', width: 18, swatch: <SideSwatch side="it" /> },
    { label: 'Marketing backing', width: 18, swatch: <SideSwatch side="marketing" /> },
    {
      label: raisedLabel,
      width: 36,
      swatch: (
        <g>
          <Marker shape="circle" x={5} y={0} radius={6} className="fill-it" />
          <Marker shape="square" x={21} y={0} radius={6} className="fill-marketing" />
        </g>
      ),
    },
  ];
  const legendAt: number[] = [];
  let legendX = PAD;
  for (const entry of legend) {
    legendAt.push(legendX);
    legendX += entry.width + textWidth(entry.label, FONT.small) + 30;
  }

  return (
    <ChartFrame
      {...props}
      kind="ideas"
      height={height}
      description={describeIdeas(data)}
      table={ideasTable(data, `${props.title}: the share of each side backing each idea`)}
    >
      <g aria-hidden="true">
        {legend.map((entry, i) => (
          <g key={entry.label} transform={`translate(${legendAt[i]} 20)`}>
            {entry.swatch}
            <text className="chart-legend-text" x={entry.width} y={0} dominantBaseline="central" fontSize={FONT.small}>
              {entry.label}
            </text>
          </g>
        ))}
        <g transform={`translate(${legendX} 20)`}>
          <BridgeBadge x={0} y={0} />
          <text
            className="chart-legend-text"
            x={BADGE_WIDTH - 10}
            y={0}
            dominantBaseline="central"
            fontSize={FONT.small}
          >
            both sides backed it
          </text>
        </g>
      </g>
      <XAxis
        ticks={[0, 0.25, 0.5, 0.75, 1]}
        x={x}
        top={TOP - 10}
        bottom={bottom}
        format={(v) => figure.share(v)}
        labelY={bottom + 22}
      />
      {layout.rows.map(({ row, lines, mid }) => (
        <g key={row.itemId}>
          <g>
            {isCut(lines, row.label) && <title>{row.label}</title>}
            <Lines className="chart-label" lines={lines} x={PAD} y={mid} anchor="start" />
          </g>
          {bar('it', row, mid - (BAR + BAR_GAP) / 2)}
          {bar('marketing', row, mid + (BAR + BAR_GAP) / 2)}
          {row.bridge && <BridgeBadge x={CHART_WIDTH - PAD - BADGE_WIDTH + 8} y={mid} />}
        </g>
      ))}
      <line className="chart-baseline" x1={BAR_START} x2={BAR_START} y1={TOP - 10} y2={bottom} />
      {certainty && (
        <text className="chart-muted" x={PAD} y={height - 8} dominantBaseline="auto" fontSize={FONT.small}>
          Whiskers: 95% interval of each side's share.
        </text>
      )}
    </ChartFrame>
  );
}

/** The mark of an idea both sides backed: a tag that reads the same in colour, in print and in greyscale. */
function BridgeBadge({ x, y }: { x: number; y: number }) {
  return (
    <g className="chart-bridge" transform={`translate(${x} ${y})`}>
      <rect x={0} y={-14} width={BADGE_WIDTH - 16} height={28} rx={14} />
      <text x={(BADGE_WIDTH - 16) / 2} y={0} textAnchor="middle" dominantBaseline="central" fontSize={FONT.small}>
        {BRIDGE}
      </text>
    </g>
  );
}
