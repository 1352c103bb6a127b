import { useState } from 'react';
import type { LiveState } from '../../../shared/live';
import { SIDE_LABELS } from '../designer/sides';
import { useNow } from '../../app/useNow';
import { timeLeft } from './roundStatus';

interface Props {
  state: LiveState;
  minutes: number | null;
  onMinutes(minutes: number | null): void;
  onOpen(): void;
  onClose(): void;
  onReveal(): void;
  onRevote(): void;
  onProxy(participantId: string): void;
}

const COUNTDOWNS = [null, 1, 2, 3, 5, 10, 15] as const;

export function RoundPanel({ state, minutes, onMinutes, onOpen, onClose, onReveal, onRevote, onProxy }: Props) {
  const latest = state.rounds.at(-1) ?? null;
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
            Open voting <kbd>O</kbd>
          </button>
        </div>
      )}

      {open && progress && (
        <>
          <div className="round-actions">
            <p className="round-status">
              <strong>Round {open.number} is open.</strong>{' '}
              <span className="progress-count">
                {progress.voted.length} of {progress.total} have voted
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
              Still to vote:{' '}
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

      {latest && !open && latest.status === 'closed' && (
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
