import { useEffect, useRef, useState } from 'react';
import { ballotProblem } from '../../../shared/ballot';
import type { Activity, Round } from '../../../shared/domain';
import type { Voter } from '../../../shared/live';
import { api } from '../../ipc/client';
import { ballotItemId, draftFrom, emptyDraft, toEntries, type BallotDraft } from './draft';
import { KindInputs } from './KindInputs';

interface Props {
  activity: Activity;
  round: Round;
  participant: Voter;
  byFacilitator: boolean;
  onDone(): void;
  onCancel(): void;
}

export function BallotForm({ activity, round, participant, byFacilitator, onDone, onCancel }: Props) {
  const [draft, setDraft] = useState<BallotDraft | null>(null);
  const [changing, setChanging] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  // Load once per person and round. The room's state refreshes every second with fresh
  // objects; reloading on each refresh would wipe what the person is answering.
  const activityRef = useRef(activity);
  useEffect(() => {
    let live = true;
    void api.live.ownBallot({ roundId: round.id, participantId: participant.id }).then((result) => {
      if (!live) return;
      const entries = result.ok ? result.value : [];
      setChanging(entries.length > 0);
      setDraft(entries.length > 0 ? draftFrom(activityRef.current, entries) : emptyDraft(activityRef.current));
    });
    return () => {
      live = false;
    };
  }, [activity.id, round.id, participant.id]);

  if (!draft) return <div aria-busy="true" className="ballot-loading" />;
  const entries = toEntries(activity, draft);
  const problem = ballotProblem(activity.config, activity.items, entries);

  async function confirm() {
    if (problem) {
      setError(problem.message);
      if (problem.itemId) bringIntoView(problem.itemId);
      return;
    }
    setSending(true);
    const result = await api.live.recordBallot({
      roundId: round.id,
      participantId: participant.id,
      entries,
      byFacilitator,
    });
    setSending(false);
    // Only an answer the main process has committed counts as given.
    if (result.ok) onDone();
    else setError(result.error.message);
  }

  return (
    <form
      className="ballot-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void confirm();
      }}
    >
      {changing && <p className="banner info">You have already answered. Change what you like and confirm again.</p>}
      <KindInputs
        activity={activity}
        draft={draft}
        onUpdate={(change) => {
          setDraft((current) => (current ? change(current) : current));
          setError(null);
        }}
      />
      {error && (
        <p className="banner error" role="alert">
          {error}
        </p>
      )}
      <div className="ballot-actions">
        <button type="button" className="button big" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button primary big" disabled={sending}>
          {sending ? 'Saving…' : 'Confirm my answers'}
        </button>
      </div>
      {problem && !error && <p className="ballot-hint muted">{problem.message}</p>}
    </form>
  );
}

/** Scrolls to the item that needs an answer and puts the keyboard on its first control. */
function bringIntoView(itemId: string) {
  const row = document.getElementById(ballotItemId(itemId));
  if (!row) return;
  row.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const control = row.querySelector<HTMLElement>('[tabindex="0"], input, button:not([tabindex="-1"])');
  control?.focus({ preventScroll: true });
}
