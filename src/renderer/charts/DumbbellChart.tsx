import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import { ChartFrame } from './ChartFrame';
import { stackRows } from './layout';
import type { ChartProps } from './common';
import { type DumbbellData, type DumbbellRow, describeDumbbell, dumbbellTable, dumbbellValue } from './dumbbell.data';
import * as figure from '../../shared/figures';
import { placeLegend } from './legend';
import { Lines, Marker, type MarkerShape, Note, SIDE_SHAPES, XAxis } from './marks';
import { useMotion, useTween } from './motion';
import { withSplit } from './certainty';
import { isCut, textWidth, wrapText } from './text';
import { CHART_WIDTH, EMPTY_NOTE, FONT, LINE, PAD, SUPPRESSED_NOTE, type ChartSide } from './theme';

const LABEL_WIDTH = 290;
/** Room on each side of the plot for a figure beside a marker at either end of the axis. */
const VALUE_ROOM = 70;
const GAP_COLUMN = 100;
const PLOT_LEFT = PAD + LABEL_WIDTH + VALUE_ROOM;
const PLOT_RIGHT = CHART_WIDTH - PAD - GAP_COLUMN - VALUE_ROOM;
/** Value labels stay clear of the item labels on the left and the gap column on the right. */
const LABEL_MIN = PAD + LABEL_WIDTH + 8;
const LABEL_MAX = CHART_WIDTH - PAD - GAP_COLUMN + 6;
const DOT = 12;
/** Extras sit in a lane above the line (IT's) or below it (Marketing's). */
const LANE = 24;
/** A whisker runs this far above (IT) or below (Marketing) the bar, clear of the markers and figures. */
const WHISKER_OFFSET = 18;
const WHISKER_ROOM = 12;

/** The axis stretched to hold every whisker, where the data's axis is not the answer range itself. */
function domainWithWhiskers(data: DumbbellData): readonly [number, number] {
  const [low, high] = data.domain;
  if (data.fixedDomain) return data.domain;
  let top = high;
  for (const row of data.rows) top = Math.max(top, row.whisker.it?.high ?? top, row.whisker.marketing?.high ?? top);
  return top > high ? [low, scaleLinear().domain([low, top]).nice().domain()[1]!] : data.domain;
}

const CERTAINTY_NOTE =
  "Whiskers: 95% interval of each side's figure. Under each gap: how sure it is, tested across the workshop.";
/** Line height of the notes under the axis. */
const NOTE_LINE = 20;

interface LegendKey {
  readonly key: string;
  readonly label: string;
  readonly shape: MarkerShape;
  readonly className: string;
}

function legendKeys(data: DumbbellData): LegendKey[] {
  const keys: LegendKey[] = [
    { key: 'it', label: 'IT', shape: SIDE_SHAPES.it, className: 'marker-it' },
    { key: 'marketing', label: 'Marketing', shape: SIDE_SHAPES.marketing, className: 'marker-marketing' },
  ];
  if (data.prediction) {
    keys.push(
      { key: 'guess-it', label: "IT's guess of Marketing", shape: SIDE_SHAPES.it, className: 'guess-it' },
      {
        key: 'guess-marketing',
        label: "Marketing's guess of IT",
        shape: SIDE_SHAPES.marketing,
        className: 'guess-marketing',
      },
    );
  }
  if (data.sources.length > 0) {
    keys.push(
      { key: 'cio', label: 'Published CIO figure', shape: 'triangle-down', className: 'bench-it' },
      { key: 'cmo', label: 'Published CMO figure', shape: 'triangle-up', className: 'bench-marketing' },
    );
  }
  if (data.rows.some((row) => row.benchmark?.overall != null)) {
    keys.push({ key: 'overall', label: 'Published, both sides', shape: 'diamond', className: 'bench-overall' });
  }
  return keys;
}

/** One row per item, the two sides' figures joined, largest gap first, with published figures marked. */
export function DumbbellChart({
  data,
  static: still,
  certainty = false,
  ...props
}: ChartProps & { readonly data: DumbbellData }) {
  const animate = useMotion(still);
  const [low, high] = useMemo(() => (certainty ? domainWithWhiskers(data) : data.domain), [certainty, data]);
  const x = scaleLinear().domain([low, high]).range([PLOT_LEFT, PLOT_RIGHT]).clamp(true);
  const extras = data.prediction || data.sources.length > 0;
  // Whiskers take the space just above and below the bar; the lanes move out to make room.
  const lane = certainty ? LANE + WHISKER_ROOM : LANE;
  // With guesses in the lanes, published figures sit a little further out.
  const benchLane = data.prediction ? lane + 18 : lane;

  const legend = useMemo(() => placeLegend(legendKeys(data), 16), [data]);
  const layout = useMemo(() => {
    const top = legend.bottom + 30;
    // Up to five lines, as on the agreement chart: a statement is read whole on the projector, which has no tooltip.
    const labelled = data.rows.map((row) => ({ row, lines: wrapText(row.label, LABEL_WIDTH, FONT.label, 5) }));
    const stacked = stackRows(labelled, top, ({ lines }) =>
      Math.max(extras ? 2 * benchLane + 30 : certainty ? 76 : 56, lines.length * LINE + 22),
    );
    return { rows: stacked.rows.map(({ item, mid }) => ({ ...item, mid })), top, bottom: stacked.bottom };
  }, [data.rows, legend.bottom, extras, benchLane, certainty]);

  const target = useMemo(() => {
    const values: Record<string, number> = {};
    for (const { row } of layout.rows) {
      if (row.it.state === 'shown') values[`it:${row.itemId}`] = row.it.value;
      if (row.marketing.state === 'shown') values[`mk:${row.itemId}`] = row.marketing.value;
      if (row.guess?.it != null) values[`git:${row.itemId}`] = row.guess.it;
      if (row.guess?.marketing != null) values[`gmk:${row.itemId}`] = row.guess.marketing;
    }
    return values;
  }, [layout]);
  const shown = useTween(target, animate, () => low);
  const at = (key: string) => x(shown[key] ?? low);
  const unit = (v: number) => dumbbellValue(data, v);
  const ticks = x.ticks(5);
  // The notes under the axis wrap to the chart's width: a list of sources can be long.
  const notes = useMemo(() => {
    const wrap = (text: string) => wrapText(text, CHART_WIDTH - 2 * PAD, FONT.small);
    return {
      sources: data.sources.length > 0 ? wrap(`Published figures: ${data.sources.join('; ')}`) : [],
      certainty: certainty ? wrap(CERTAINTY_NOTE) : [],
    };
  }, [data.sources, certainty]);
  const noteHeight = (lines: readonly string[]) => (lines.length > 0 ? 8 + lines.length * NOTE_LINE : 0);
  const footnote = noteHeight(notes.certainty);
  const height = layout.bottom + 78 + noteHeight(notes.sources) + footnote;

  function gapText(row: DumbbellRow) {
    if (row.gap === null) return null;
    const side: ChartSide | null = row.gap > 0 ? 'it' : row.gap < 0 ? 'marketing' : null;
    const size = figure.number(Math.abs(row.gap), { decimals: data.decimals });
    const words = side === null || size === '0' ? 'level' : `${side === 'it' ? 'IT' : 'Mkt'} +${size}`;
    return (
      <text
        className={side ? `text-${side}` : 'chart-value'}
        x={CHART_WIDTH - PAD}
        y={0}
        textAnchor="end"
        dominantBaseline="central"
        fontSize={FONT.value}
      >
        {words}
      </text>
    );
  }

  /** The gap's verdict under it, in a few words: "clear gap", "could be chance". */
  function verdictText(row: DumbbellRow) {
    if (!certainty || row.sureness === null) return null;
    return (
      <text
        className={`chart-verdict verdict-${row.sureness.verdict}`}
        x={CHART_WIDTH - PAD}
        y={22}
        textAnchor="end"
        dominantBaseline="central"
        fontSize={FONT.small - 2}
      >
        <title>{row.sureness.words}</title>
        {row.sureness.short}
      </text>
    );
  }

  /** A side's 95% interval: a thin line with end caps just above (IT) or below (Marketing) the bar. */
  function whisker(side: ChartSide, row: DumbbellRow, mid: number) {
    const interval = row.whisker[side];
    if (!certainty || interval === null) return null;
    const y = side === 'it' ? mid - WHISKER_OFFSET : mid + WHISKER_OFFSET;
    const x1 = x(interval.low);
    const x2 = x(interval.high);
    return (
      <g className={`whisker stroke-${side}`}>
        <line x1={x1} x2={x2} y1={y} y2={y} />
        <line x1={x1} x2={x1} y1={y - 5} y2={y + 5} />
        <line x1={x2} x2={x2} y1={y - 5} y2={y + 5} />
      </g>
    );
  }

  /** A figure beside its marker, on the side away from the other marker unless that would leave the plot. */
  function valueLabel(text: string, x: number, preferred: 'left' | 'right', mid: number) {
    const width = textWidth(text, FONT.value);
    const offset = DOT + 8;
    let side = preferred;
    if (side === 'left' && x - offset - width < LABEL_MIN) side = 'right';
    else if (side === 'right' && x + offset + width > LABEL_MAX) side = 'left';
    return (
      <text
        className="chart-value value-halo"
        x={side === 'left' ? x - offset : x + offset}
        y={mid}
        textAnchor={side === 'left' ? 'end' : 'start'}
        dominantBaseline="central"
        fontSize={FONT.value}
      >
        {text}
      </text>
    );
  }

  function rowMarks(row: DumbbellRow, mid: number) {
    const itShown = row.it.state === 'shown';
    const mkShown = row.marketing.state === 'shown';
    const itX = at(`it:${row.itemId}`);
    const mkX = at(`mk:${row.itemId}`);
    const itLeft = !mkShown || itX <= mkX;
    // Where the two sides stand level, IT's circle sits small inside Marketing's square instead of under it.
    const together = itShown && mkShown && Math.abs(itX - mkX) < DOT;
    const notes = [];
    if (!itShown) notes.push(`IT: ${row.it.state === 'suppressed' ? SUPPRESSED_NOTE : EMPTY_NOTE}`);
    if (!mkShown) notes.push(`Marketing: ${row.marketing.state === 'suppressed' ? SUPPRESSED_NOTE : EMPTY_NOTE}`);
    return (
      <>
        {row.benchmark?.cio != null && (
          <Marker shape="triangle-down" className="bench-it" x={x(row.benchmark.cio)} y={mid - benchLane} radius={9} />
        )}
        {row.benchmark?.cmo != null && (
          <Marker
            shape="triangle-up"
            className="bench-marketing"
            x={x(row.benchmark.cmo)}
            y={mid + benchLane}
            radius={9}
          />
        )}
        {itShown && mkShown && <line className="dumbbell-bar" x1={itX} x2={mkX} y1={mid} y2={mid} />}
        {row.benchmark?.overall != null && (
          // In a published figure's lane, the CIO one's if it is free, so the room's marks never cover it.
          <Marker
            shape="diamond"
            className="bench-overall"
            x={x(row.benchmark.overall)}
            y={
              row.benchmark.cio == null
                ? mid - benchLane
                : row.benchmark.cmo == null
                  ? mid + benchLane
                  : mid - benchLane - 18
            }
            radius={9}
          />
        )}
        {row.guess?.it != null && mkShown && (
          <>
            <path className="guess-link stroke-it" d={`M${at(`git:${row.itemId}`)},${mid - lane}L${mkX},${mid}`} />
            <Marker shape={SIDE_SHAPES.it} className="guess-it" x={at(`git:${row.itemId}`)} y={mid - lane} radius={8} />
          </>
        )}
        {row.guess?.marketing != null && itShown && (
          <>
            <path
              className="guess-link stroke-marketing"
              d={`M${at(`gmk:${row.itemId}`)},${mid + lane}L${itX},${mid}`}
            />
            <Marker
              shape={SIDE_SHAPES.marketing}
              className="guess-marketing"
              x={at(`gmk:${row.itemId}`)}
              y={mid + lane}
              radius={8}
            />
          </>
        )}
        {itShown && whisker('it', row, mid)}
        {mkShown && whisker('marketing', row, mid)}
        {itShown && !together && <Marker shape={SIDE_SHAPES.it} className="marker-it" x={itX} y={mid} radius={DOT} />}
        {mkShown && <Marker shape={SIDE_SHAPES.marketing} className="marker-marketing" x={mkX} y={mid} radius={DOT} />}
        {together && <Marker shape={SIDE_SHAPES.it} className="marker-it" x={itX} y={mid} radius={DOT / 2} />}
        {itShown && valueLabel(withSplit(unit(row.it.value), row.split.it), itX, itLeft ? 'left' : 'right', mid)}
        {mkShown &&
          valueLabel(withSplit(unit(row.marketing.value), row.split.marketing), mkX, itLeft ? 'right' : 'left', mid)}
        {notes.length > 0 && (
          <Note x={(PLOT_LEFT + PLOT_RIGHT) / 2} y={mid + (itShown || mkShown ? lane : 0)} text={notes.join(' · ')} />
        )}
      </>
    );
  }

  return (
    <ChartFrame
      {...props}
      kind="dumbbell"
      height={height}
      description={describeDumbbell(data)}
      table={dumbbellTable(data, `${props.title}: ${data.valueLabel}, largest gap first`)}
    >
      <g className="chart-legend">
        {legend.placed.map(({ item, x: lx, y: ly }) => (
          <g key={item.key} transform={`translate(${lx} ${ly})`}>
            <Marker
              shape={item.shape}
              className={item.className}
              x={7}
              y={0}
              radius={item.key.startsWith('guess') ? 6 : 8}
            />
            <text className="chart-legend-text" x={24} y={0} dominantBaseline="central" fontSize={FONT.small}>
              {item.label}
            </text>
          </g>
        ))}
      </g>
      <text
        className="chart-muted"
        x={CHART_WIDTH - PAD}
        y={layout.top - 14}
        textAnchor="end"
        dominantBaseline="central"
        fontSize={FONT.small}
      >
        Gap
      </text>
      <XAxis
        ticks={ticks}
        x={x}
        top={layout.top - 4}
        bottom={layout.bottom}
        format={unit}
        labelY={layout.bottom + 20}
      />
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
      {layout.rows.map(({ row, lines, mid }) => (
        <g key={row.itemId}>
          <g>
            {isCut(lines, row.label) && <title>{row.label}</title>}
            <Lines className="chart-label" lines={lines} x={PAD} y={mid} />
          </g>
          {rowMarks(row, mid)}
          <g transform={`translate(0 ${mid})`}>
            {gapText(row)}
            {verdictText(row)}
          </g>
        </g>
      ))}
      {notes.sources.length > 0 && (
        <Lines
          className="chart-muted chart-sources"
          lines={notes.sources}
          x={PAD}
          y={height - footnote - noteHeight(notes.sources) / 2 - 4}
          lineHeight={NOTE_LINE}
          fontSize={FONT.small}
        />
      )}
      {notes.certainty.length > 0 && (
        <Lines
          className="chart-muted"
          lines={notes.certainty}
          x={PAD}
          y={height - footnote / 2 - 4}
          lineHeight={NOTE_LINE}
          fontSize={FONT.small}
        />
      )}
    </ChartFrame>
  );
}
