import type { ScaleConfig } from '../../../shared/kinds/scale';
import { LevelsInput } from '../parts/LevelsInput';
import { valueSetter } from '../parts/values';
import type { KindView } from '../types';

/** How a person answers the activity on the ballot. */
export const scaleBallotInput: KindView<ScaleConfig>['BallotInput'] = ({ config, items, draft, onUpdate }) => (
  <LevelsInput
    items={items}
    draft={draft}
    onValue={valueSetter(onUpdate)}
    levels={Array.from({ length: config.max - config.min + 1 }, (_, i) => {
      const value = config.min + i;
      const end = value === config.min ? config.minLabel : value === config.max ? config.maxLabel : '';
      return { value, label: String(value), ...(end ? { name: `${value}, ${end}` } : {}) };
    })}
    ends={[config.minLabel, config.maxLabel]}
  />
);
