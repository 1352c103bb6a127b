import type { ActivityConfig } from '../../shared/domain';
import type { ItemResult, SideResult } from '../../shared/analytics';

/** One side's figure for an item, as a person reads it: "6.2", "48% Co-led", or why it is hidden. */
export function sideFigure(config: ActivityConfig, side: SideResult): string {
  if (side.n === 0) return '—';
  if (side.suppressed) return 'fewer than 3';
  if (config.kind === 'ownership' || config.kind === 'choice') {
    const [id, share] = Object.entries(side.shares ?? {}).sort((a, b) => b[1] - a[1])[0] ?? [];
    const label = config.options.find((o) => o.id === id)?.label ?? id;
    return share === undefined ? '—' : `${Math.round(share * 100)}% ${label}`;
  }
  if (side.mean === null) return '—';
  const digits = config.kind === 'points' || config.kind === 'prediction' ? 0 : 1;
  const unit = config.kind === 'prediction' ? config.unit : config.kind === 'points' ? ' pts' : '';
  const prefix = config.kind === 'ranking' ? '#' : '';
  return `${prefix}${side.mean.toFixed(digits)}${unit}`;
}

/** How far apart the sides are on an item, in the kind's own terms. */
export function gapFigure(config: ActivityConfig, item: ItemResult): string {
  if (item.disconnect !== null) return `${Math.round(item.disconnect * 100)}% apart`;
  if (item.gap === null) return '—';
  const digits = config.kind === 'points' || config.kind === 'prediction' ? 0 : 1;
  const sign = item.gap > 0 ? '+' : item.gap < 0 ? '−' : '±';
  return `${sign}${Math.abs(item.gap).toFixed(digits)}`;
}
