import type { PointsConfig } from '../../../shared/kinds/points';
import { ButterflyChart, butterflyData, DumbbellChart, dumbbellData } from '../../charts';
import { Field } from '../../ui/Field';
import type { KindView } from '../types';
import { pointsBallotInput } from './BallotInput';
import { asNumber } from '../parts/values';

export const pointsView: KindView<PointsConfig> = {
  BallotInput: pointsBallotInput,
  SettingsEditor: ({ config, errors, onChange }) => (
    <Field
      label="Points to spread"
      error={errors['config.total']}
      hint="Each person’s points must add up to exactly this."
    >
      {(props) => (
        <input
          {...props}
          inputMode="numeric"
          value={Number.isNaN(config.total) ? '' : String(config.total)}
          onChange={(e) => onChange({ ...config, total: asNumber(e.target.value) })}
        />
      )}
    </Field>
  ),
  resultParts({ config, result }) {
    const measure = { kind: 'mean' as const, label: `mean points (of ${config.total})`, min: 0, max: null };
    return [
      {
        key: 'butterfly',
        perPage: 6,
        render: (items, common) => (
          <ButterflyChart {...common} title="Points per side" data={butterflyData(items, measure)} />
        ),
      },
      {
        key: 'dumbbell',
        perPage: 4,
        render: (items, common) => (
          <DumbbellChart {...common} title="Gap per item" data={dumbbellData(items, config, result.benchmarks)} />
        ),
      },
    ];
  },
  // A published share of the points cannot be marked on a scale of mean points.
  listsBenchmarks: true,
};
