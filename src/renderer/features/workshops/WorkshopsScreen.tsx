import { useEffect, useState } from 'react';
import type { WorkshopSummary } from '../../../shared/domain';
import { useWorkshopStore } from '../../stores/workshops';
import { formatWorkshopDate, plural } from './format';
import { NewWorkshopDialog } from './NewWorkshopDialog';

const STATUS_LABELS: Record<WorkshopSummary['status'], string> = {
  draft: 'Draft',
  live: 'Live',
  closed: 'Closed',
  archived: 'Archived',
};

export function WorkshopsScreen() {
  const workshops = useWorkshopStore((state) => state.workshops);
  const status = useWorkshopStore((state) => state.status);
  const loadError = useWorkshopStore((state) => state.loadError);
  const load = useWorkshopStore((state) => state.load);
  const [creating, setCreating] = useState(false);
  const [justCreated, setJustCreated] = useState<string | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="screen" aria-labelledby="workshops-heading">
      <div className="screen-header">
        <div>
          <h1 id="workshops-heading">Workshops</h1>
          <p className="screen-lede">Each workshop is one session with one client: its people, agenda and votes.</p>
        </div>
        <button type="button" className="button primary" onClick={() => setCreating(true)}>
          New workshop
        </button>
      </div>

      {status === 'error' && (
        <div className="banner error" role="alert">
          {loadError}{' '}
          <button type="button" className="button link" onClick={() => void load()}>
            Try again
          </button>
        </div>
      )}

      {status === 'ready' && workshops.length === 0 && <EmptyState onCreate={() => setCreating(true)} />}

      {workshops.length > 0 && (
        <ul className="workshop-list" aria-label="Workshops">
          {workshops.map((workshop) => (
            <WorkshopRow key={workshop.id} workshop={workshop} highlighted={workshop.id === justCreated} />
          ))}
        </ul>
      )}

      {creating && (
        <NewWorkshopDialog
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            setJustCreated(id);
          }}
        />
      )}
    </section>
  );
}

function WorkshopRow({ workshop, highlighted }: { workshop: WorkshopSummary; highlighted: boolean }) {
  return (
    <li className={highlighted ? 'workshop-row highlighted' : 'workshop-row'}>
      <div className="workshop-date">
        <time dateTime={workshop.date}>{formatWorkshopDate(workshop.date)}</time>
      </div>
      <div className="workshop-main">
        <h2 className="workshop-title">{workshop.title}</h2>
        <p className="workshop-meta">
          {workshop.organization} · facilitated by {workshop.facilitator}
        </p>
      </div>
      <div className="workshop-counts">
        <span>{plural(workshop.participantCount, 'participant', 'participants')}</span>
        <span>{plural(workshop.activityCount, 'activity', 'activities')}</span>
      </div>
      <span className={`status-badge status-${workshop.status}`}>{STATUS_LABELS[workshop.status]}</span>
    </li>
  );
}

function EmptyState({ onCreate }: { onCreate: () => void }) {
  return (
    <div className="empty-state">
      <div className="empty-art" aria-hidden="true">
        <span className="empty-circle it" />
        <span className="empty-circle mkt" />
      </div>
      <h2>No workshops yet</h2>
      <p>
        Create your first workshop to prepare a session: who is in the room from IT and from Marketing, and what they
        will vote on. Everything stays on this computer and works without a network.
      </p>
      <button type="button" className="button primary" onClick={onCreate}>
        Create a workshop
      </button>
    </div>
  );
}
