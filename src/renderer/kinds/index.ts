import type { ActivityConfig, ActivityKind } from '../../shared/domain';
import { choiceView } from './choice';
import { ideasView } from './ideas';
import { likertView } from './likert';
import { matrixView } from './matrix';
import { ownershipView } from './ownership';
import { pointsView } from './points';
import { predictionView } from './prediction';
import { rankingView } from './ranking';
import { scaleView } from './scale';
import type { KindView } from './types';

/** Each kind's ballot input, settings editor and result charts; a kind missing here does not compile. */
export const KIND_VIEWS = {
  ownership: ownershipView,
  ranking: rankingView,
  points: pointsView,
  likert: likertView,
  scale: scaleView,
  choice: choiceView,
  prediction: predictionView,
  ideas: ideasView,
  matrix: matrixView,
} satisfies { readonly [K in ActivityKind]: KindView<Extract<ActivityConfig, { kind: K }>> };

/**
 * The view of a config's kind, as the screens that serve every kind call it. Each view is
 * only handed its own kind's settings, since it is picked by the settings' `kind`;
 * TypeScript cannot follow that pairing through a lookup, hence the one widening.
 */
export function viewOf(config: ActivityConfig): KindView<ActivityConfig> {
  return KIND_VIEWS[config.kind] as unknown as KindView<ActivityConfig>;
}
