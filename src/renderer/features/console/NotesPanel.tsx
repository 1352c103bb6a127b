import { useState, type RefObject } from 'react';
import type { Activity } from '../../../shared/domain';
import type { LiveState } from '../../../shared/live';
import { api } from '../../ipc/client';
import { useNotices } from '../../stores/notices';

interface Props {
  state: LiveState;
  activity: Activity | null;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
}

/**
 * The facilitator's note on the current activity, saved when the field is left. The
 * console keys it by activity and saved version, so it starts again from what is stored.
 */
export function NotesPanel({ state, activity, textareaRef }: Props) {
  const notify = useNotices((s) => s.show);
  const activityId = activity?.id ?? null;
  const saved = state.notes.find((n) => n.activityId === activityId)?.body ?? '';
  const [body, setBody] = useState(saved);
  const [status, setStatus] = useState<'saved' | 'unsaved' | 'saving'>('saved');

  async function save() {
    if (body === saved) return;
    setStatus('saving');
    const result = await api.live.saveNote({ workshopId: state.workshop.id, activityId, body });
    if (result.ok) {
      setStatus('saved');
      // Emptying the field deletes the note: it can be brought back.
      if (body.trim() === '' && saved.trim() !== '') {
        const previous = saved;
        const workshopId = state.workshop.id;
        notify({
          tone: 'info',
          text: activity ? `Note on “${activity.title}” cleared.` : 'Note cleared.',
          action: {
            label: 'Undo',
            run: () => void api.live.saveNote({ workshopId, activityId, body: previous }),
          },
        });
      }
    } else {
      setStatus('unsaved');
      notify({ tone: 'error', text: result.error.message });
    }
  }

  return (
    <section className="panel notes-panel" aria-labelledby="notes-heading">
      <h2 id="notes-heading" className="panel-title">
        Notes {activity ? <span className="muted">on “{activity.title}”</span> : null}
      </h2>
      <label className="visually-hidden" htmlFor="activity-notes">
        Notes on this activity
      </label>
      <textarea
        id="activity-notes"
        ref={textareaRef}
        rows={5}
        value={body}
        placeholder="What the room said; where the surprise was. Saved when you leave the field."
        onChange={(event) => {
          setBody(event.target.value);
          setStatus('unsaved');
        }}
        onBlur={() => void save()}
      />
      <p className="muted small">{status === 'saved' ? 'Saved' : status === 'saving' ? 'Saving…' : 'Not saved yet'}</p>
    </section>
  );
}
