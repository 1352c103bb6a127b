import { useState } from 'react';
import { KIND_INFO } from '../../../shared/activities';
import { activityConfigSchema, type Activity, type ActivityConfig } from '../../../shared/domain';
import { api } from '../../ipc/client';
import { useDesigner } from '../../stores/designer';
import { useNotices } from '../../stores/notices';
import { ConfirmDialog } from '../../ui/Dialog';
import { Field, messagesByField } from '../../ui/Field';
import { ItemsEditor } from './ItemsEditor';
import { SettingsEditor } from './SettingsEditor';

interface Props {
  activity: Activity;
  voted: boolean;
  onDuplicated(id: string): void;
}

interface Draft {
  title: string;
  prompt: string;
  minutes: string;
  config: ActivityConfig;
}

/** Checks a draft the way the main process will, so messages appear at the field at once. */
function validate(draft: Draft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (draft.title.trim() === '') errors['title'] = 'An activity needs a title.';
  if (draft.minutes.trim() !== '') {
    const minutes = Number(draft.minutes);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 240) errors['minutes'] = 'Plan 1 to 240 minutes.';
  }
  const config = activityConfigSchema.safeParse(draft.config);
  if (!config.success) {
    for (const [key, message] of Object.entries(messagesByField(config.error.issues))) {
      errors[key === '' ? 'config' : `config.${key}`] ??= message;
    }
  }
  return errors;
}

export function ActivityEditor({ activity, voted, onDuplicated }: Props) {
  const apply = useDesigner((state) => state.apply);
  const notify = useNotices((state) => state.show);
  const initial: Draft = {
    title: activity.title,
    prompt: activity.prompt,
    minutes: activity.minutes === null ? '' : String(activity.minutes),
    config: activity.config,
  };
  const [draft, setDraft] = useState<Draft>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirmRemove, setConfirmRemove] = useState(false);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);

  async function save() {
    const found = validate(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const result = await apply(
      api.agenda.updateActivity({
        id: activity.id,
        title: draft.title,
        prompt: draft.prompt,
        minutes: draft.minutes.trim() === '' ? null : Number(draft.minutes),
        config: draft.config,
      }),
    );
    if (result.ok) notify({ tone: 'info', text: 'Activity saved.' });
    else {
      const key = (result.error.path ?? []).map(String).join('.');
      if (key !== '') setErrors({ [key]: result.error.message });
      else notify({ tone: 'error', text: result.error.message });
    }
  }

  async function duplicate() {
    const result = await apply(api.agenda.duplicateActivity({ id: activity.id }));
    if (!result.ok) return notify({ tone: 'error', text: result.error.message });
    const copy = result.value.activities[activity.position];
    if (copy) onDuplicated(copy.id);
  }

  async function remove() {
    setConfirmRemove(false);
    const result = await apply(api.agenda.removeActivity({ id: activity.id }));
    if (!result.ok) notify({ tone: 'error', text: result.error.message });
  }

  return (
    <div className="panel activity-editor" aria-label={`Edit “${activity.title}”`} role="region">
      <div className="panel-header">
        <h2 className="panel-title">
          <span className="kind-badge">{KIND_INFO[activity.kind].label}</span> Activity {activity.position}
        </h2>
        <span className="header-actions">
          <button type="button" className="button small" onClick={() => void duplicate()}>
            Duplicate
          </button>
          <button type="button" className="button small danger-outline" onClick={() => setConfirmRemove(true)}>
            Remove
          </button>
        </span>
      </div>
      {voted && (
        <p className="banner info">
          This activity already holds votes. Its settings and items are kept as they were voted on; wording and
          benchmarks can still be corrected.
        </p>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="form-grid">
          <Field label="Title" error={errors['title']} className="span-2">
            {(props) => (
              <input {...props} value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
            )}
          </Field>
          <Field
            label="Question to the room"
            error={errors['prompt']}
            className="span-2"
            hint={KIND_INFO[activity.kind].answer}
          >
            {(props) => (
              <textarea
                {...props}
                rows={2}
                value={draft.prompt}
                onChange={(e) => setDraft({ ...draft, prompt: e.target.value })}
              />
            )}
          </Field>
          <Field label="Planned minutes" error={errors['minutes']}>
            {(props) => (
              <input
                {...props}
                inputMode="numeric"
                value={draft.minutes}
                onChange={(e) => setDraft({ ...draft, minutes: e.target.value })}
              />
            )}
          </Field>
        </div>
        <SettingsEditor
          config={draft.config}
          errors={errors}
          disabled={voted}
          onChange={(config) => setDraft({ ...draft, config })}
        />
        <div className="form-actions">
          {dirty && <span className="muted">Unsaved changes</span>}
          <button type="submit" className="button primary" disabled={!dirty}>
            Save activity
          </button>
        </div>
      </form>
      <ItemsEditor activity={activity} locked={voted} />
      {confirmRemove && (
        <ConfirmDialog
          title="Remove this activity?"
          message={`“${activity.title}” and its ${activity.items.length} items leave the agenda.`}
          confirmLabel="Remove activity"
          danger
          onConfirm={() => void remove()}
          onCancel={() => setConfirmRemove(false)}
        />
      )}
    </div>
  );
}
