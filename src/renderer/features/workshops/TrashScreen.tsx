import { useEffect, useState } from 'react';
import type { WorkshopSummary } from '../../../shared/domain';
import { useNotices } from '../../stores/notices';
import { useWorkshopStore } from '../../stores/workshops';
import { ConfirmDialog } from '../../ui/Dialog';
import { formatWorkshopDate } from '../../format/workshop';

type Pending = { kind: 'purge'; workshop: WorkshopSummary } | { kind: 'empty' } | null;

export function TrashScreen() {
  const trash = useWorkshopStore((state) => state.trash);
  const loadTrash = useWorkshopStore((state) => state.loadTrash);
  const restore = useWorkshopStore((state) => state.restore);
  const purge = useWorkshopStore((state) => state.purge);
  const emptyTrash = useWorkshopStore((state) => state.emptyTrash);
  const notify = useNotices((state) => state.show);
  const [pending, setPending] = useState<Pending>(null);

  useEffect(() => {
    void loadTrash();
  }, [loadTrash]);

  async function confirm() {
    const current = pending;
    setPending(null);
    if (!current) return;
    const result = current.kind === 'purge' ? await purge(current.workshop.id) : await emptyTrash();
    if (!result.ok) notify({ tone: 'error', text: result.error.message });
  }

  return (
    <section className="screen" aria-labelledby="trash-heading">
      <div className="screen-header">
        <div>
          <h1 id="trash-heading">Trash</h1>
          <p className="screen-lede">
            Deleted workshops wait here with all their votes until you restore them or empty the trash.
          </p>
        </div>
        {trash.length > 0 && (
          <button type="button" className="button danger" onClick={() => setPending({ kind: 'empty' })}>
            Empty trash
          </button>
        )}
      </div>
      {trash.length === 0 ? (
        <p className="muted-note">The trash is empty.</p>
      ) : (
        <ul className="workshop-list" aria-label="Deleted workshops">
          {trash.map((workshop) => (
            <li key={workshop.id} className="workshop-row static">
              <span className="workshop-date">{formatWorkshopDate(workshop.date)}</span>
              <span className="workshop-main">
                <span className="workshop-title">{workshop.title}</span>
                <span className="workshop-meta">{workshop.organization}</span>
              </span>
              <span className="row-actions">
                <button type="button" className="button" onClick={() => void restore(workshop.id)}>
                  Restore
                </button>
                <button
                  type="button"
                  className="button danger-outline"
                  onClick={() => setPending({ kind: 'purge', workshop })}
                >
                  Delete forever
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {pending && (
        <ConfirmDialog
          title={pending.kind === 'purge' ? 'Delete forever?' : 'Empty the trash?'}
          message={
            pending.kind === 'purge'
              ? `“${pending.workshop.title}” and all its votes, notes and agreements will be deleted. This cannot be undone.`
              : `${trash.length} workshop(s) and all their votes will be deleted. This cannot be undone.`
          }
          confirmLabel={pending.kind === 'purge' ? 'Delete forever' : 'Empty trash'}
          danger
          onConfirm={() => void confirm()}
          onCancel={() => setPending(null)}
        />
      )}
    </section>
  );
}
