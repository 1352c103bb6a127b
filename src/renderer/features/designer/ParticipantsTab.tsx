import { useState } from 'react';
import {
  participantDraftSchema,
  SIDES,
  type Participant,
  type ParticipantDraft,
  type Side,
  type WorkshopDetail,
} from '../../../shared/domain';
import { parsePastedParticipants, participantWarnings, type PastedParticipants } from '../../../shared/participants';
import { api } from '../../ipc/client';
import { useDesigner } from '../../stores/designer';
import { Dialog } from '../../ui/Dialog';
import { messagesByField } from '../../ui/Field';
import { removeWithUndo, useWithoutPending } from '../../ui/pendingRemovals';
import { SIDE_LABELS } from './sides';

export function ParticipantsTab({ detail }: { detail: WorkshopDetail }) {
  const { workshop } = detail;
  const participants = useWithoutPending(detail.participants);
  const [pasting, setPasting] = useState(false);
  const warnings = participantWarnings(participants, workshop.anonymous);
  const bySide = (side: Side) => participants.filter((p) => p.side === side).length;

  return (
    <div className="panel">
      <div className="panel-header">
        <p className="side-tally">
          <span className="side-chip it">IT {bySide('it')}</span>
          <span className="side-chip marketing">Marketing {bySide('marketing')}</span>
          <span className="side-chip other">Other {bySide('other')}</span>
        </p>
        <button type="button" className="button" onClick={() => setPasting(true)}>
          Paste a list…
        </button>
      </div>
      {warnings.length > 0 && (
        <ul className="banner warning" aria-label="Before the room fills">
          {warnings.map((w) => (
            <li key={w.side}>{w.message}</li>
          ))}
        </ul>
      )}
      <table className="table participants-table">
        <thead>
          <tr>
            <th scope="col">Name or alias</th>
            <th scope="col">Side</th>
            <th scope="col">Title</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {participants.map((p) => (
            <ParticipantRow key={p.id} participant={p} />
          ))}
          <NewParticipantRow workshopId={workshop.id} />
        </tbody>
      </table>
      {pasting && (
        <PasteDialog workshopId={workshop.id} existing={detail.participants} onClose={() => setPasting(false)} />
      )}
    </div>
  );
}

function SideSelect(props: { value: Side; onChange(side: Side): void; label: string }) {
  return (
    <select
      aria-label={props.label}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value as Side)}
    >
      {SIDES.map((side) => (
        <option key={side} value={side}>
          {SIDE_LABELS[side]}
        </option>
      ))}
    </select>
  );
}

interface RowValues {
  name: string;
  side: Side;
  title: string;
}

function toDraft(values: RowValues) {
  return participantDraftSchema.safeParse({
    name: values.name,
    side: values.side,
    title: values.title.trim() === '' ? null : values.title,
  });
}

function ParticipantRow({ participant }: { participant: Participant }) {
  const apply = useDesigner((state) => state.apply);
  const [editing, setEditing] = useState<RowValues | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    if (!editing) return;
    const parsed = toDraft(editing);
    if (!parsed.success) return setError(parsed.error.issues[0]!.message);
    const result = await apply(api.participants.update({ id: participant.id, participant: parsed.data }));
    if (result.ok) {
      setEditing(null);
      setError(null);
    } else setError(result.error.message);
  }

  function remove() {
    removeWithUndo({
      id: participant.id,
      text: `${participant.name} removed.`,
      commit: async () => {
        const result = await apply(api.participants.remove({ id: participant.id }));
        return result.ok ? null : result.error.message;
      },
    });
  }

  if (!editing) {
    return (
      <tr>
        <td>{participant.name}</td>
        <td>
          <span className={`side-chip ${participant.side}`}>{SIDE_LABELS[participant.side]}</span>
        </td>
        <td>{participant.title ?? <span className="muted">—</span>}</td>
        <td className="row-actions">
          <button
            type="button"
            className="button small"
            aria-label={`Edit ${participant.name}`}
            onClick={() =>
              setEditing({ name: participant.name, side: participant.side, title: participant.title ?? '' })
            }
          >
            Edit
          </button>
          <button type="button" className="button small" aria-label={`Remove ${participant.name}`} onClick={remove}>
            Remove
          </button>
        </td>
      </tr>
    );
  }
  return (
    <tr className="editing">
      <td>
        <input
          aria-label="Name"
          value={editing.name}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setEditing({ ...editing, name: event.target.value })}
          onKeyDown={(event) => event.key === 'Enter' && void save()}
        />
        {error && <p className="field-error">{error}</p>}
      </td>
      <td>
        <SideSelect label="Side" value={editing.side} onChange={(side) => setEditing({ ...editing, side })} />
      </td>
      <td>
        <input
          aria-label="Title"
          value={editing.title}
          onChange={(event) => setEditing({ ...editing, title: event.target.value })}
          onKeyDown={(event) => event.key === 'Enter' && void save()}
        />
      </td>
      <td className="row-actions">
        <button type="button" className="button small primary" onClick={() => void save()}>
          Save
        </button>
        <button type="button" className="button small" onClick={() => setEditing(null)}>
          Cancel
        </button>
      </td>
    </tr>
  );
}

function NewParticipantRow({ workshopId }: { workshopId: string }) {
  const apply = useDesigner((state) => state.apply);
  const [values, setValues] = useState<RowValues>({ name: '', side: 'it', title: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function add() {
    const parsed = toDraft(values);
    if (!parsed.success) return setErrors(messagesByField(parsed.error.issues));
    const result = await apply(api.participants.add({ workshopId, participants: [parsed.data] }));
    if (result.ok) {
      setValues({ name: '', side: values.side, title: '' });
      setErrors({});
      document.getElementById('new-participant-name')?.focus();
    } else setErrors({ name: result.error.message });
  }

  const onEnter = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void add();
    }
  };

  return (
    <tr className="new-row">
      <td>
        <input
          id="new-participant-name"
          aria-label="New participant’s name"
          placeholder="Name or alias"
          value={values.name}
          aria-invalid={errors['name'] ? true : undefined}
          onChange={(event) => setValues({ ...values, name: event.target.value })}
          onKeyDown={onEnter}
        />
        {errors['name'] && <p className="field-error">{errors['name']}</p>}
      </td>
      <td>
        <SideSelect
          label="New participant’s side"
          value={values.side}
          onChange={(side) => setValues({ ...values, side })}
        />
      </td>
      <td>
        <input
          aria-label="New participant’s title"
          placeholder="Title (optional)"
          value={values.title}
          onChange={(event) => setValues({ ...values, title: event.target.value })}
          onKeyDown={onEnter}
        />
      </td>
      <td className="row-actions">
        <button type="button" className="button small primary" onClick={() => void add()}>
          Add
        </button>
      </td>
    </tr>
  );
}

function PasteDialog({
  workshopId,
  existing,
  onClose,
}: {
  workshopId: string;
  existing: readonly Participant[];
  onClose(): void;
}) {
  const apply = useDesigner((state) => state.apply);
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<PastedParticipants | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function addAll(rows: readonly ParticipantDraft[]) {
    const result = await apply(api.participants.add({ workshopId, participants: [...rows] }));
    if (result.ok) onClose();
    else setError(result.error.message);
  }

  return (
    <Dialog
      title="Paste a list of participants"
      wide
      onClose={onClose}
      onSubmit={() => (preview ? void addAll(preview.rows) : setPreview(parsePastedParticipants(text, existing)))}
      actions={
        preview ? (
          <>
            <button type="button" className="button" onClick={() => setPreview(null)}>
              Back to the list
            </button>
            <button type="submit" className="button primary" disabled={preview.rows.length === 0}>
              Add {preview.rows.length} {preview.rows.length === 1 ? 'person' : 'people'}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button primary" disabled={text.trim() === ''}>
              Preview
            </button>
          </>
        )
      }
    >
      {!preview ? (
        <>
          <p className="dialog-message">
            One person per line: <code>name, side, title</code> — side is IT, Marketing or Other; the title is optional.
            A CSV with a <code>name,side,title</code> header works too. You will see the list before anything is added.
          </p>
          <label className="visually-hidden" htmlFor="paste-participants">
            Participants
          </label>
          <textarea
            id="paste-participants"
            rows={10}
            value={text}
            placeholder={'Ines Duarte, IT, CIO\nMarc Lefèvre, Marketing, CMO\nSara Kim, Other, CFO'}
            onChange={(event) => setText(event.target.value)}
          />
        </>
      ) : (
        <>
          {preview.rows.length > 0 && (
            <table className="table compact" aria-label="To be added">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Side</th>
                  <th scope="col">Title</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row, index) => (
                  <tr key={index}>
                    <td>{row.name}</td>
                    <td>
                      <span className={`side-chip ${row.side}`}>{SIDE_LABELS[row.side]}</span>
                    </td>
                    <td>{row.title ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {preview.problems.length > 0 && (
            <div className="banner warning" role="alert">
              <p>These lines will not be added:</p>
              <ul>
                {preview.problems.map((p) => (
                  <li key={p.line}>
                    Line {p.line} (“{p.text}”): {p.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {error && (
            <p className="banner error" role="alert">
              {error}
            </p>
          )}
        </>
      )}
    </Dialog>
  );
}
