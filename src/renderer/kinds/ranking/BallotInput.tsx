import type { RankingConfig } from '../../../shared/kinds/ranking';
import { RankingInput } from './RankingInput';
import { moveInOrder } from '../../ballot/draft';
import type { KindView } from '../types';

/** How a person answers the activity on the ballot. */
export const rankingBallotInput: KindView<RankingConfig>['BallotInput'] = ({ items, draft, onUpdate }) => (
  <RankingInput
    items={items}
    order={draft.order}
    onMove={(id, to) => onUpdate((d) => ({ ...d, order: moveInOrder(d.order, id, to) }))}
  />
);
