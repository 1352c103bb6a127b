import type { OwnershipConfig } from '../../../shared/kinds/ownership';
import { OptionsInput } from '../parts/OptionsInput';
import { valueSetter } from '../parts/values';
import type { KindView } from '../types';

/** How a person answers the activity on the ballot. */
export const ownershipBallotInput: KindView<OwnershipConfig>['BallotInput'] = ({ config, items, draft, onUpdate }) => (
  <OptionsInput
    items={items}
    options={config.options}
    multiple={false}
    layout="grid"
    draft={draft}
    onValue={valueSetter(onUpdate)}
  />
);
