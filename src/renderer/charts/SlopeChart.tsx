import { useMemo } from 'react';
import { ChartFrame } from './ChartFrame';
import type { ChartProps } from './common';
import * as figure from '../../shared/figures';
import { LegendEntry, Lines, Note } from './marks';
import { useMotion, useTween } from './motion';
import { placeLegend } from './legend';
import { type SlopeData, type SlopeEmphasis, type SlopeRow, describeSlope, slopeTable } from './slope.data';
import { isCut, wrapText } from './text';
import { CHART_WIDTH, EMPTY_NOTE, FONT, LINE, PAD, SUPPRESSED_NOTE } from './theme';

const IT_X = 405;
const MK_X = CHART_WIDTH - 405;
const DOT = 17;
const LABEL_GAP = DOT + 12;
const LABEL_WIDTH = IT_X - LABEL_GAP - PAD;
const TOP = 96;

/** IT's order on the left, Marketing's on the right; lines that cross stand out. */
export function SlopeChart({ data, static: still, ...props }: ChartProps & { readonly data: SlopeData }) {
  const animate = useMotion(still);
  const n = data.rows.length;

  const layout = useMemo(() => {
    const labels = data.rows.map((row) => wrapText(row.label, LABEL_WIDTH, FONT.label, 3));
    const most = Math.max(1, ...labels.map((lines) => lines.length));
    const slot = Math.max(54, most * LINE + 14);
    return { labels, slot };
  }, [data.rows]);
  const { slot } = layout;
  const y = (s: number) => TOP + slot / 2 + s * slot;
  const bottom = TOP + n * slot;

  const target = useMemo(() => {
    const values: Record<string, number> = {};
    for (const row of data.rows) {
      values[`it:${row.itemId}`] = row.itSlot;
      values[`mk:${row.itemId}`] = row.marketingSlot;
    }
    return values;
  }, [data.rows]);
  // On first display the lines fan out from the middle of the columns.
  const shown = useTween(target, animate, () => (n - 1) / 2);

  const both = data.it === 'shown' && data.marketing === 'shown';
  const weight: Record<SlopeEmphasis, number> = { 'same-order': 0, crossing: 1, far: 2 };
  // The strongest lines are drawn last, on top.
  const ordered = [...data.rows].sort((a, b) => weight[a.emphasis] - weight[b.emphasis]);
  const legend = placeLegend(
    [
      { key: 'far', label: 'Crosses, far apart' },
      { key: 'crossing', label: 'Crosses' },
      { key: 'same-order', label: 'Same order' },
    ],
    58,
    30,
    IT_X - 40,
  );

  function column(side: 'it' | 'marketing', row: SlopeRow, index: number) {
    const left = side === 'it';
    const state = left ? data.it : data.marketing;
    if (state !== 'shown') return null;
    const cy = y(shown[`${left ? 'it' : 'mk'}:${row.itemId}`] ?? 0);
    const cx = left ? IT_X : MK_X;
    const position = left ? row.it : row.marketing;
    return (
      <g>
        <circle className={`fill-${side}`} cx={cx} cy={cy} r={DOT} />
        <text
          className="slope-rank"
          x={cx}
          y={cy}
          textAnchor="middle"
          dominantBaseline="central"
          fontSize={position !== null && !Number.isInteger(position) ? 13 : FONT.value}
        >
          {position === null ? '–' : figure.number(position)}
        </text>
        <g>
          {isCut(layout.labels[index]!, row.label) && <title>{row.label}</title>}
          <Lines
            className={row.emphasis === 'far' ? 'chart-label slope-label-far' : 'chart-label'}
            lines={layout.labels[index]!}
            x={left ? cx - LABEL_GAP : cx + LABEL_GAP}
            y={cy}
            anchor={left ? 'end' : 'start'}
          />
        </g>
      </g>
    );
  }

  const columnNote = (side: 'it' | 'marketing') => {
    const state = side === 'it' ? data.it : data.marketing;
    if (state === 'shown') return null;
    return (
      <Note
        x={side === 'it' ? IT_X : MK_X}
        y={(TOP + bottom) / 2}
        anchor={side === 'it' ? 'end' : 'start'}
        text={state === 'suppressed' ? SUPPRESSED_NOTE : EMPTY_NOTE}
      />
    );
  };

  return (
    <ChartFrame
      {...props}
      kind="slope"
      height={bottom + 24}
      description={describeSlope(data)}
      table={slopeTable(data, `${props.title}: each side's order and how far apart`)}
    >
      <text
        className="text-it chart-header-text"
        x={IT_X}
        y={20}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={FONT.header}
      >
        IT&apos;s order
      </text>
      <text
        className="text-marketing chart-header-text"
        x={MK_X}
        y={20}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={FONT.header}
      >
        Marketing&apos;s order
      </text>
      <g className="chart-legend">
        {legend.placed.map(({ item, x, y: ly }) => (
          <LegendEntry key={item.key} x={x} y={ly} label={item.label}>
            <line className={`slope-line ${item.key}`} x1={-6} x2={12} y1={0} y2={0} />
          </LegendEntry>
        ))}
      </g>
      <line className="slope-column" x1={IT_X} x2={IT_X} y1={TOP} y2={bottom} />
      <line className="slope-column" x1={MK_X} x2={MK_X} y1={TOP} y2={bottom} />
      {both &&
        ordered.map((row) => (
          <line
            key={`line-${row.itemId}`}
            className={`slope-line slope-item ${row.emphasis}`}
            x1={IT_X}
            x2={MK_X}
            y1={y(shown[`it:${row.itemId}`] ?? 0)}
            y2={y(shown[`mk:${row.itemId}`] ?? 0)}
          />
        ))}
      {data.rows.map((row, index) => (
        <g key={row.itemId}>
          {column('it', row, index)}
          {column('marketing', row, index)}
        </g>
      ))}
      {columnNote('it')}
      {columnNote('marketing')}
      <text className="chart-muted" x={PAD} y={58} dominantBaseline="central" fontSize={FONT.small}>
        1 = highest priority
      </text>
    </ChartFrame>
  );
}
