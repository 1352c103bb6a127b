import { useState, type RefObject } from 'react';
import type { Activity } from '../../../shared/domain';
import type { ActionItemInput, LiveState } from '../../../shared/live';
import { api } from '../../ipc/client';
import { DateInput } from '../../ui/DateInput';
import { DATE_EXAMPLE } from '../../ui/dates';
import { removeWithUndo, useWithoutPending } from '../../ui/pendingRemovals';
import { formatWorkshopDate } from '../../format/workshop';

interface Props {
  state: LiveState;
  activity: Activity | null;
  inputRef: RefObject<HTMLInputElement | null>;
}

interface Draft {
  kind: 'agreement' | 'action';
  text: string;
  ownerIt: string;
  ownerMarketing: string;
  dueDate: string;
  /** What is typed in the date field is not a date yet. */
  dateUnreadable: boolean;
}

const EMPTY: Draft = {
  kind: 'agreement',
  text: '',
  ownerIt: '',
  ownerMarketing: '',
  dueDate: '',
  dateUnreadable: false,
};

type StoredItem = LiveState['actionItems'][number];

/** Agreements and action items, captured at any moment, with an owner on each side and a date. */
export function AgreementsPanel({ state, activity, inputRef }: Props) {
  const items = useWithoutPending(state.actionItems);
  const [draft, setDraft] = useState(EMPTY);
  const [editing, setEditing] = useState<StoredItem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const itPeople = state.participants.filter((p) => p.side === 'it');
  const marketingPeople = state.participants.filter((p) => p.side === 'marketing');
  const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
  const workshopId = state.workshop.id;

  async function save() {
    if (draft.dateUnreadable) return setError(`Write the date as ${DATE_EXAMPLE}, or leave it empty.`);
    const item: ActionItemInput = {
      kind: draft.kind,
      text: draft.text,
      ownerIt: orNull(draft.ownerIt),
      ownerMarketing: orNull(draft.ownerMarketing),
      dueDate: orNull(draft.dueDate),
      activityId: editing ? editing.activityId : (activity?.id ?? null),
    };
    const result = await (editing
      ? api.live.updateActionItem({ workshopId, id: editing.id, item })
      : api.live.addActionItem({ workshopId, item }));
    if (result.ok) {
      setDraft({ ...EMPTY, kind: draft.kind });
      setEditing(null);
      setError(null);
    } else setError(result.error.message);
  }

  function edit(item: StoredItem) {
    setEditing(item);
    setError(null);
    setDraft({
      kind: item.kind,
      text: item.text,
      ownerIt: item.ownerIt ?? '',
      ownerMarketing: item.ownerMarketing ?? '',
      dueDate: item.dueDate ?? '',
      dateUnreadable: false,
    });
    inputRef.current?.focus();
  }

  function stopEditing() {
    setEditing(null);
    setDraft(EMPTY);
    setError(null);
  }

  function remove(item: StoredItem) {
    if (editing?.id === item.id) stopEditing();
    removeWithUndo({
      id: item.id,
      text: `${item.kind === 'agreement' ? 'Agreement' : 'Action'} removed: “${item.text}”.`,
      commit: async () => {
        const result = await api.live.removeActionItem({ workshopId, id: item.id });
        return result.ok ? null : result.error.message;
      },
    });
  }

  return (
    <section className="panel agreements-panel" aria-labelledby="agreements-heading">
      <h2 id="agreements-heading" className="panel-title">
        Agreements and actions
      </h2>
      {items.length === 0 ? (
        <p className="muted small">Nothing captured yet.</p>
      ) : (
        <ul className="agreement-list">
          {items.map((item) => (
            <li key={item.id} className={editing?.id === item.id ? 'editing' : undefined}>
              <span className={`agreement-kind ${item.kind}`}>{item.kind === 'agreement' ? 'Agreed' : 'Action'}</span>
              <span className="agreement-text">{item.text}</span>
              <span className="agreement-meta">
                {[
                  item.ownerIt && `IT: ${item.ownerIt}`,
                  item.ownerMarketing && `Marketing: ${item.ownerMarketing}`,
                  item.dueDate && `by ${formatWorkshopDate(item.dueDate, 'en-GB')}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <span className="agreement-item-actions">
                <button
                  type="button"
                  className="button small link"
                  aria-label={`Edit “${item.text}”`}
                  onClick={() => edit(item)}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove “${item.text}”`}
                  onClick={() => remove(item)}
                >
                  ×
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <form
        className="agreement-form"
        aria-label={editing ? 'Change the agreement' : 'Capture an agreement'}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="segmented" role="radiogroup" aria-label="Kind">
          {(['agreement', 'action'] as const).map((kind) => (
            <label key={kind}>
              <input
                type="radio"
                name="agreement-kind"
                checked={draft.kind === kind}
                onChange={() => setDraft({ ...draft, kind })}
              />
              {kind === 'agreement' ? 'Agreement' : 'Action'}
            </label>
          ))}
        </div>
        <label className="agreement-field">
          <span>What was agreed, or who does what</span>
          <input
            ref={inputRef}
            value={draft.text}
            aria-invalid={error ? true : undefined}
            onChange={(event) => setDraft({ ...draft, text: event.target.value })}
          />
        </label>
        <div className="agreement-fields">
          <label className="agreement-field">
            <span>IT owner</span>
            <input
              list="it-people"
              value={draft.ownerIt}
              onChange={(event) => setDraft({ ...draft, ownerIt: event.target.value })}
            />
          </label>
          <label className="agreement-field">
            <span>Marketing owner</span>
            <input
              list="marketing-people"
              value={draft.ownerMarketing}
              onChange={(event) => setDraft({ ...draft, ownerMarketing: event.target.value })}
            />
          </label>
          <label className="agreement-field">
            <span>Due date</span>
            <DateInput
              value={draft.dueDate}
              aria-invalid={draft.dateUnreadable && error ? true : undefined}
              onChange={(iso) =>
                setDraft((d) =>
                  iso === null ? { ...d, dateUnreadable: true } : { ...d, dueDate: iso, dateUnreadable: false },
                )
              }
            />
          </label>
        </div>
        <datalist id="it-people">
          {itPeople.map((p) => (
            <option key={p.id} value={p.name} />
          ))}
        </datalist>
        <datalist id="marketing-people">
          {marketingPeople.map((p) => (
            <option key={p.id} value={p.name} />
          ))}
        </datalist>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="agreement-form-actions">
          {editing && (
            <button type="button" className="button small" onClick={stopEditing}>
              Cancel
            </button>
          )}
          <button type="submit" className="button small primary">
            {editing ? 'Save changes' : 'Capture'}
          </button>
        </div>
      </form>
    </section>
  );
}
