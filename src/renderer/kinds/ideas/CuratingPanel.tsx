import { useEffect, useRef, useState } from 'react';
import type { Activity } from '../../../shared/domain';
import type { LiveState } from '../../../shared/live';
import type { Result } from '../../../shared/result';
import { api } from '../../ipc/client';
import './ideas.css';

/**
 * The facilitator's list of ideas: as they arrive while the room writes (never with a
 * name), then, between the collect round and the vote, merging duplicates and editing
 * wording. The core decides what may change; a refusal is shown here as it says it.
 */
export function CuratingPanel({ activity, state }: { activity: Activity; state: LiveState }) {
  const rounds = state.rounds.filter((round) => round.activityId === activity.id);
  const open = rounds.find((round) => round.status === 'open') ?? null;
  const voting = rounds.some((round) => round.stage === 'vote');
  const curating = !open && !voting && rounds.length > 0;
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
  const [mergeFrom, setMergeFrom] = useState<string | null>(null);
  const [mergeInto, setMergeInto] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const editField = useRef<HTMLInputElement>(null);
  // The field the facilitator just asked for takes the keyboard.
  useEffect(() => editField.current?.focus(), [editing?.id]);

  async function act(change: Promise<Result<unknown>>): Promise<boolean> {
    const result = await change;
    setProblem(result.ok ? null : result.error.message);
    return result.ok;
  }

  const ideas = activity.items;
  const heading = `Ideas (${ideas.length})`;

  return (
    <section className="panel ideas-curating" aria-labelledby="ideas-curating-heading">
      <h3 id="ideas-curating-heading">{heading}</h3>
      {rounds.length === 0 && (
        <p className="muted-note">The ideas appear here as the room writes them, without names.</p>
      )}
      {open?.stage === 'collect' && (
        <p className="muted-note" role="status">
          Arriving as the room writes them, without names. Merge duplicates and edit wording once you close the round.
        </p>
      )}
      {curating && (
        <p className="muted-note">
          Merge duplicates and edit wording before the vote: once the room has voted, the ideas stay as they read.
        </p>
      )}
      {voting && <p className="muted-note">The room votes on these ideas as they read here.</p>}
      {problem && (
        <p className="banner error" role="alert">
          {problem}
        </p>
      )}
      {ideas.length > 0 && (
        <ol className="ideas-list">
          {ideas.map((idea) => (
            <li key={idea.id} className="idea-row">
              {editing?.id === idea.id ? (
                <form
                  className="idea-edit"
                  onSubmit={(event) => {
                    event.preventDefault();
                    void act(api.live.editIdea({ id: idea.id, text: editing.text })).then(
                      (ok) => ok && setEditing(null),
                    );
                  }}
                >
                  <label className="visually-hidden" htmlFor={`idea-edit-${idea.id}`}>
                    New wording
                  </label>
                  <input
                    id={`idea-edit-${idea.id}`}
                    ref={editField}
                    value={editing.text}
                    onChange={(event) => setEditing({ id: idea.id, text: event.target.value })}
                  />
                  <button type="submit" className="button small primary">
                    Save
                  </button>
                  <button type="button" className="button small" onClick={() => setEditing(null)}>
                    Cancel
                  </button>
                </form>
              ) : mergeFrom === idea.id ? (
                <form
                  className="idea-merge"
                  onSubmit={(event) => {
                    event.preventDefault();
                    void act(api.live.mergeIdeas({ fromId: idea.id, intoId: mergeInto })).then(
                      (ok) => ok && setMergeFrom(null),
                    );
                  }}
                >
                  <span className="idea-label">{idea.label}</span>
                  <label className="inline-field">
                    Merge into{' '}
                    <select value={mergeInto} onChange={(event) => setMergeInto(event.target.value)}>
                      <option value="">choose an idea…</option>
                      {ideas
                        .filter((other) => other.id !== idea.id)
                        .map((other) => (
                          <option key={other.id} value={other.id}>
                            {other.label}
                          </option>
                        ))}
                    </select>
                  </label>
                  <button type="submit" className="button small primary" disabled={mergeInto === ''}>
                    Merge
                  </button>
                  <button type="button" className="button small" onClick={() => setMergeFrom(null)}>
                    Cancel
                  </button>
                </form>
              ) : (
                <>
                  <span className="idea-label">{idea.label}</span>
                  {curating && (
                    <span className="idea-actions">
                      <button
                        type="button"
                        className="button small"
                        aria-label={`Edit “${idea.label}”`}
                        onClick={() => {
                          setMergeFrom(null);
                          setEditing({ id: idea.id, text: idea.label });
                        }}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        className="button small"
                        aria-label={`Merge “${idea.label}” into another idea`}
                        onClick={() => {
                          setEditing(null);
                          setMergeInto('');
                          setMergeFrom(idea.id);
                        }}
                      >
                        Merge…
                      </button>
                    </span>
                  )}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
