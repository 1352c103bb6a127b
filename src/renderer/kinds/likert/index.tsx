import type { LikertConfig } from '../../../shared/kinds/likert';
import { DumbbellChart, dumbbellData, LikertChart, likertData } from '../../charts';
import { Field } from '../../ui/Field';

import type { KindView } from '../types';
import { likertBallotInput } from './BallotInput';

export const likertView: KindView<LikertConfig> = {
  BallotInput: likertBallotInput,
  SettingsEditor: ({ config, errors, onChange }) => (
    <div className="form-grid five">
      {config.labels.map((label, index) => (
        <Field key={index} label={`Level ${index + 1}`} error={errors[`config.labels.${index}`]}>
          {(props) => (
            <input
              {...props}
              value={label}
              onChange={(e) => {
                const labels: LikertConfig['labels'] = [...config.labels];
                labels[index] = e.target.value;
                onChange({ ...config, labels });
              }}
            />
          )}
        </Field>
      ))}
    </div>
  ),
  resultParts: ({ config, result }) => [
    {
      key: 'likert',
      perPage: 4,
      render: (items, common) => (
        <LikertChart {...common} title="Answers per side" data={likertData(items, config.labels)} />
      ),
    },
    {
      key: 'dumbbell',
      perPage: 4,
      render: (items, common) => (
        <DumbbellChart
          {...common}
          title={result.benchmarks.length ? 'Share agreeing, with the published figures' : 'Share agreeing'}
          data={dumbbellData(items, config, result.benchmarks)}
        />
      ),
    },
  ],
  listsBenchmarks: false,
};
