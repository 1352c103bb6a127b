import type { ChoiceConfig } from '../../../shared/kinds/choice';
import { OptionsEditor } from '../parts/OptionsEditor';
import { optionsResultParts } from '../parts/optionsResults';
import type { KindView } from '../types';
import { choiceBallotInput } from './BallotInput';

export const choiceView: KindView<ChoiceConfig> = {
  BallotInput: choiceBallotInput,
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
