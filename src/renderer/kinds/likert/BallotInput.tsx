import type { LikertConfig } from '../../../shared/kinds/likert';
import { LevelsInput } from '../parts/LevelsInput';
import { valueSetter } from '../parts/values';
import type { KindView } from '../types';

/** How a person answers the activity on the ballot. */
export const likertBallotInput: KindView<LikertConfig>['BallotInput'] = ({ config, items, draft, onUpdate }) => (
  <LevelsInput
    items={items}
    draft={draft}
    onValue={valueSetter(onUpdate)}
    levels={config.labels.map((label, i) => ({ value: i + 1, label }))}
  />
);
