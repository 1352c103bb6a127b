import { interpolateLab } from 'd3-interpolate';
import { useMemo } from 'react';
import type { Option } from '../../shared/domain';
import { ChartFrame } from './ChartFrame';
import { stackRows } from './layout';
import type { ChartProps } from './common';
import * as figure from '../../shared/figures';
import { type HeatmapCell, type HeatmapData, describeHeatmap, heatmapTable } from './heatmap.data';
import { Lines } from './marks';
import { useMotion, useTween } from './motion';
import { ellipsize, isCut, textWidth, wrapText } from './text';
import {
  CHART_WIDTH,
  EMPTY_NOTE,
  FONT,
  HEAT_RAMP,
  HEAT_TEXT,
  LINE,
  PAD,
  SUPPRESSED_NOTE,
  type ChartSide,
} from './theme';

const PANEL_GAP = 28;
const HEADER_FONT = 16;
const FOOTER_HIDDEN = 'not shown';
/** A published share sits under the room's, smaller, and lifts the room's value to make room. */
const PUBLISHED_FONT = 13;
const PUBLISHED_LIFT = 8;

const shade: Readonly<Record<ChartSide, (t: number) => string>> = {
  it: interpolateLab(...HEAT_RAMP.it),
  marketing: interpolateLab(...HEAT_RAMP.marketing),
};

/** Shares of each option per item, one panel per side, with how far apart the sides are. */
export function HeatmapChart({
  data,
  options,
  static: still,
  ...props
}: ChartProps & { readonly data: HeatmapData; readonly options: readonly Option[] }) {
  const animate = useMotion(still);
  const byItems = data.orientation === 'items-as-rows';
  const labelWidth = byItems ? 210 : 330;
  const disconnectWidth = byItems ? 120 : 0;
  const panelLeft = PAD + labelWidth + 20;
  const panelWidth = (CHART_WIDTH - PAD - disconnectWidth - panelLeft - PANEL_GAP) / 2;
  const columnWidth = panelWidth / Math.max(1, data.columns.length);
  const left: Record<ChartSide, number> = { it: panelLeft, marketing: panelLeft + panelWidth + PANEL_GAP };

  const layout = useMemo(() => {
    const headers = data.columns.map((column) => wrapText(column.label, columnWidth - 8, HEADER_FONT, 5));
    const headerLines = Math.max(1, ...headers.map((lines) => lines.length));
    const top = 44 + headerLines * 20 + 14;
    const labelled = data.rows.map((row) => ({ row, lines: wrapText(row.label, labelWidth, FONT.label, 4) }));
    const stacked = stackRows(labelled, top, ({ lines }) => Math.max(58, lines.length * LINE + 18));
    const rows = stacked.rows.map(({ item, top: rowTop, height }) => ({ ...item, top: rowTop, height }));
    return { headers, headerLines, top, rows, bottom: stacked.bottom };
  }, [data.columns, data.rows, columnWidth, labelWidth]);

  const target = useMemo(() => {
    const values: Record<string, number> = {};
    for (const side of ['it', 'marketing'] as const) {
      data.cells[side].forEach((cells, r) =>
        cells.forEach((cell, c) => {
          if (cell.state === 'shown') values[`${side}:${r}:${c}`] = cell.share!;
        }),
      );
    }
    data.items.forEach((item, i) => {
      if (item.disconnect !== null) values[`d:${i}`] = item.disconnect;
    });
    return values;
  }, [data]);
  const shown = useTween(target, animate, () => 0);

  /**
   * A suppressed or empty item: one dashed region across its cells with the reason in
   * words, never cells that could be read as 0%.
   */
  function hiddenRegions(side: ChartSide) {
    const regions = [];
    if (byItems) {
      for (const [r, { top, height: rowHeight }] of layout.rows.entries()) {
        const first = data.cells[side][r]![0];
        if (!first || first.state === 'shown') continue;
        regions.push({
          key: `${side}:row:${r}`,
          x: left[side],
          y: top,
          width: panelWidth,
          height: rowHeight,
          state: first.state,
        });
      }
    } else {
      data.columns.forEach((_, c) => {
        const first = data.cells[side][0]?.[c];
        if (!first || first.state === 'shown') return;
        regions.push({
          key: `${side}:col:${c}`,
          x: left[side] + c * columnWidth,
          y: layout.top,
          width: columnWidth,
          height: layout.bottom - layout.top,
          state: first.state,
        });
      });
    }
    return regions.map((region) => (
      <g key={region.key}>
        <rect
          className="heat-hidden"
          x={region.x + 2}
          y={region.y + 2}
          width={region.width - 4}
          height={region.height - 4}
          rx={4}
        />
        <Lines
          className="chart-note"
          lines={wrapText(region.state === 'suppressed' ? SUPPRESSED_NOTE : EMPTY_NOTE, region.width - 16, FONT.small)}
          x={region.x + region.width / 2}
          y={region.y + region.height / 2}
          anchor="middle"
          fontSize={FONT.small}
          lineHeight={20}
        />
      </g>
    ));
  }

  function cellMark(side: ChartSide, cell: HeatmapCell, r: number, c: number, top: number, height: number) {
    const x = left[side] + c * columnWidth;
    // Hidden and empty items are drawn once, across their cells, by hiddenRegions.
    if (cell.state !== 'shown') return null;
    const share = Math.min(1, Math.max(0, shown[`${side}:${r}:${c}`] ?? 0));
    const label = figure.share(cell.share!);
    return (
      <g key={`${side}:${r}:${c}`}>
        <rect
          className="heat-cell"
          x={x}
          y={top}
          width={columnWidth}
          height={height}
          style={{ fill: shade[side](share) }}
        />
        {textWidth(label, FONT.value) < columnWidth - 6 && (
          <text
            className="chart-value"
            x={x + columnWidth / 2}
            y={top + height / 2 - (cell.published != null ? PUBLISHED_LIFT : 0)}
            textAnchor="middle"
            dominantBaseline="central"
            fontSize={FONT.value}
            style={{ fill: HEAT_TEXT }}
          >
            {label}
          </text>
        )}
        {cell.published != null && (
          <text
            className="chart-note heat-published"
            x={x + columnWidth / 2}
            y={top + height - 12}
            textAnchor="middle"
            dominantBaseline="central"
            fontSize={PUBLISHED_FONT}
            style={{ fill: share > 0.5 ? '#ffffff' : '#3a414b' }}
          >
            pub. {figure.share(cell.published)}
          </text>
        )}
      </g>
    );
  }

  function footerText(label: string, disconnect: number | null) {
    if (data.items.length === 1) return 'Disconnect between the sides: ';
    const value = disconnect === null ? FOOTER_HIDDEN : figure.share(disconnect);
    const room = CHART_WIDTH - 2 * PAD - textWidth(`Disconnect, : ${value}`, FONT.value) - 8;
    return `Disconnect, ${ellipsize(label, room, FONT.value)}: `;
  }

  const disconnectX = CHART_WIDTH - PAD - disconnectWidth + 20;
  const disconnectBar = disconnectWidth - 20;
  const footer = byItems ? 0 : data.items.length * 28 + 16;
  const height = layout.bottom + footer + 20;

  return (
    <ChartFrame
      {...props}
      kind="heatmap"
      height={height}
      description={describeHeatmap(data, options)}
      table={heatmapTable(data, options, `${props.title}: share of each side choosing each option`)}
    >
      {(['it', 'marketing'] as const).map((side) => (
        <g key={side}>
          <text
            className={`text-${side} chart-header-text`}
            x={left[side] + panelWidth / 2}
            y={18}
            textAnchor="middle"
            dominantBaseline="central"
            fontSize={FONT.header}
          >
            {side === 'it' ? 'IT' : 'Marketing'}
          </text>
          <rect className={`fill-${side}`} x={left[side]} y={34} width={panelWidth} height={4} />
          {layout.headers.map((lines, c) => (
            <g key={c}>
              {isCut(lines, data.columns[c]!.label) && <title>{data.columns[c]!.label}</title>}
              <Lines
                className="chart-muted heat-header"
                lines={lines}
                x={left[side] + c * columnWidth + columnWidth / 2}
                y={44 + (layout.headerLines * 20) / 2 + 4}
                anchor="middle"
                lineHeight={20}
                fontSize={HEADER_FONT}
              />
            </g>
          ))}
        </g>
      ))}
      {byItems && (
        <text
          className="chart-muted heat-header"
          x={disconnectX}
          y={44 + (layout.headerLines * 20) / 2 + 4}
          dominantBaseline="central"
          fontSize={HEADER_FONT}
        >
          Disconnect
        </text>
      )}
      {layout.rows.map(({ row, lines, top, height: rowHeight }, r) => (
        <g key={row.id}>
          <g>
            {isCut(lines, row.label) && <title>{row.label}</title>}
            <Lines className="chart-label" lines={lines} x={PAD} y={top + rowHeight / 2} />
          </g>
          {(['it', 'marketing'] as const).map((side) =>
            data.cells[side][r]!.map((cell, c) => cellMark(side, cell, r, c, top, rowHeight)),
          )}
          {byItems && data.items[r]!.disconnect !== null && (
            <g>
              <rect
                className="fill-track"
                x={disconnectX}
                y={top + rowHeight / 2 + 4}
                width={disconnectBar}
                height={10}
                rx={2}
              />
              <rect
                className="bar-neutral"
                x={disconnectX}
                y={top + rowHeight / 2 + 4}
                width={disconnectBar * (shown[`d:${r}`] ?? 0)}
                height={10}
                rx={2}
              />
              <text
                className="chart-value"
                x={disconnectX}
                y={top + rowHeight / 2 - 10}
                dominantBaseline="central"
                fontSize={FONT.value}
              >
                {figure.share(data.items[r]!.disconnect!)}
              </text>
            </g>
          )}
        </g>
      ))}
      {hiddenRegions('it')}
      {hiddenRegions('marketing')}
      {!byItems &&
        data.items.map((item, i) => (
          <text
            key={item.itemId}
            className="chart-label"
            x={PAD}
            y={layout.bottom + 26 + i * 28}
            dominantBaseline="central"
            fontSize={FONT.value}
          >
            {data.items.length > 1 && !footerText(item.label, item.disconnect).includes(item.label) && (
              <title>{item.label}</title>
            )}
            {footerText(item.label, item.disconnect)}
            <tspan className={item.disconnect === null ? 'chart-note' : 'chart-value'}>
              {item.disconnect === null ? FOOTER_HIDDEN : figure.share(item.disconnect)}
            </tspan>
          </text>
        ))}
    </ChartFrame>
  );
}
