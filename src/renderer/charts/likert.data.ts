import type { ItemResult, SideResult } from '../../shared/analytics';
import * as figure from '../../shared/figures';
import type { ChartTable } from './table';
import { EMPTY_NOTE, SUPPRESSED_NOTE } from './theme';

export interface LikertSegment {
  /** 1 (most disagree) to 5 (most agree). */
  readonly level: number;
  readonly share: number;
  /** Where the segment starts and ends, as shares of the side's voters; 0 is the middle of "neutral". */
  readonly x0: number;
  readonly x1: number;
}

export type LikertBar =
  | {
      readonly state: 'shown';
      readonly n: number;
      readonly segments: readonly LikertSegment[];
      /** Share answering 4 or 5, and 1 or 2. */
      readonly agree: number;
      readonly disagree: number;
    }
  | { readonly state: 'suppressed' }
  | { readonly state: 'empty' };

export interface LikertRow {
  readonly itemId: string;
  readonly label: string;
  readonly it: LikertBar;
  readonly marketing: LikertBar;
}

export interface LikertData {
  readonly rows: readonly LikertRow[];
  /** The five answer labels, disagree to agree. */
  readonly levels: readonly string[];
}

const LEVELS = [1, 2, 3, 4, 5] as const;

/**
 * One side's answers as a diverging stack: disagreement to the left of zero, agreement to
 * the right, the neutral answer split evenly across zero.
 */
export function likertBar(side: SideResult): LikertBar {
  if (side.suppressed) return { state: 'suppressed' };
  if (side.n === 0 || side.shares === null) return { state: 'empty' };
  const share = (level: number) => side.shares?.[String(level)] ?? 0;
  let x = -(share(1) + share(2) + share(3) / 2);
  const segments = LEVELS.map((level) => {
    const x0 = x;
    x += share(level);
    return { level, share: share(level), x0, x1: x };
  });
  return { state: 'shown', n: side.n, segments, agree: share(4) + share(5), disagree: share(1) + share(2) };
}

/** Diverging stacked bars, one per side per statement, in agenda order. */
export function likertData(items: readonly ItemResult[], levels: readonly string[]): LikertData {
  return {
    levels,
    rows: items.map((item) => ({
      itemId: item.itemId,
      label: item.label,
      it: likertBar(item.it),
      marketing: likertBar(item.marketing),
    })),
  };
}

export function likertTable(data: LikertData, caption: string): ChartTable {
  const columns = ['Statement', 'Side', ...data.levels.map((label, i) => `${i + 1} ${label}`), 'Agree (4 or 5)'];
  const rows: string[][] = [];
  for (const row of data.rows) {
    for (const [name, bar] of [
      ['IT', row.it],
      ['Marketing', row.marketing],
    ] as const) {
      if (bar.state === 'shown') {
        rows.push([row.label, name, ...bar.segments.map((s) => figure.share(s.share)), figure.share(bar.agree)]);
      } else {
        const note = bar.state === 'suppressed' ? SUPPRESSED_NOTE : EMPTY_NOTE;
        rows.push([row.label, name, ...data.levels.map(() => note), note]);
      }
    }
  }
  return { caption, columns, rows };
}

export function describeLikert(data: LikertData): string {
  const parts = [
    `For each of ${data.rows.length} statements, IT's answers (left panel) and Marketing's (right panel) as bars split from "${data.levels[0]}" to "${data.levels[4]}", disagreement left of the centre line and agreement right of it.`,
  ];
  let widest: { row: LikertRow; gap: number } | null = null;
  for (const row of data.rows) {
    if (row.it.state !== 'shown' || row.marketing.state !== 'shown') continue;
    const gap = Math.abs(row.it.agree - row.marketing.agree);
    if (widest === null || gap > widest.gap) widest = { row, gap };
  }
  if (widest && widest.row.it.state === 'shown' && widest.row.marketing.state === 'shown') {
    parts.push(
      `Widest split: "${widest.row.label}", ${figure.share(widest.row.it.agree)} of IT agree and ${figure.share(widest.row.marketing.agree)} of Marketing.`,
    );
  }
  return parts.join(' ');
}
