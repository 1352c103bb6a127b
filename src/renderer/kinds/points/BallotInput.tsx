import type { PointsConfig } from '../../../shared/kinds/points';
import { valueSetter } from '../parts/values';
import { PointsInput } from './PointsInput';
import type { KindView } from '../types';

/** How a person answers the activity on the ballot. */
export const pointsBallotInput: KindView<PointsConfig>['BallotInput'] = ({ config, items, draft, onUpdate }) => (
  <PointsInput items={items} total={config.total} draft={draft} onValue={valueSetter(onUpdate)} />
);
