import { useState } from 'react';
import type { WorkshopDetail } from '../../../shared/domain';
import { api } from '../../ipc/client';
import { useNotices } from '../../stores/notices';
import { useTemplates } from '../../stores/templates';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';

export function SaveTemplateDialog({ detail, onClose }: { detail: WorkshopDetail; onClose(): void }) {
  const notify = useNotices((state) => state.show);
  const reload = useTemplates((state) => state.load);
  const [name, setName] = useState(`${detail.workshop.title} agenda`);
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | undefined>();

  async function save() {
    const result = await api.templates.saveFromWorkshop({ workshopId: detail.workshop.id, name, description });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    await reload();
    notify({ tone: 'info', text: `Saved as the template “${result.value.name}”.` });
    onClose();
  }

  return (
    <Dialog
      title="Save as template"
      onClose={onClose}
      onSubmit={() => void save()}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            Save template
          </button>
        </>
      }
    >
      <p className="dialog-message">
        The agenda — {detail.activities.length} activities with their items, settings and benchmarks — is saved. People
        and votes are not.
      </p>
      <Field label="Template name" error={error}>
        {(props) => <input {...props} value={name} onChange={(event) => setName(event.target.value)} />}
      </Field>
      <Field label="Description">
        {(props) => (
          <textarea {...props} rows={3} value={description} onChange={(event) => setDescription(event.target.value)} />
        )}
      </Field>
    </Dialog>
  );
}
