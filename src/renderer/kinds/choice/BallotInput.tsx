import type { ChoiceConfig } from '../../../shared/kinds/choice';
import { OptionsInput } from '../parts/OptionsInput';
import { valueSetter } from '../parts/values';
import type { KindView } from '../types';

/** How a person answers the activity on the ballot. */
export const choiceBallotInput: KindView<ChoiceConfig>['BallotInput'] = ({ config, items, draft, onUpdate }) => (
  <OptionsInput
    items={items}
    options={config.options}
    multiple={config.multiple}
    layout="list"
    draft={draft}
    onValue={valueSetter(onUpdate)}
  />
);
