import type { ItemResult, MatrixPosition, SideResult } from '../../shared/analytics';
import type { MatrixConfig, MatrixQuadrant } from '../../shared/kinds/matrix';
import { type GapSureness, sureness } from './certainty';
import * as figure from '../../shared/figures';
import type { ChartTable } from './table';
import { EMPTY_NOTE, SUPPRESSED_NOTE, type ChartSide } from './theme';

/** One side's mean place on the matrix as the chart draws it, or why it is not drawn. */
export type MatrixPlace =
  | {
      readonly state: 'shown';
      readonly x: number;
      readonly y: number;
      readonly n: number;
      readonly quadrant: MatrixQuadrant | null;
    }
  | { readonly state: 'suppressed' }
  | { readonly state: 'empty' };

export interface MatrixRow {
  readonly itemId: string;
  readonly label: string;
  /** The item's number on the chart, 1 for the first item of the agenda. */
  readonly number: number;
  readonly it: MatrixPlace;
  readonly marketing: MatrixPlace;
  /** IT − Marketing on each axis. */
  readonly gapX: number | null;
  readonly gapY: number | null;
  /** How far apart the two sides' places are, in axis units. */
  readonly distance: number | null;
  readonly sureness: GapSureness | null;
}

export interface MatrixData {
  readonly x: MatrixConfig['x'];
  readonly y: MatrixConfig['y'];
  readonly quadrants: MatrixConfig['quadrants'];
  /** In agenda order. */
  readonly rows: readonly MatrixRow[];
}

function place(side: SideResult, position: MatrixPosition | null | undefined): MatrixPlace {
  if (side.suppressed) return { state: 'suppressed' };
  if (!position || position.x.mean === null || position.y.mean === null) return { state: 'empty' };
  return { state: 'shown', x: position.x.mean, y: position.y.mean, n: position.x.n, quadrant: position.quadrant };
}

/** Each item's two places, IT's and Marketing's, and how far apart they are. */
export function matrixData(config: MatrixConfig, items: readonly ItemResult[]): MatrixData {
  return {
    x: config.x,
    y: config.y,
    quadrants: config.quadrants,
    rows: items.map((item, i) => ({
      itemId: item.itemId,
      label: item.label,
      number: i + 1,
      it: place(item.it, item.matrix?.it),
      marketing: place(item.marketing, item.matrix?.marketing),
      gapX: item.matrix?.gapX ?? null,
      gapY: item.matrix?.gapY ?? null,
      distance: item.matrix?.distance ?? null,
      sureness: item.matrix?.distance == null ? null : sureness(item.certainty),
    })),
  };
}

/** The rows furthest apart first; the ones without a distance last, in agenda order. */
export function byDistance(rows: readonly MatrixRow[]): MatrixRow[] {
  return [...rows].sort((a, b) => (b.distance ?? -1) - (a.distance ?? -1) || a.number - b.number);
}

export function quadrantName(data: Pick<MatrixData, 'quadrants'>, quadrant: MatrixQuadrant | null): string {
  return quadrant === null ? 'on a midline' : data.quadrants[quadrant];
}

/** "Importance 7, readiness 3". */
export function placeWords(data: Pick<MatrixData, 'x' | 'y'>, x: number, y: number): string {
  return `${data.x.name} ${figure.number(x)}, ${data.y.name.toLowerCase()} ${figure.number(y)}`;
}

function placeCell(data: MatrixData, side: MatrixPlace): string {
  if (side.state === 'suppressed') return SUPPRESSED_NOTE;
  if (side.state === 'empty') return EMPTY_NOTE;
  return `${placeWords(data, side.x, side.y)} (${quadrantName(data, side.quadrant)})`;
}

export const distanceText = (distance: number | null) => (distance === null ? '—' : figure.number(distance));

export function matrixTable(data: MatrixData, caption: string, withCertainty = false): ChartTable {
  const columns = [
    'Item',
    'IT',
    'Marketing',
    `${data.x.name} gap (IT − Marketing)`,
    `${data.y.name} gap (IT − Marketing)`,
    'Distance apart',
  ];
  if (withCertainty) columns.push('How sure');
  const rows = byDistance(data.rows).map((row) => {
    const cells = [
      `${row.number}. ${row.label}`,
      placeCell(data, row.it),
      placeCell(data, row.marketing),
      row.gapX === null ? '—' : figure.gap(row.gapX),
      row.gapY === null ? '—' : figure.gap(row.gapY),
      distanceText(row.distance),
    ];
    if (withCertainty) cells.push(row.sureness?.words ?? '—');
    return cells;
  });
  return { caption, columns, rows };
}

const sideName = (side: ChartSide) => (side === 'it' ? 'IT' : 'Marketing');

export function describeMatrix(data: MatrixData): string {
  const parts = [
    `${data.rows.length} items placed on ${data.x.name} (across, 0 to 10) and ${data.y.name} (up, 0 to 10), one point per side, IT's as circles and Marketing's as squares, joined by a line.`,
  ];
  const far = byDistance(data.rows)[0];
  if (!far || far.distance === null || far.it.state !== 'shown' || far.marketing.state !== 'shown') {
    parts.push('No item has answers from both sides to compare.');
    return parts.join(' ');
  }
  parts.push(
    `Furthest apart: ${far.label}, ${figure.number(far.distance)} apart: ${(['it', 'marketing'] as const)
      .map((side) => {
        const p = far[side] as Extract<MatrixPlace, { state: 'shown' }>;
        return `${sideName(side)} at ${placeWords(data, p.x, p.y)}`;
      })
      .join('; ')}.`,
  );
  return parts.join(' ');
}
