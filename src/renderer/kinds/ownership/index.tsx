import type { OwnershipConfig } from '../../../shared/kinds/ownership';
import { OptionsEditor } from '../parts/OptionsEditor';
import { optionsResultParts } from '../parts/optionsResults';
import type { KindView } from '../types';
import { ownershipBallotInput } from './BallotInput';

export const ownershipView: KindView<OwnershipConfig> = {
  BallotInput: ownershipBallotInput,
  SettingsEditor: ({ config, errors, onChange }) => (
    <OptionsEditor
      options={config.options}
      error={errors['config.options']}
      errors={errors}
      onChange={(options) => onChange({ ...config, options })}
    />
  ),
  resultParts: (context) => optionsResultParts(context, context.config.options, 'Who should drive it, per side'),
  // The heatmap has no axis to mark a published share on.
  listsBenchmarks: true,
};
