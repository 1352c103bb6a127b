import type { ActivityConfig } from '../../shared/domain';
import type { ItemResult, SideResult } from '../../shared/analytics';
import * as figure from '../../shared/figures';
import { optionLabel } from '../../shared/options';

/** One side's figure for an item, as a person reads it: "6.2", "48% Co-led", or why it is hidden. */
export function sideFigure(config: ActivityConfig, side: SideResult): string {
  if (side.n === 0) return figure.MISSING;
  if (side.suppressed) return 'fewer than 3';
  if (config.kind === 'ownership' || config.kind === 'choice') {
    const [id, share] = Object.entries(side.shares ?? {}).sort((a, b) => b[1] - a[1])[0] ?? [];
    return id === undefined || share === undefined
      ? figure.MISSING
      : `${figure.share(share)} ${optionLabel(config, id)}`;
  }
  const digits = config.kind === 'points' || config.kind === 'prediction' ? 0 : 1;
  if (config.kind === 'ranking') return figure.position(side.mean);
  if (config.kind === 'points') return figure.points(side.mean);
  const unit = config.kind === 'prediction' ? config.unit : '';
  return figure.mean(side.mean, { decimals: digits, unit });
}

/** How far apart the sides are on an item, in the kind's own terms. */
export function gapFigure(config: ActivityConfig, item: ItemResult): string {
  if (item.disconnect !== null) return figure.apart(item.disconnect);
  const digits = config.kind === 'points' || config.kind === 'prediction' ? 0 : 1;
  return figure.gap(item.gap, { decimals: digits });
}
