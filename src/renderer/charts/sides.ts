import type { ActivityKind } from '../../shared/domain';
import type { SideResult } from '../../shared/analytics';
import { comparedByDistribution, ordersItems } from '../../shared/kinds';
import { EMPTY_NOTE, SUPPRESSED_NOTE, type ChartSide } from './theme';

/**
 * One side's figure as a chart draws it. A suppressed side is its own state, never a
 * zero: with anonymity on, fewer than three voters are not broken out.
 */
export type SideValue =
  | { readonly state: 'shown'; readonly value: number; readonly n: number }
  | { readonly state: 'suppressed' }
  | { readonly state: 'empty' };

export const SUPPRESSED: SideValue = { state: 'suppressed' };
export const EMPTY: SideValue = { state: 'empty' };

/** The side's figure as `pick` reads it, or why there is none. */
export function sideValue(side: SideResult, pick: (side: SideResult) => number | null): SideValue {
  if (side.suppressed) return SUPPRESSED;
  const value = side.n === 0 ? null : pick(side);
  return value === null ? EMPTY : { state: 'shown', value, n: side.n };
}

export const shownValue = (side: SideValue): number | null => (side.state === 'shown' ? side.value : null);

/** The table cell for a side: its number, or the words that stand in for it. */
export function sideCell(side: SideValue, formatValue: (value: number) => string): string {
  if (side.state === 'suppressed') return SUPPRESSED_NOTE;
  if (side.state === 'empty') return EMPTY_NOTE;
  return formatValue(side.value);
}

/**
 * Which side an item's gap favours. The gap is mean(IT) − mean(Marketing); for a ranking a
 * lower mean rank is the higher priority, so the sign turns round.
 */
export function favouredSide(kind: ActivityKind, gap: number | null): ChartSide | null {
  if (gap === null || gap === 0) return null;
  const itHigher = ordersItems(kind) ? gap < 0 : gap > 0;
  return itHigher ? 'it' : 'marketing';
}

/** "IT higher", "Marketing ranks it higher", "different answers". */
export function leaningPhrase(kind: ActivityKind, gap: number | null, disconnect: number | null): string {
  if (comparedByDistribution(kind)) return disconnect === null ? '' : 'different answers';
  const side = favouredSide(kind, gap);
  if (side === null) return gap === 0 ? 'same' : '';
  const name = side === 'it' ? 'IT' : 'Marketing';
  return ordersItems(kind) ? `${name} ranks it higher` : `${name} higher`;
}
