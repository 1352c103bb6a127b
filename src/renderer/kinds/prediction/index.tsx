import type { PredictionConfig } from '../../../shared/kinds/prediction';
import { DumbbellChart, dumbbellData, ReadingChart, readingData } from '../../charts';
import { Field } from '../../ui/Field';
import { RangeFields } from '../parts/RangeFields';

import type { KindView } from '../types';
import { predictionBallotInput } from './BallotInput';

export const predictionView: KindView<PredictionConfig> = {
  BallotInput: predictionBallotInput,
  SettingsEditor: ({ config, errors, onChange }) => (
    <div className="form-grid four">
      <Field label="What the prediction asks" error={errors['config.ask']} className="span-4">
        {(props) => (
          <input {...props} value={config.ask} onChange={(e) => onChange({ ...config, ask: e.target.value })} />
        )}
      </Field>
      <RangeFields config={config} errors={errors} onChange={onChange} />
      <Field label="Unit" error={errors['config.unit']} hint="For example %">
        {(props) => (
          <input {...props} value={config.unit} onChange={(e) => onChange({ ...config, unit: e.target.value })} />
        )}
      </Field>
    </div>
  ),
  resultParts: ({ config, result }) => [
    {
      key: 'dumbbell',
      perPage: 4,
      render: (items, common) => (
        <DumbbellChart
          {...common}
          title="Own answers, and each side's guess of the other"
          caption={config.ask}
          data={dumbbellData(items, config, result.benchmarks)}
        />
      ),
    },
    {
      key: 'reading',
      perPage: null,
      render: (_items, common) => (
        <ReadingChart
          {...common}
          title="How well each side read the other"
          data={readingData(result.reading, config)}
        />
      ),
    },
  ],
  listsBenchmarks: false,
};
