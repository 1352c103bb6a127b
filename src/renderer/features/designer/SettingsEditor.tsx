import { optionIdFor } from '../../../shared/activities';
import type { ActivityConfig, Option } from '../../../shared/domain';
import { Field } from '../../ui/Field';

interface Props {
  config: ActivityConfig;
  errors: Record<string, string>;
  disabled: boolean;
  onChange(config: ActivityConfig): void;
}

/** Numbers are kept as typed until saved, so a half-typed "-" is not turned into NaN. */
function asNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

export function SettingsEditor({ config, errors, disabled, onChange }: Props) {
  const error = (key: string) => errors[`config.${key}`];
  return (
    <fieldset className="settings" disabled={disabled}>
      <legend>Settings</legend>
      {config.kind === 'ranking' && (
        <p className="field-hint">Each person puts every item in order; 1 is the top. Nothing else to set.</p>
      )}
      {config.kind === 'points' && (
        <Field label="Points to spread" error={error('total')} hint="Each person’s points must add up to exactly this.">
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              value={Number.isNaN(config.total) ? '' : String(config.total)}
              onChange={(e) => onChange({ ...config, total: asNumber(e.target.value) })}
            />
          )}
        </Field>
      )}
      {config.kind === 'likert' && (
        <div className="form-grid five">
          {config.labels.map((label, index) => (
            <Field key={index} label={`Level ${index + 1}`} error={error(`labels.${index}`)}>
              {(props) => (
                <input
                  {...props}
                  value={label}
                  onChange={(e) => {
                    const labels = [...config.labels] as typeof config.labels;
                    labels[index] = e.target.value;
                    onChange({ ...config, labels });
                  }}
                />
              )}
            </Field>
          ))}
        </div>
      )}
      {(config.kind === 'scale' || config.kind === 'prediction') && (
        <div className="form-grid four">
          {config.kind === 'prediction' && (
            <Field label="What the prediction asks" error={error('ask')} className="span-4">
              {(props) => (
                <input {...props} value={config.ask} onChange={(e) => onChange({ ...config, ask: e.target.value })} />
              )}
            </Field>
          )}
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
          {config.kind === 'scale' ? (
            <>
              <Field label="Label at the low end" error={error('minLabel')}>
                {(props) => (
                  <input
                    {...props}
                    value={config.minLabel}
                    onChange={(e) => onChange({ ...config, minLabel: e.target.value })}
                  />
                )}
              </Field>
              <Field label="Label at the high end" error={error('maxLabel')}>
                {(props) => (
                  <input
                    {...props}
                    value={config.maxLabel}
                    onChange={(e) => onChange({ ...config, maxLabel: e.target.value })}
                  />
                )}
              </Field>
            </>
          ) : (
            <Field label="Unit" error={error('unit')} hint="For example %">
              {(props) => (
                <input {...props} value={config.unit} onChange={(e) => onChange({ ...config, unit: e.target.value })} />
              )}
            </Field>
          )}
        </div>
      )}
      {(config.kind === 'ownership' || config.kind === 'choice') && (
        <>
          <OptionsEditor
            options={config.options}
            error={error('options')}
            errors={errors}
            onChange={(options) => onChange({ ...config, options })}
          />
          {config.kind === 'choice' && (
            <label className="checkbox-line">
              <input
                type="checkbox"
                checked={config.multiple}
                onChange={(e) => onChange({ ...config, multiple: e.target.checked })}
              />{' '}
              A person may pick several options
            </label>
          )}
        </>
      )}
      {error('') && <p className="field-error">{error('')}</p>}
    </fieldset>
  );
}

function OptionsEditor(props: {
  options: readonly Option[];
  error: string | undefined;
  errors: Record<string, string>;
  onChange(options: Option[]): void;
}) {
  const { options, onChange } = props;
  return (
    <div className="options-editor">
      <p className="settings-label">Options</p>
      <ul>
        {options.map((option, index) => {
          const error = props.errors[`config.options.${index}.label`];
          return (
            <li key={option.id}>
              <input
                aria-label={`Option ${index + 1}`}
                aria-invalid={error ? true : undefined}
                value={option.label}
                onChange={(e) => onChange(options.map((o, i) => (i === index ? { ...o, label: e.target.value } : o)))}
              />
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove option “${option.label}”`}
                onClick={() => onChange(options.filter((_, i) => i !== index))}
              >
                ×
              </button>
              {error && <p className="field-error">{error}</p>}
            </li>
          );
        })}
      </ul>
      {props.error && <p className="field-error">{props.error}</p>}
      <button
        type="button"
        className="button small"
        onClick={() => {
          const label = `Option ${options.length + 1}`;
          onChange([
            ...options,
            {
              id: optionIdFor(
                label,
                options.map((o) => o.id),
              ),
              label,
            },
          ]);
        }}
      >
        Add option
      </button>
    </div>
  );
}
