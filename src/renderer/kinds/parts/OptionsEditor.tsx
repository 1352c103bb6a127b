import { optionIdFor } from '../../../shared/activities';
import type { Option } from '../../../shared/domain';

/** The options a person picks from: labels to edit, remove and add; ids follow the labels when added. */
export function OptionsEditor(props: {
  options: readonly Option[];
  error: string | undefined;
  errors: Readonly<Record<string, string>>;
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
