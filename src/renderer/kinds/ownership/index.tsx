import type { OwnershipConfig } from '../../../shared/kinds/ownership';
import { OptionsEditor } from '../parts/OptionsEditor';
import { OptionsInput } from '../parts/OptionsInput';
import { optionsResultParts } from '../parts/optionsResults';
import { valueSetter } from '../parts/values';
import type { KindView } from '../types';

export const ownershipView: KindView<OwnershipConfig> = {
  BallotInput: ({ config, items, draft, onUpdate }) => (
    <OptionsInput
      items={items}
      options={config.options}
      multiple={false}
      layout="grid"
      draft={draft}
      onValue={valueSetter(onUpdate)}
    />
  ),
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
