import type { ChoiceConfig } from '../../../shared/kinds/choice';
import { OptionsEditor } from '../parts/OptionsEditor';
import { OptionsInput } from '../parts/OptionsInput';
import { optionsResultParts } from '../parts/optionsResults';
import { valueSetter } from '../parts/values';
import type { KindView } from '../types';

export const choiceView: KindView<ChoiceConfig> = {
  BallotInput: ({ config, items, draft, onUpdate }) => (
    <OptionsInput
      items={items}
      options={config.options}
      multiple={config.multiple}
      layout="list"
      draft={draft}
      onValue={valueSetter(onUpdate)}
    />
  ),
  SettingsEditor: ({ config, errors, onChange }) => (
    <>
      <OptionsEditor
        options={config.options}
        error={errors['config.options']}
        errors={errors}
        onChange={(options) => onChange({ ...config, options })}
      />
      <label className="checkbox-line">
        <input
          type="checkbox"
          checked={config.multiple}
          onChange={(e) => onChange({ ...config, multiple: e.target.checked })}
        />{' '}
        A person may pick several options
      </label>
    </>
  ),
  resultParts: (context) => optionsResultParts(context, context.config.options, 'What each side chose'),
  // The heatmap has no axis to mark a published share on.
  listsBenchmarks: true,
};
