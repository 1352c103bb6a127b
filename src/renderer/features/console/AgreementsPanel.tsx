import { useState, type RefObject } from 'react';
import type { Activity } from '../../../shared/domain';
import type { LiveState } from '../../../shared/live';
import { api } from '../../ipc/client';
import { useLive } from '../../stores/live';
import { formatWorkshopDate } from '../workshops/format';

interface Props {
  state: LiveState;
  activity: Activity | null;
  inputRef: RefObject<HTMLInputElement | null>;
}

const EMPTY = { kind: 'agreement' as 'agreement' | 'action', text: '', ownerIt: '', ownerMarketing: '', dueDate: '' };

/** Agreements and action items, captured at any moment, with an owner on each side and a date. */
export function AgreementsPanel({ state, activity, inputRef }: Props) {
  const apply = useLive((s) => s.apply);
  const [draft, setDraft] = useState(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const itPeople = state.participants.filter((p) => p.side === 'it');
  const marketingPeople = state.participants.filter((p) => p.side === 'marketing');
  const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

  async function add() {
    const result = await apply(
      api.live.addActionItem({
        workshopId: state.workshop.id,
        item: {
          kind: draft.kind,
          text: draft.text,
          ownerIt: orNull(draft.ownerIt),
          ownerMarketing: orNull(draft.ownerMarketing),
          dueDate: orNull(draft.dueDate),
          activityId: activity?.id ?? null,
        },
      }),
    );
    if (result.ok) {
      setDraft({ ...EMPTY, kind: draft.kind });
      setError(null);
    } else setError(result.error.message);
  }

  return (
    <section className="panel agreements-panel" aria-labelledby="agreements-heading">
      <h2 id="agreements-heading" className="panel-title">
        Agreements and actions
      </h2>
      {state.actionItems.length === 0 ? (
        <p className="muted small">Nothing captured yet.</p>
      ) : (
        <ul className="agreement-list">
          {state.actionItems.map((item) => (
            <li key={item.id}>
              <span className={`agreement-kind ${item.kind}`}>{item.kind === 'agreement' ? 'Agreed' : 'Action'}</span>
              <span className="agreement-text">{item.text}</span>
              <span className="agreement-meta">
                {[
                  item.ownerIt && `IT: ${item.ownerIt}`,
                  item.ownerMarketing && `Marketing: ${item.ownerMarketing}`,
                  item.dueDate && `by ${formatWorkshopDate(item.dueDate)}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove “${item.text}”`}
                onClick={() => void apply(api.live.removeActionItem({ workshopId: state.workshop.id, id: item.id }))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="agreement-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void add();
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
        <input
          ref={inputRef}
          aria-label="What was agreed"
          placeholder="What was agreed or who does what"
          value={draft.text}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setDraft({ ...draft, text: event.target.value })}
        />
        <div className="agreement-owners">
          <input
            aria-label="Owner on the IT side"
            placeholder="IT owner"
            list="it-people"
            value={draft.ownerIt}
            onChange={(event) => setDraft({ ...draft, ownerIt: event.target.value })}
          />
          <input
            aria-label="Owner on the Marketing side"
            placeholder="Marketing owner"
            list="marketing-people"
            value={draft.ownerMarketing}
            onChange={(event) => setDraft({ ...draft, ownerMarketing: event.target.value })}
          />
          <input
            aria-label="Due date"
            type="date"
            value={draft.dueDate}
            onChange={(event) => setDraft({ ...draft, dueDate: event.target.value })}
          />
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
        {error && <p className="field-error">{error}</p>}
        <button type="submit" className="button small primary">
          Capture
        </button>
      </form>
    </section>
  );
}
