import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { workshopDraftSchema, type WorkshopDraft } from '../../../shared/domain';
import { useWorkshopStore } from '../../stores/workshops';
import { todayIso } from './format';

type Field = keyof WorkshopDraft;
type FieldErrors = Partial<Record<Field, string>>;

const FIELDS: readonly { name: Field; label: string; type: 'text' | 'date'; hint?: string }[] = [
  { name: 'title', label: 'Title', type: 'text', hint: 'For example "IT and Marketing: one roadmap for 2027"' },
  { name: 'organization', label: 'Organization', type: 'text' },
  { name: 'date', label: 'Date', type: 'date' },
  { name: 'facilitator', label: 'Facilitator', type: 'text' },
];

interface Props {
  onClose(): void;
  onCreated(id: string): void;
}

export function NewWorkshopDialog({ onClose, onCreated }: Props) {
  const create = useWorkshopStore((state) => state.create);
  const [values, setValues] = useState<Record<Field, string>>({
    title: '',
    organization: '',
    date: todayIso(),
    facilitator: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const firstField = useRef<HTMLInputElement>(null);
  const headingId = useId();

  useEffect(() => {
    firstField.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = workshopDraftSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    setFormError(null);
    setSaving(true);
    const result = await create(parsed.data);
    setSaving(false);
    if (result.ok) {
      onCreated(result.value.id);
      return;
    }
    const field = result.error.path?.[0];
    if (typeof field === 'string' && field in values) setErrors({ [field]: result.error.message });
    else setFormError(result.error.message);
  }

  return (
    <div className="overlay" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <form
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        noValidate
        onSubmit={(event) => void submit(event)}
      >
        <h2 id={headingId}>New workshop</h2>
        {FIELDS.map((field, index) => {
          const id = `new-workshop-${field.name}`;
          const error = errors[field.name];
          return (
            <div className={error ? 'field invalid' : 'field'} key={field.name}>
              <label htmlFor={id}>{field.label}</label>
              <input
                id={id}
                name={field.name}
                type={field.type}
                ref={index === 0 ? firstField : undefined}
                value={values[field.name]}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : field.hint ? `${id}-hint` : undefined}
                onChange={(event) => setValues({ ...values, [field.name]: event.target.value })}
              />
              {error ? (
                <p className="field-error" id={`${id}-error`}>
                  {error}
                </p>
              ) : (
                field.hint && (
                  <p className="field-hint" id={`${id}-hint`}>
                    {field.hint}
                  </p>
                )
              )}
            </div>
          );
        })}
        {formError && (
          <p className="banner error" role="alert">
            {formError}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            {saving ? 'Creating…' : 'Create workshop'}
          </button>
        </div>
      </form>
    </div>
  );
}

function fieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path[0] as Field | undefined;
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}
