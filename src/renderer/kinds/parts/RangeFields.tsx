import type { SettingsEditorProps } from '../types';
import { Field } from '../../ui/Field';
import { asNumber } from './values';

/** The lowest and highest value of a range of answers (a scale, a prediction). */
export function RangeFields<C extends { readonly kind: string; readonly min: number; readonly max: number }>({
  config,
  errors,
  onChange,
}: Pick<SettingsEditorProps<C>, 'config' | 'errors' | 'onChange'>) {
  const error = (key: string) => errors[`config.${key}`];
  return (
    <>
      <Field label="Lowest value" error={error('min') ?? error('')}>
        {(props) => (
          <input
            {...props}
            inputMode="numeric"
            value={Number.isNaN(config.min) ? '' : String(config.min)}
            onChange={(e) => onChange({ ...config, min: asNumber(e.target.value) })}
          />
        )}
      </Field>
      <Field label="Highest value" error={error('max')}>
        {(props) => (
          <input
            {...props}
            inputMode="numeric"
            value={Number.isNaN(config.max) ? '' : String(config.max)}
            onChange={(e) => onChange({ ...config, max: asNumber(e.target.value) })}
          />
        )}
      </Field>
    </>
  );
}
