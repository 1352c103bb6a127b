import { useState } from 'react';
import type { LiveState } from '../../../shared/live';
import { SIDE_LABELS } from '../../format/sides';
import { useNow } from '../../app/useNow';
import { timeLeft } from '../../format/roundStatus';
import { nextStage, stageOf, wordsOf } from '../../../shared/kinds/stages';

interface Props {
  state: LiveState;
  /** The current activity's kind, for a kind whose rounds come in stages. */
  kind: string;
  minutes: number | null;
  onMinutes(minutes: number | null): void;
  onOpen(): void;
  onClose(): void;
  onReveal(): void;
  onRevote(): void;
  onProxy(participantId: string): void;
}

const COUNTDOWNS = [null, 1, 2, 3, 5, 10, 15] as const;

export function RoundPanel({ state, kind, minutes, onMinutes, onOpen, onClose, onReveal, onRevote, onProxy }: Props) {
  const latest = state.rounds.at(-1) ?? null;
  const latestStage = stageOf(kind, latest?.stage);
  // A stage that only feeds the results (ideas' collect round) is not revealed: the next stage follows it.
  const feeding = latestStage !== null && !latestStage.results;
  const next = nextStage(kind, latest?.stage);
  const items = state.activities.find((a) => a.id === state.currentActivityId)?.items.length ?? 0;
  const ready = next === null || items >= next.minItems;
  const words = wordsOf(kind, (state.openRound ?? latest)?.stage);
  const open = state.openRound?.activityId === state.currentActivityId ? state.openRound : null;
  const elsewhere =
    state.openRound && !open ? state.activities.find((a) => a.id === state.openRound!.activityId) : null;
  const now = useNow(!!open?.deadlineAt);
  const left = open ? timeLeft(open.deadlineAt, now) : null;
  const progress = state.progress;
  const [proxy, setProxy] = useState('');

  const countdown = (
    <label className="inline-field">
      Countdown{' '}
      <select
        value={minutes ?? ''}
        onChange={(event) => onMinutes(event.target.value === '' ? null : Number(event.target.value))}
      >
        {COUNTDOWNS.map((m) => (
          <option key={m ?? 'none'} value={m ?? ''}>
            {m === null ? 'none' : `${m} min`}
          </option>
        ))}
      </select>
    </label>
  );

  if (elsewhere) {
    return (
      <p className="banner info">A round is open on “{elsewhere.title}”. Close it before running this activity.</p>
    );
  }

  return (
    <div className="round-panel" aria-live="polite">
      {!latest && (
        <div className="round-actions">
          <p className="round-status">No round yet. Nobody sees anything until you reveal.</p>
          {countdown}
          <button type="button" className="button primary big" onClick={onOpen}>
            {next?.open ?? 'Open voting'} <kbd>O</kbd>
          </button>
        </div>
      )}

      {latest && !open && latest.status === 'closed' && feeding && next && (
        <div className="round-actions">
          <p className="round-status">
            <strong>
              Round {latest.number} ({latestStage.round}) is closed.
            </strong>{' '}
            {ready ? 'Merge duplicates and edit wording below, then open the next round.' : next.needsItems}
          </p>
          {countdown}
          <button type="button" className="button primary big" disabled={!ready} onClick={onOpen}>
            {next.open} <kbd>O</kbd>
          </button>
        </div>
      )}

      {open && progress && (
        <>
          <div className="round-actions">
            <p className="round-status">
              <strong>
                Round {open.number}
                {latestStage && latest?.id === open.id ? ` (${latestStage.round})` : ''} is open.
              </strong>{' '}
              <span className="progress-count">
                {progress.voted.length} of {progress.total} {words.answered}
              </span>
              {left && (
                <span className={left.over ? 'countdown over' : 'countdown'} role="timer">
                  {left.over ? 'Time is up' : `${left.text} left`}
                </span>
              )}
            </p>
            <button type="button" className="button primary big" onClick={onClose}>
              Close voting <kbd>C</kbd>
            </button>
          </div>
          <div className="progress-bar" aria-hidden="true">
            <span style={{ width: `${progress.total ? (100 * progress.voted.length) / progress.total : 0}%` }} />
          </div>
          {progress.pending.length > 0 ? (
            <p className="pending">
              {words.pending}:{' '}
              {progress.pending.map((p) => (
                <span key={p.id} className={`side-chip ${p.side}`}>
                  {p.name}
                </span>
              ))}
            </p>
          ) : (
            <p className="pending">Everyone has voted.</p>
          )}
          <div className="proxy-line">
            <label className="inline-field">
              Enter a vote on behalf of{' '}
              <select value={proxy} onChange={(event) => setProxy(event.target.value)}>
                <option value="">choose a person…</option>
                {state.participants.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} ({SIDE_LABELS[p.side]})
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="button small" disabled={proxy === ''} onClick={() => onProxy(proxy)}>
              Enter their vote
            </button>
          </div>
        </>
      )}

      {latest && !open && latest.status === 'closed' && !feeding && (
        <div className="round-actions">
          <p className="round-status">
            <strong>Round {latest.number} is closed.</strong>{' '}
            {progress && `${progress.voted.length} of ${progress.total} voted.`} The results stay hidden until you
            reveal them.
          </p>
          <button type="button" className="button primary big" onClick={onReveal}>
            Reveal results <kbd>R</kbd>
          </button>
        </div>
      )}

      {latest && !open && latest.status === 'revealed' && (
        <div className="round-actions">
          <p className="round-status">
            <strong>Round {latest.number} is revealed.</strong> After the discussion, a re-vote shows whether the gap
            closed.
          </p>
          {countdown}
          <button type="button" className="button big" onClick={onRevote}>
            Re-vote <kbd>V</kbd>
          </button>
        </div>
      )}
    </div>
  );
}
