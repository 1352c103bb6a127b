import type { PredictionConfig } from '../../../shared/kinds/prediction';
import { valueSetter } from '../parts/values';
import { PredictionInput } from './PredictionInput';
import type { KindView } from '../types';

/** How a person answers the activity on the ballot. */
export const predictionBallotInput: KindView<PredictionConfig>['BallotInput'] = ({
  config,
  items,
  draft,
  onUpdate,
}) => <PredictionInput items={items} config={config} draft={draft} onValue={valueSetter(onUpdate)} />;
