import type { ScaleConfig } from '../../../shared/kinds/scale';
import { ButterflyChart, butterflyData, DumbbellChart, dumbbellData } from '../../charts';
import { Field } from '../../ui/Field';

import { RangeFields } from '../parts/RangeFields';

import type { KindView } from '../types';
import { scaleBallotInput } from './BallotInput';

export const scaleView: KindView<ScaleConfig> = {
  BallotInput: scaleBallotInput,
  SettingsEditor: ({ config, errors, onChange }) => (
    <div className="form-grid four">
      <RangeFields config={config} errors={errors} onChange={onChange} />
      <Field label="Label at the low end" error={errors['config.minLabel']}>
        {(props) => (
          <input
            {...props}
            value={config.minLabel}
            onChange={(e) => onChange({ ...config, minLabel: e.target.value })}
          />
        )}
      </Field>
      <Field label="Label at the high end" error={errors['config.maxLabel']}>
        {(props) => (
          <input
            {...props}
            value={config.maxLabel}
            onChange={(e) => onChange({ ...config, maxLabel: e.target.value })}
          />
        )}
      </Field>
    </div>
  ),
  resultParts({ config, result }) {
    const measure = {
      kind: 'mean' as const,
      label: `mean rating (${config.min}–${config.max})`,
      min: config.min,
      max: config.max,
    };
    return [
      {
        key: 'butterfly',
        perPage: 6,
        render: (items, common) => (
          <ButterflyChart {...common} title="Rating per side" data={butterflyData(items, measure)} />
        ),
      },
      {
        key: 'dumbbell',
        perPage: 4,
        render: (items, common) => (
          <DumbbellChart
            {...common}
            title={result.benchmarks.length ? 'Gap per item, with the published figures' : 'Gap per item'}
            data={dumbbellData(items, config, result.benchmarks)}
          />
        ),
      },
    ];
  },
  listsBenchmarks: false,
};
