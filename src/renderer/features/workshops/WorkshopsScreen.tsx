import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { WorkshopSummary } from '../../../shared/domain';
import { api } from '../../ipc/client';
import { useNavigation } from '../../stores/navigation';
import { useNotices } from '../../stores/notices';
import { useWorkshopStore } from '../../stores/workshops';
import { filterWorkshops, type StatusFilter, type WorkshopSort } from './filter';
import { formatWorkshopDate, plural } from './format';
import { NewWorkshopDialog } from './NewWorkshopDialog';
import { STATUS_LABELS } from './status';
import './workshops.css';

/**
 * How many workshops the list shows at first, and adds each time more are asked for: a
 * consultant's years of workshops would otherwise all be drawn before the first is seen.
 */
export const WORKSHOPS_PAGE = 50;

export function WorkshopsScreen() {
  const workshops = useWorkshopStore((state) => state.workshops);
  const status = useWorkshopStore((state) => state.status);
  const loadError = useWorkshopStore((state) => state.loadError);
  const load = useWorkshopStore((state) => state.load);
  const openWorkshop = useNavigation((state) => state.openWorkshop);
  const notify = useNotices((state) => state.show);
  const [creating, setCreating] = useState(false);
  const [search, setSearch] = useState('');
  const [statusFilter, setStatusFilter] = useState<StatusFilter>('active');
  const [sort, setSort] = useState<WorkshopSort>('date');
  const [limit, setLimit] = useState(WORKSHOPS_PAGE);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const shown = useMemo(
    () => filterWorkshops(workshops, { search, status: statusFilter, sort }),
    [workshops, search, statusFilter, sort],
  );
  const visible = shown.slice(0, limit);

  /** Draws the next workshops and moves focus to the first of them, so a keyboard user reads on from there. */
  function showMore() {
    flushSync(() => setLimit(limit + WORKSHOPS_PAGE));
    listRef.current?.querySelectorAll<HTMLButtonElement>(':scope > li > button')[limit]?.focus();
  }

  async function importWorkshop() {
    const result = await api.workshops.importFile();
    if (!result.ok) {
      notify({ tone: 'error', text: `Nothing was imported. ${result.error.message}` });
      return;
    }
    if (result.value.cancelled) return;
    await load();
    notify({ tone: 'info', text: 'Workshop imported.' });
    openWorkshop(result.value.workshopId, 'details');
  }

  async function openDemo() {
    const result = await api.workshops.createDemo({});
    if (!result.ok) return notify({ tone: 'error', text: result.error.message });
    await load();
    openWorkshop(result.value.id, 'results');
  }

  return (
    <section className="screen" aria-labelledby="workshops-heading">
      <div className="screen-header">
        <div>
          <h1 id="workshops-heading">Workshops</h1>
          <p className="screen-lede">Each workshop is one session with one client: its people, agenda and votes.</p>
        </div>
        <div className="header-actions">
          <button type="button" className="button" onClick={() => void importWorkshop()}>
            Import…
          </button>
          <button type="button" className="button primary" onClick={() => setCreating(true)}>
            New workshop
          </button>
        </div>
      </div>

      {status === 'error' && (
        <div className="banner error" role="alert">
          {loadError}{' '}
          <button type="button" className="button link" onClick={() => void load()}>
            Try again
          </button>
        </div>
      )}

      {status === 'ready' && workshops.length === 0 && (
        <EmptyState onCreate={() => setCreating(true)} onDemo={() => void openDemo()} />
      )}

      {workshops.length > 0 && (
        <>
          <div className="toolbar" role="search">
            <label className="toolbar-field grow">
              <span className="visually-hidden">Search workshops</span>
              <input
                type="search"
                placeholder="Search by title, organization or facilitator"
                value={search}
                onChange={(event) => {
                  setSearch(event.target.value);
                  setLimit(WORKSHOPS_PAGE);
                }}
              />
            </label>
            <label className="toolbar-field">
              <span>Show</span>
              <select
                value={statusFilter}
                onChange={(event) => {
                  setStatusFilter(event.target.value as StatusFilter);
                  setLimit(WORKSHOPS_PAGE);
                }}
              >
                <option value="active">All but archived</option>
                <option value="draft">Drafts</option>
                <option value="live">Live</option>
                <option value="closed">Closed</option>
                <option value="archived">Archived</option>
              </select>
            </label>
            <label className="toolbar-field">
              <span>Sort by</span>
              <select
                value={sort}
                onChange={(event) => {
                  setSort(event.target.value as WorkshopSort);
                  setLimit(WORKSHOPS_PAGE);
                }}
              >
                <option value="date">Date</option>
                <option value="title">Title</option>
                <option value="organization">Organization</option>
              </select>
            </label>
          </div>
          {shown.length === 0 ? (
            <p className="muted-note">No workshop matches. Clear the search or show other statuses.</p>
          ) : (
            <>
              <ul className="workshop-list" aria-label="Workshops" ref={listRef}>
                {visible.map((workshop) => (
                  <WorkshopRow key={workshop.id} workshop={workshop} onOpen={() => openWorkshop(workshop.id)} />
                ))}
              </ul>
              {shown.length > visible.length && (
                <div className="workshop-list-more">
                  <p className="muted-note" role="status">
                    Showing {visible.length} of {shown.length.toLocaleString()} workshops.
                  </p>
                  <button type="button" className="button" onClick={showMore}>
                    Show {Math.min(WORKSHOPS_PAGE, shown.length - visible.length)} more
                  </button>
                </div>
              )}
            </>
          )}
        </>
      )}

      {creating && (
        <NewWorkshopDialog
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            openWorkshop(id, 'participants');
          }}
        />
      )}
    </section>
  );
}

function WorkshopRow({ workshop, onOpen }: { workshop: WorkshopSummary; onOpen(): void }) {
  return (
    <li className="workshop-row">
      <button type="button" className="row-button" onClick={onOpen}>
        <span className="workshop-date">
          <time dateTime={workshop.date}>{formatWorkshopDate(workshop.date)}</time>
        </span>
        <span className="workshop-main">
          <span className="workshop-title">{workshop.title}</span>
          <span className="workshop-meta">
            {workshop.organization} · facilitated by {workshop.facilitator}
          </span>
        </span>
        <span className="workshop-counts">
          <span>{plural(workshop.participantCount, 'participant', 'participants')}</span>
          <span>{plural(workshop.activityCount, 'activity', 'activities')}</span>
        </span>
        <span className={`status-badge status-${workshop.status}`}>{STATUS_LABELS[workshop.status]}</span>
      </button>
    </li>
  );
}

function EmptyState({ onCreate, onDemo }: { onCreate(): void; onDemo(): void }) {
  return (
    <div className="empty-state">
      <div className="empty-art" aria-hidden="true">
        <span className="empty-circle it" />
        <span className="empty-circle mkt" />
      </div>
      <h2>No workshops yet</h2>
      <p>
        Create your first workshop to prepare a session: who is in the room from IT and from Marketing, and what they
        will vote on. Start from the research-based CIO–CMO template or from a blank agenda. Everything stays on this
        computer and works without a network.
      </p>
      <div className="empty-actions">
        <button type="button" className="button primary" onClick={onCreate}>
          Create a workshop
        </button>
        <button type="button" className="button" onClick={onDemo}>
          Explore a finished demo workshop
        </button>
      </div>
    </div>
  );
}
