import { useEffect, useState } from 'react';
import { workshopDraftSchema, type WorkshopDraft } from '../../shared/domain';
import { useTemplates } from '../stores/templates';
import { useWorkshopStore } from '../stores/workshops';
import { Dialog } from '../ui/Dialog';
import { Field, messagesByField } from '../ui/Field';
import { todayIso } from '../format/workshop';

type TextField = keyof WorkshopDraft;

const FIELDS: readonly { name: TextField; label: string; type: 'text' | 'date'; hint?: string }[] = [
  { name: 'title', label: 'Title', type: 'text', hint: 'For example "IT and Marketing: one roadmap for 2027"' },
  { name: 'organization', label: 'Organization', type: 'text' },
  { name: 'date', label: 'Date', type: 'date' },
  { name: 'facilitator', label: 'Facilitator', type: 'text' },
];

export const BLANK = '';
const DEFAULT_TEMPLATE = 'cio-cmo-alignment';

interface Props {
  onClose(): void;
  onCreated(id: string): void;
  /** Preselects a template (from the Templates screen). */
  templateId?: string;
}

export function NewWorkshopDialog({ onClose, onCreated, templateId }: Props) {
  const create = useWorkshopStore((state) => state.create);
  const templates = useTemplates((state) => state.templates);
  const loadTemplates = useTemplates((state) => state.load);
  const [values, setValues] = useState<Record<TextField, string>>({
    title: '',
    organization: '',
    date: todayIso(),
    facilitator: '',
  });
  const [template, setTemplate] = useState<string | null>(templateId ?? null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void loadTemplates();
  }, [loadTemplates]);

  // Until the facilitator picks, start from the research-based template when it is there.
  const chosen = template ?? (templates.some((t) => t.id === DEFAULT_TEMPLATE) ? DEFAULT_TEMPLATE : BLANK);

  async function submit() {
    const parsed = workshopDraftSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(messagesByField(parsed.error.issues));
      return;
    }
    setErrors({});
    setFormError(null);
    setSaving(true);
    const result = await create(parsed.data, chosen === BLANK ? null : chosen);
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
    <Dialog
      title="New workshop"
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            {saving ? 'Creating…' : 'Create workshop'}
          </button>
        </>
      }
    >
      {FIELDS.map((field) => (
        <Field key={field.name} label={field.label} error={errors[field.name]} hint={field.hint}>
          {(props) => (
            <input
              {...props}
              name={field.name}
              type={field.type}
              value={values[field.name]}
              onChange={(event) => setValues({ ...values, [field.name]: event.target.value })}
            />
          )}
        </Field>
      ))}
      <Field label="Start from" hint="A template fills the agenda; you can change every part of it afterwards.">
        {(props) => (
          <select {...props} value={chosen} onChange={(event) => setTemplate(event.target.value)}>
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name} ({t.activityCount} activities{t.builtIn ? ', built in' : ''})
              </option>
            ))}
            <option value={BLANK}>A blank agenda</option>
          </select>
        )}
      </Field>
      {formError && (
        <p className="banner error" role="alert">
          {formError}
        </p>
      )}
    </Dialog>
  );
}
