import type { ActivityConfig } from '../../shared/domain';
import type { ItemResult, SideResult } from '../../shared/analytics';
import { kindOf } from '../../shared/kinds';

/** One side's figure for an item, as a person reads it: "6.2", "48% Co-led", or why it is hidden. */
export function sideFigure(config: ActivityConfig, side: SideResult): string {
  return kindOf(config).text.sideFigure(config, side);
}

/** How far apart the sides are on an item, in the kind's own terms. */
export function gapFigure(config: ActivityConfig, item: ItemResult): string {
  return kindOf(config).text.gapFigure(config, item);
}
