import { useEffect, useState } from 'react';
import type { Template } from '../../../shared/agenda';
import { KIND_INFO } from '../../../shared/activities';
import type { TemplateSummary } from '../../../shared/domain';
import { api } from '../../ipc/client';
import { useNavigation } from '../../stores/navigation';
import { useNotices } from '../../stores/notices';
import { useTemplates } from '../../stores/templates';
import { ConfirmDialog } from '../../ui/Dialog';
import { formatMinutes, plural } from '../../format/workshop';
import { NewWorkshopDialog } from '../../dialogs/NewWorkshopDialog';

export function TemplatesScreen() {
  const templates = useTemplates((state) => state.templates);
  const load = useTemplates((state) => state.load);
  const notify = useNotices((state) => state.show);
  const openWorkshop = useNavigation((state) => state.openWorkshop);
  const [using, setUsing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<TemplateSummary | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  async function importTemplate() {
    const result = await api.templates.importFile();
    if (!result.ok) return notify({ tone: 'error', text: `Nothing was imported. ${result.error.message}` });
    if (result.value.cancelled) return;
    await load();
    notify({ tone: 'info', text: `Imported the template “${result.value.template.name}”.` });
  }

  async function copy(template: TemplateSummary) {
    const result = await api.templates.copy({ id: template.id });
    if (!result.ok) return notify({ tone: 'error', text: result.error.message });
    await load();
    notify({ tone: 'info', text: `“${result.value.name}” is yours to change.` });
  }

  async function exportTemplate(template: TemplateSummary) {
    const result = await api.templates.exportFile({ id: template.id });
    if (!result.ok) notify({ tone: 'error', text: result.error.message });
    else if (!result.value.cancelled) notify({ tone: 'info', text: `Exported to ${result.value.path}` });
  }

  async function remove() {
    const template = removing;
    setRemoving(null);
    if (!template) return;
    const result = await api.templates.remove({ id: template.id });
    if (!result.ok) return notify({ tone: 'error', text: result.error.message });
    await load();
  }

  return (
    <section className="screen" aria-labelledby="templates-heading">
      <div className="screen-header">
        <div>
          <h1 id="templates-heading">Templates</h1>
          <p className="screen-lede">
            Ready-made agendas. Built-in templates are read-only; copy one to make it your own.
          </p>
        </div>
        <button type="button" className="button" onClick={() => void importTemplate()}>
          Import template…
        </button>
      </div>
      <ul className="template-list" aria-label="Templates">
        {templates.map((template) => (
          <TemplateCard
            key={template.id}
            template={template}
            onUse={() => setUsing(template.id)}
            onCopy={() => void copy(template)}
            onExport={() => void exportTemplate(template)}
            onRemove={() => setRemoving(template)}
          />
        ))}
      </ul>
      {using && (
        <NewWorkshopDialog
          templateId={using}
          onClose={() => setUsing(null)}
          onCreated={(id) => {
            setUsing(null);
            openWorkshop(id, 'participants');
          }}
        />
      )}
      {removing && (
        <ConfirmDialog
          title="Delete this template?"
          message={`“${removing.name}” will be deleted. Workshops made from it keep their agendas.`}
          confirmLabel="Delete template"
          danger
          onConfirm={() => void remove()}
          onCancel={() => setRemoving(null)}
        />
      )}
    </section>
  );
}

interface CardProps {
  template: TemplateSummary;
  onUse(): void;
  onCopy(): void;
  onExport(): void;
  onRemove(): void;
}

function TemplateCard({ template, onUse, onCopy, onExport, onRemove }: CardProps) {
  const [agenda, setAgenda] = useState<Template | null>(null);
  const [open, setOpen] = useState(false);

  async function toggle() {
    if (!open && !agenda) {
      const result = await api.templates.get({ id: template.id });
      if (result.ok) setAgenda(result.value);
    }
    setOpen(!open);
  }

  return (
    <li className="template-card">
      <div className="template-head">
        <div>
          <h2 className="template-name">
            {template.name} {template.builtIn && <span className="status-badge">Built in</span>}
          </h2>
          <p className="template-meta">
            {template.activityCount} activities · {template.itemCount} items
            {template.minutes > 0 ? ` · about ${formatMinutes(template.minutes)}` : ''}
          </p>
        </div>
        <div className="header-actions wrap">
          <button type="button" className="button primary" onClick={onUse}>
            New workshop from this
          </button>
          <button type="button" className="button" onClick={onCopy}>
            Copy
          </button>
          <button type="button" className="button" onClick={onExport}>
            Export…
          </button>
          {!template.builtIn && (
            <button type="button" className="button danger-outline" onClick={onRemove}>
              Delete
            </button>
          )}
        </div>
      </div>
      {template.description && <p className="template-description">{template.description}</p>}
      <button type="button" className="button link" aria-expanded={open} onClick={() => void toggle()}>
        {open ? 'Hide the agenda' : 'Show the agenda'}
      </button>
      {open && agenda && (
        <ol className="template-agenda">
          {agenda.activities.map((activity, index) => (
            <li key={index}>
              <strong>{activity.title}</strong>{' '}
              <span className="muted">
                {KIND_INFO[activity.config.kind].label} · {plural(activity.items.length, 'item', 'items')}
                {activity.minutes ? ` · ${activity.minutes} min` : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}
