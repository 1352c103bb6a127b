import { useState } from 'react';
import { ROOM_LANGUAGES, workshopDetailsSchema, type WorkshopDetail } from '../../../shared/domain';
import { api } from '../../ipc/client';
import { useDesigner } from '../../stores/designer';
import { useNotices } from '../../stores/notices';
import { DateInput } from '../../ui/DateInput';
import { DATE_EXAMPLE } from '../../ui/dates';
import { Field, messagesByField } from '../../ui/Field';

export function DetailsTab({ detail }: { detail: WorkshopDetail }) {
  const apply = useDesigner((state) => state.apply);
  const notify = useNotices((state) => state.show);
  const { workshop } = detail;
  const [values, setValues] = useState({
    title: workshop.title,
    organization: workshop.organization,
    date: workshop.date,
    facilitator: workshop.facilitator,
    language: workshop.language,
    anonymous: workshop.anonymous,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [dateUnreadable, setDateUnreadable] = useState(false);
  const dirty = (Object.keys(values) as (keyof typeof values)[]).some((key) => values[key] !== workshop[key]);

  async function save() {
    if (dateUnreadable) return setErrors({ date: `Write the date as ${DATE_EXAMPLE}.` });
    const parsed = workshopDetailsSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(messagesByField(parsed.error.issues));
      return;
    }
    setErrors({});
    const result = await apply(api.workshops.update({ id: workshop.id, details: parsed.data }));
    if (result.ok) notify({ tone: 'info', text: 'Details saved.' });
    else if (typeof result.error.path?.[1] === 'string') setErrors({ [result.error.path[1]]: result.error.message });
    else notify({ tone: 'error', text: result.error.message });
  }

  const text = (name: 'title' | 'organization' | 'facilitator', label: string) => (
    <Field label={label} error={errors[name]}>
      {(props) => (
        <input
          {...props}
          value={values[name]}
          onChange={(event) => setValues({ ...values, [name]: event.target.value })}
        />
      )}
    </Field>
  );

  return (
    <form
      className="panel form-grid"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {text('title', 'Title')}
      {text('organization', 'Organization')}
      <Field label="Date" error={errors['date']}>
        {(props) => (
          <DateInput
            {...props}
            value={values.date}
            onChange={(iso) => {
              setDateUnreadable(iso === null);
              if (iso !== null) setValues((v) => ({ ...v, date: iso }));
            }}
          />
        )}
      </Field>
      {text('facilitator', 'Facilitator')}
      <Field label="Language of the room" error={errors['language']} hint="The language the questions are asked in.">
        {(props) => (
          <select
            {...props}
            value={values.language}
            onChange={(event) => setValues({ ...values, language: event.target.value })}
          >
            {ROOM_LANGUAGES.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field checkbox-field">
        <label>
          <input
            type="checkbox"
            checked={values.anonymous}
            onChange={(event) => setValues({ ...values, anonymous: event.target.checked })}
          />{' '}
          Anonymous voting
        </label>
        <p className="field-hint">
          On: no one sees who answered what, and a side with fewer than 3 voters is not shown on its own. Recommended.
        </p>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={!dirty}>
          Save details
        </button>
      </div>
    </form>
  );
}
