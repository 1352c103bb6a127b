import { useEffect, useState, type KeyboardEvent } from 'react';
import { api } from '../../ipc/client';
import { useDesigner } from '../../stores/designer';
import { useNavigation, type WorkshopTab } from '../../stores/navigation';
import { useNotices } from '../../stores/notices';
import { useWorkshopStore } from '../../stores/workshops';
import { ConfirmDialog } from '../../ui/Dialog';
import { MenuButton, type MenuEntry } from '../../ui/MenuButton';
import { ResultsView } from '../../results/ResultsView';
import { formatWorkshopDate } from '../../format/workshop';
import { STATUS_LABELS } from '../../format/status';
import { ExportReportButton, exportWorkbook } from '../../exports/ExportReportButton';
import { AgendaTab } from './AgendaTab';
import { DetailsTab } from './DetailsTab';
import { ParticipantsTab } from './ParticipantsTab';
import { SaveTemplateDialog } from './SaveTemplateDialog';

const TABS: readonly { id: WorkshopTab; label: string }[] = [
  { id: 'details', label: 'Details' },
  { id: 'participants', label: 'Participants' },
  { id: 'agenda', label: 'Agenda' },
  { id: 'results', label: 'Results' },
];

export function WorkshopScreen({ id, tab }: { id: string; tab: WorkshopTab }) {
  const detail = useDesigner((state) => state.detail);
  const loadError = useDesigner((state) => state.loadError);
  const load = useDesigner((state) => state.load);
  const apply = useDesigner((state) => state.apply);
  const clear = useDesigner((state) => state.clear);
  const setTab = useNavigation((state) => state.setTab);
  const go = useNavigation((state) => state.go);
  const openWorkshop = useNavigation((state) => state.openWorkshop);
  const run = useNavigation((state) => state.run);
  const trashWorkshop = useWorkshopStore((state) => state.trashWorkshop);
  const restore = useWorkshopStore((state) => state.restore);
  const notify = useNotices((state) => state.show);
  const [confirmTrash, setConfirmTrash] = useState(false);
  const [savingTemplate, setSavingTemplate] = useState(false);
  const [reportRequests, setReportRequests] = useState(0);

  useEffect(() => {
    void load(id);
    return clear;
  }, [id, load, clear]);

  if (loadError) {
    return (
      <section className="screen">
        <div className="banner error" role="alert">
          {loadError}{' '}
          <button type="button" className="button link" onClick={() => go({ name: 'workshops' })}>
            Back to all workshops
          </button>
        </div>
      </section>
    );
  }
  if (!detail || detail.workshop.id !== id) return <section className="screen" aria-busy="true" />;
  const { workshop } = detail;

  function onTabKey(event: KeyboardEvent) {
    const index = TABS.findIndex((t) => t.id === tab);
    const next = event.key === 'ArrowRight' ? index + 1 : event.key === 'ArrowLeft' ? index - 1 : null;
    if (next === null) return;
    event.preventDefault();
    const target = TABS[(next + TABS.length) % TABS.length]!;
    setTab(target.id);
    document.getElementById(`tab-${target.id}`)?.focus();
  }

  async function exportFile() {
    const result = await api.workshops.exportFile({ id });
    if (!result.ok) notify({ tone: 'error', text: result.error.message });
    else if (!result.value.cancelled) notify({ tone: 'info', text: `Exported to ${result.value.path}` });
  }

  async function exportVotes() {
    const result = await api.workshops.exportVotes({ id });
    if (!result.ok) notify({ tone: 'error', text: result.error.message });
    else if (!result.value.cancelled) notify({ tone: 'info', text: `Votes exported to ${result.value.path}` });
  }

  async function duplicate(withVotes: boolean) {
    const result = await api.workshops.duplicate({ id, withVotes });
    if (!result.ok) return notify({ tone: 'error', text: result.error.message });
    notify({ tone: 'info', text: `Duplicated as “${result.value.title}”.` });
    openWorkshop(result.value.id, 'details');
  }

  async function setArchived(archived: boolean) {
    const result = await apply(api.workshops.setArchived({ id, archived }));
    if (!result.ok) notify({ tone: 'error', text: result.error.message });
  }

  async function moveToTrash() {
    setConfirmTrash(false);
    const result = await trashWorkshop(id);
    if (!result.ok) return notify({ tone: 'error', text: result.error.message });
    go({ name: 'workshops' });
    notify({
      tone: 'info',
      text: `“${workshop.title}” was moved to the trash.`,
      action: { label: 'Undo', run: () => void restore(id).then(() => openWorkshop(id, tab)) },
    });
  }

  const hasVotes = detail.votedActivityIds.length > 0;
  const runLabel = workshop.status === 'live' ? 'Back to the room' : 'Run workshop';
  // One next step for where the workshop stands: prepare it, run it, then report on it.
  const next: { kind: 'prepare' | 'run' | 'report' | 'unarchive'; label: string; run(): void } =
    (workshop.status === 'closed' || workshop.status === 'archived') && hasVotes
      ? { kind: 'report', label: 'Export report…', run: () => setReportRequests((n) => n + 1) }
      : workshop.status === 'archived'
        ? { kind: 'unarchive', label: 'Unarchive', run: () => void setArchived(false) }
        : workshop.status === 'draft' && detail.participants.length === 0
          ? { kind: 'prepare', label: 'Add participants', run: () => setTab('participants') }
          : workshop.status === 'draft' && detail.activities.length === 0
            ? { kind: 'prepare', label: 'Plan the agenda', run: () => setTab('agenda') }
            : { kind: 'run', label: runLabel, run: () => run(id) };

  const menu: MenuEntry[] = [
    ...(next.kind !== 'run' && workshop.status !== 'archived' ? [{ label: runLabel, run: () => run(id) }] : []),
    ...(hasVotes && next.kind !== 'report'
      ? [{ label: 'Export the report (PDF)…', run: () => setReportRequests((n) => n + 1) }]
      : []),
    ...(hasVotes ? [{ label: 'Export the votes as a spreadsheet (CSV)…', run: () => void exportVotes() }] : []),
    ...(hasVotes ? [{ label: 'Export to Excel (XLSX)…', run: () => void exportWorkbook(id, notify) }] : []),
    { label: 'Save a copy as a workshop file (JSON)…', run: () => void exportFile() },
    { separator: true },
    { label: 'Duplicate', run: () => void duplicate(false) },
    ...(hasVotes ? [{ label: 'Duplicate with votes', run: () => void duplicate(true) }] : []),
    { label: 'Save the agenda as a template…', run: () => setSavingTemplate(true) },
    { separator: true },
    ...(next.kind === 'unarchive'
      ? []
      : [
          {
            label: workshop.status === 'archived' ? 'Unarchive' : 'Archive',
            run: () => void setArchived(workshop.status !== 'archived'),
          },
        ]),
    { label: 'Move to trash…', run: () => setConfirmTrash(true), danger: true },
  ];

  const counts: Record<WorkshopTab, number | null> = {
    details: null,
    participants: detail.participants.length,
    agenda: detail.activities.length,
    results: null,
  };

  return (
    <section className="screen workshop-screen" aria-labelledby="workshop-heading">
      <button type="button" className="button link back" onClick={() => go({ name: 'workshops' })}>
        ← All workshops
      </button>
      <div className="screen-header">
        <div>
          <h1 id="workshop-heading">{workshop.title}</h1>
          <p className="screen-lede">
            {workshop.organization} · {formatWorkshopDate(workshop.date)} · facilitated by {workshop.facilitator}{' '}
            <span className={`status-badge status-${workshop.status}`}>{STATUS_LABELS[workshop.status]}</span>
          </p>
        </div>
        <div className="header-actions workshop-actions">
          {next.kind === 'report' ? (
            <ExportReportButton workshopId={id} className="button primary" />
          ) : (
            <>
              <button type="button" className="button primary" onClick={next.run}>
                {next.label}
              </button>
              {hasVotes && <ExportReportButton workshopId={id} showButton={false} requested={reportRequests} />}
            </>
          )}
          <MenuButton label="More actions" entries={menu} />
        </div>
      </div>

      <div className="tabs" role="tablist" aria-label="Workshop" onKeyDown={onTabKey}>
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className={tab === t.id ? 'tab current' : 'tab'}
            onClick={() => setTab(t.id)}
          >
            {t.label}
            {counts[t.id] !== null && <span className="tab-count">{counts[t.id]}</span>}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'details' && <DetailsTab key={workshop.updatedAt} detail={detail} />}
        {tab === 'participants' && <ParticipantsTab detail={detail} />}
        {tab === 'agenda' && <AgendaTab detail={detail} />}
        {tab === 'results' && (
          <ResultsView workshopId={workshop.id} workshopTitle={workshop.title} onGoToVoting={() => run(id)} />
        )}
      </div>

      {confirmTrash && (
        <ConfirmDialog
          title="Move to trash?"
          message={`“${workshop.title}” and its votes go to the Trash. You can restore it from there until the trash is emptied.`}
          confirmLabel="Move to trash"
          danger
          onConfirm={() => void moveToTrash()}
          onCancel={() => setConfirmTrash(false)}
        />
      )}
      {savingTemplate && <SaveTemplateDialog detail={detail} onClose={() => setSavingTemplate(false)} />}
    </section>
  );
}
