import { useEffect, useState } from 'react';
import type { BallotView, Voter } from '../../../shared/live';
import { useNow } from '../../app/useNow';
import { api } from '../../ipc/client';
import { useLive } from '../../stores/live';
import { useNavigation } from '../../stores/navigation';
import { timeLeft } from '../console/roundStatus';
import { PinDialog } from '../console/PinDialog';
import { ArrivalHeading } from '../../ui/ArrivalHeading';
import { BallotForm } from './BallotForm';
import { BALLOT_THANKS_ID } from './draft';

type Step = { name: 'who' } | { name: 'vote'; voter: Voter } | { name: 'thanks' };

const HANDOVER_MS = 5000;

/**
 * The shared-screen ballot: each person picks their name, answers privately, confirms,
 * and the screen clears for the next person with nothing of their answers left on it.
 * The main process decides what this screen may see and do: only the ballot, and only
 * the facilitator's PIN takes it back or lets someone answer again.
 */
export function BallotScreen({ workshopId }: { workshopId: string }) {
  const view = useLive((s) => (s.workshopId === workshopId ? s.view : null));
  const error = useLive((s) => s.error);
  const watch = useLive((s) => s.watch);
  const run = useNavigation((s) => s.run);
  const [step, setStep] = useState<Step>({ name: 'who' });
  const [leaving, setLeaving] = useState(false);
  const [changeFor, setChangeFor] = useState<Voter | null>(null);

  useEffect(() => watch(workshopId), [workshopId, watch]);

  // Unlocked with the PIN: the core now shows this window the facilitator's view.
  const unlocked = view?.audience === 'facilitator';
  useEffect(() => {
    if (unlocked) run(workshopId, 'console');
  }, [unlocked, run, workshopId]);

  useEffect(() => {
    if (step.name !== 'thanks') return;
    const timer = setTimeout(() => setStep({ name: 'who' }), HANDOVER_MS);
    return () => clearTimeout(timer);
  }, [step]);

  const ballot: BallotView | null = view?.audience === 'ballot' ? view : null;
  const round = ballot?.round ?? null;
  const activity = ballot?.activity ?? null;
  const voted = new Set(ballot?.voted ?? []);
  const mayChange = new Set(ballot?.mayChange ?? []);

  function pick(voter: Voter) {
    if (voted.has(voter.id) && !mayChange.has(voter.id)) setChangeFor(voter);
    else setStep({ name: 'vote', voter });
  }

  return (
    <div className="ballot-screen">
      <header className="ballot-header">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">
            <span className="brand-it" />
            <span className="brand-mkt" />
          </span>
          <span className="brand-name">{ballot?.workshop.title ?? 'Common Ground'}</span>
        </span>
        {round && <Countdown deadlineAt={round.deadlineAt} />}
        {step.name !== 'vote' && (
          <button type="button" className="button small" onClick={() => setLeaving(true)}>
            Facilitator
          </button>
        )}
      </header>

      <main className="ballot-main">
        {error && !ballot && (
          <p className="banner error" role="alert">
            {error}
          </p>
        )}

        {step.name === 'thanks' && (
          <div className="ballot-card center" role="status">
            <p className="ballot-tick" aria-hidden="true">
              ✓
            </p>
            <ArrivalHeading id={BALLOT_THANKS_ID}>Thank you. Your answers are saved.</ArrivalHeading>
            <p className="ballot-lede">Please hand over to the next person.</p>
            <button type="button" className="button primary big" onClick={() => setStep({ name: 'who' })}>
              Next person
            </button>
          </div>
        )}

        {step.name === 'who' && ballot && (!round || !activity) && (
          <div className="ballot-card center">
            <h1>Voting is not open</h1>
            <p className="ballot-lede">The facilitator opens the next question in a moment.</p>
          </div>
        )}

        {step.name === 'who' && ballot && round && activity && (
          <div className="ballot-card">
            <p className="ballot-kicker">{activity.title}</p>
            <h1>Who is voting?</h1>
            <p className="ballot-lede">
              Pick your name. Your answers are private: nobody sees them, here or anywhere, and the results show only
              once the facilitator reveals them{ballot.workshop.anonymous ? ', as group results' : ''}.
            </p>
            <ul className="voter-grid">
              {ballot.participants.map((p) => (
                <li key={p.id}>
                  <button type="button" className={`voter ${p.side}`} onClick={() => pick(p)}>
                    <span className="voter-name">{p.name}</span>
                    {voted.has(p.id) && (
                      <span className="voter-done">{mayChange.has(p.id) ? 'may vote again' : 'voted ✓'}</span>
                    )}
                  </button>
                </li>
              ))}
            </ul>
            <p className="ballot-progress">
              {ballot.voted.length} of {ballot.participants.length} have voted
            </p>
          </div>
        )}

        {step.name === 'vote' && round && activity && (
          <div className="ballot-card">
            <p className="ballot-kicker">{step.voter.name}, your answers are private</p>
            <h1 tabIndex={-1} id="ballot-question">
              {activity.title}
            </h1>
            {activity.prompt && <p className="ballot-lede">{activity.prompt}</p>}
            <BallotForm
              key={`${round.id}-${step.voter.id}`}
              activity={activity}
              round={round}
              participant={step.voter}
              byFacilitator={false}
              onDone={() => setStep({ name: 'thanks' })}
              onCancel={() => setStep({ name: 'who' })}
            />
          </div>
        )}

        {step.name === 'vote' && ballot && !round && (
          <div className="ballot-card center">
            <h1>Voting has closed</h1>
            <p className="ballot-lede">Answers can no longer be given for this question.</p>
            <button type="button" className="button big" onClick={() => setStep({ name: 'who' })}>
              Back
            </button>
          </div>
        )}
      </main>

      {leaving && (
        <PinDialog
          title="Back to the facilitator console"
          message="Only the facilitator can leave the ballot. Enter the PIN chosen when the screen was handed over."
          label="Facilitator’s PIN"
          confirmLabel="Open the console"
          submit={(pin) => api.live.unlock({ pin })}
          onDone={() => setLeaving(false)}
          onCancel={() => setLeaving(false)}
        />
      )}
      {changeFor && (
        <PinDialog
          title={`${changeFor.name} has voted`}
          message="Answers already given stay private. To answer again from an empty ballot, ask the facilitator to enter the PIN."
          label="Facilitator’s PIN"
          confirmLabel="Vote again"
          submit={(pin) => api.live.allowChange({ participantId: changeFor.id, pin })}
          onDone={() => {
            setStep({ name: 'vote', voter: changeFor });
            setChangeFor(null);
          }}
          onCancel={() => setChangeFor(null)}
        />
      )}
    </div>
  );
}

/** The time left to vote, ticking on this screen from the round's deadline. */
function Countdown({ deadlineAt }: { deadlineAt: string | null }) {
  const now = useNow(deadlineAt !== null);
  const left = timeLeft(deadlineAt, now);
  if (!left) return null;
  return (
    <span className={left.over ? 'ballot-timer over' : 'ballot-timer'} role="timer" aria-live="off">
      {left.over ? 'Time is up' : `${left.text} left`}
    </span>
  );
}
