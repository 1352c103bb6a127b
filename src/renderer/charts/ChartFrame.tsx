import { useId, useRef, useState, type ReactNode } from 'react';
import { exportChart, type ExportFormat } from './exportChart';
import { slugify } from './format';
import type { ChartTable } from './table';
import { CHART_WIDTH } from './theme';
import './charts.css';

export interface ChartFrameProps {
  /** The chart's heading; also its SVG <title>. */
  readonly title: string;
  /** What the chart shows, in a sentence or two, for screen readers (the SVG <desc>). */
  readonly description: string;
  /** A short line under the heading. */
  readonly caption?: ReactNode;
  /** The drawing's height in viewBox units; the width is always CHART_WIDTH. */
  readonly height: number;
  readonly table: ChartTable;
  /** Names the exported file, with the title: "northwind-2027". */
  readonly fileLabel?: string;
  /** A line printed under the heading of an exported file. */
  readonly exportSubheading?: string;
  /** A class for the figure, naming the kind of chart. */
  readonly kind: string;
  readonly children: ReactNode;
}

/**
 * Every chart's frame: the heading, the SVG (role="img", titled and described), a
 * "Show as table" toggle with the same numbers in a real table, and export as SVG or PNG.
 */
export function ChartFrame(props: ChartFrameProps) {
  const { title, description, caption, height, table, fileLabel, exportSubheading, kind, children } = props;
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const tableId = `${id}-table`;
  const svgRef = useRef<SVGSVGElement>(null);
  const [showTable, setShowTable] = useState(false);
  const [exporting, setExporting] = useState<ExportFormat | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);

  async function save(format: ExportFormat) {
    if (!svgRef.current) return;
    setExporting(format);
    setExportError(null);
    try {
      const base = [fileLabel, title]
        .filter(Boolean)
        .map((part) => slugify(part!))
        .join('-');
      await exportChart(svgRef.current, format, base, { heading: title, subheading: exportSubheading });
    } catch (error) {
      setExportError(error instanceof Error ? error.message : 'The chart could not be exported.');
    } finally {
      setExporting(null);
    }
  }

  return (
    <figure className={`chart chart-${kind}`} aria-labelledby={`${id}-heading`}>
      <div className="chart-header">
        <div>
          <h3 className="chart-title" id={`${id}-heading`}>
            {title}
          </h3>
          {caption && <p className="chart-caption">{caption}</p>}
        </div>
        <div className="chart-tools">
          <button
            type="button"
            className="button small"
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => setShowTable((shown) => !shown)}
          >
            {showTable ? 'Hide table' : 'Show as table'}
          </button>
          <button
            type="button"
            className="button small"
            disabled={exporting !== null}
            onClick={() => void save('svg')}
            aria-label={`Export “${title}” as SVG`}
          >
            SVG
          </button>
          <button
            type="button"
            className="button small"
            disabled={exporting !== null}
            onClick={() => void save('png')}
            aria-label={`Export “${title}” as PNG`}
          >
            PNG
          </button>
        </div>
      </div>
      <svg
        ref={svgRef}
        className="chart-svg"
        viewBox={`0 0 ${CHART_WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        preserveAspectRatio="xMidYMin meet"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        {children}
      </svg>
      {exportError && (
        <p className="chart-error" role="alert">
          {exportError}
        </p>
      )}
      <div id={tableId} className="chart-table-wrap" hidden={!showTable}>
        {showTable && (
          <table className="table chart-table">
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) =>
                    c === 0 ? (
                      <th key={c} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={c}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </figure>
  );
}
