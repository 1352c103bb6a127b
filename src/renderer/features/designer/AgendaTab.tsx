import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { KIND_INFO } from '../../../shared/activities';
import { ACTIVITY_KINDS, type Activity, type ActivityKind, type WorkshopDetail } from '../../../shared/domain';
import { api } from '../../ipc/client';
import { useDesigner } from '../../stores/designer';
import { useNotices } from '../../stores/notices';
import { formatMinutes, plural } from '../../format/workshop';
import { ActivityEditor } from './ActivityEditor';
import { roomWritesItems } from '../../../shared/kinds/stages';

export function AgendaTab({ detail }: { detail: WorkshopDetail }) {
  const { activities } = detail;
  const apply = useDesigner((state) => state.apply);
  const notify = useNotices((state) => state.show);
  const [selectedId, setSelectedId] = useState<string | null>(activities[0]?.id ?? null);
  const [newKind, setNewKind] = useState<ActivityKind>('ranking');
  const [dragging, setDragging] = useState<string | null>(null);
  const selected = activities.find((a) => a.id === selectedId) ?? activities[0] ?? null;
  const totalMinutes = activities.reduce((sum, a) => sum + (a.minutes ?? 0), 0);

  async function run(change: ReturnType<typeof apply>, focusId?: string) {
    const result = await change;
    if (!result.ok) notify({ tone: 'error', text: result.error.message });
    else if (focusId) requestAnimationFrame(() => document.getElementById(`activity-${focusId}`)?.focus());
    return result;
  }

  async function add() {
    const result = await run(apply(api.agenda.addActivity({ workshopId: detail.workshop.id, kind: newKind })));
    if (result.ok) setSelectedId(result.value.activities.at(-1)?.id ?? null);
  }

  function move(activity: Activity, toIndex: number) {
    if (toIndex < 0 || toIndex >= activities.length) return;
    void run(apply(api.agenda.moveActivity({ id: activity.id, toIndex })), activity.id);
  }

  function onRowKey(event: KeyboardEvent, activity: Activity, index: number) {
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      move(activity, index + (event.key === 'ArrowUp' ? -1 : 1));
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      const next = activities[index + (event.key === 'ArrowUp' ? -1 : 1)];
      if (next) {
        setSelectedId(next.id);
        document.getElementById(`activity-${next.id}`)?.focus();
      }
    }
  }

  function onDrop(event: DragEvent, index: number) {
    event.preventDefault();
    const id = event.dataTransfer.getData('text/x-activity') || dragging;
    setDragging(null);
    const activity = activities.find((a) => a.id === id);
    if (activity && activity.position - 1 !== index) move(activity, index);
  }

  return (
    <div className="agenda">
      <div className="agenda-list panel">
        <div className="panel-header">
          <h2 className="panel-title">Agenda</h2>
          <span className="muted">
            {activities.length} activities{totalMinutes > 0 ? ` · ${formatMinutes(totalMinutes)}` : ''}
          </span>
        </div>
        {activities.length === 0 ? (
          <p className="muted-note">No activities yet. Add the first one below.</p>
        ) : (
          <ol className="activity-list" aria-label="Activities (Alt+Up or Alt+Down moves the selected one)">
            {activities.map((activity, index) => (
              <li
                key={activity.id}
                className={[
                  'activity-row',
                  activity.id === selected?.id ? 'selected' : '',
                  dragging === activity.id ? 'dragging' : '',
                ].join(' ')}
                draggable
                onDragStart={(event) => {
                  event.dataTransfer.setData('text/x-activity', activity.id);
                  event.dataTransfer.effectAllowed = 'move';
                  setDragging(activity.id);
                }}
                onDragEnd={() => setDragging(null)}
                onDragOver={(event) => event.preventDefault()}
                onDrop={(event) => onDrop(event, index)}
              >
                <button
                  type="button"
                  id={`activity-${activity.id}`}
                  className="activity-select"
                  aria-current={activity.id === selected?.id ? 'true' : undefined}
                  onClick={() => setSelectedId(activity.id)}
                  onKeyDown={(event) => onRowKey(event, activity, index)}
                >
                  <span className="activity-number">{index + 1}</span>
                  <span className="activity-text">
                    <span className="activity-title">{activity.title}</span>
                    <span className="activity-meta">
                      {KIND_INFO[activity.kind].label} ·{' '}
                      {roomWritesItems(activity.kind) && activity.items.length === 0
                        ? 'written by the room'
                        : plural(activity.items.length, 'item', 'items')}
                      {activity.minutes ? ` · ${activity.minutes} min` : ''}
                    </span>
                  </span>
                </button>
                <span className="move-buttons">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Move “${activity.title}” up`}
                    disabled={index === 0}
                    onClick={() => move(activity, index - 1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Move “${activity.title}” down`}
                    disabled={index === activities.length - 1}
                    onClick={() => move(activity, index + 1)}
                  >
                    ↓
                  </button>
                </span>
              </li>
            ))}
          </ol>
        )}
        <div className="add-activity">
          <label className="visually-hidden" htmlFor="new-activity-kind">
            Kind of activity to add
          </label>
          <select
            id="new-activity-kind"
            value={newKind}
            onChange={(event) => setNewKind(event.target.value as ActivityKind)}
          >
            {ACTIVITY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_INFO[kind].label}
              </option>
            ))}
          </select>
          <button type="button" className="button primary" onClick={() => void add()}>
            Add activity
          </button>
          <p className="field-hint add-activity-hint">{KIND_INFO[newKind].answer}</p>
        </div>
      </div>
      {selected ? (
        <ActivityEditor
          key={selected.id}
          activity={selected}
          voted={detail.votedActivityIds.includes(selected.id)}
          onDuplicated={(next) => setSelectedId(next)}
        />
      ) : (
        <div className="panel agenda-empty">
          <p className="muted-note">Choose a kind of activity and add it: each one asks the room one question.</p>
        </div>
      )}
    </div>
  );
}
