import { useEffect, useState } from 'react';
import type { Voter } from '../../../shared/live';
import { LIVE_REFRESH_MS, useLive } from '../../stores/live';
import { useNavigation } from '../../stores/navigation';
import { ConfirmDialog } from '../../ui/Dialog';
import { BallotForm } from './BallotForm';

type Step = { name: 'who' } | { name: 'vote'; voter: Voter } | { name: 'thanks' };

const HANDOVER_MS = 5000;

/**
 * The shared-screen ballot: each person picks their name, answers privately, confirms,
 * and the screen clears for the next person with nothing of their answers left on it.
 */
export function BallotScreen({ workshopId }: { workshopId: string }) {
  const state = useLive((s) => s.state);
  const refresh = useLive((s) => s.refresh);
  const clear = useLive((s) => s.clear);
  const run = useNavigation((s) => s.run);
  const [step, setStep] = useState<Step>({ name: 'who' });
  const [leaving, setLeaving] = useState(false);

  useEffect(() => {
    void refresh(workshopId);
    const timer = setInterval(() => void refresh(workshopId), LIVE_REFRESH_MS);
    return () => {
      clearInterval(timer);
      clear();
    };
  }, [workshopId, refresh, clear]);

  useEffect(() => {
    if (step.name !== 'thanks') return;
    const timer = setTimeout(() => setStep({ name: 'who' }), HANDOVER_MS);
    return () => clearTimeout(timer);
  }, [step]);

  const round = state?.openRound ?? null;
  const activity = round ? state?.activities.find((a) => a.id === round.activityId) : undefined;
  const voted = new Set(state?.progress?.voted.map((v) => v.id) ?? []);

  return (
    <div className="ballot-screen">
      <header className="ballot-header">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">
            <span className="brand-it" />
            <span className="brand-mkt" />
          </span>
          <span className="brand-name">{state?.workshop.title ?? 'Common Ground'}</span>
        </span>
        {step.name !== 'vote' && (
          <button type="button" className="button small" onClick={() => setLeaving(true)}>
            Facilitator
          </button>
        )}
      </header>

      <main className="ballot-main">
        {step.name === 'thanks' && (
          <div className="ballot-card center" role="status">
            <p className="ballot-tick" aria-hidden="true">
              ✓
            </p>
            <h1>Thank you. Your answers are saved.</h1>
            <p className="ballot-lede">Please hand over to the next person.</p>
            <button type="button" className="button primary big" onClick={() => setStep({ name: 'who' })}>
              Next person
            </button>
          </div>
        )}

        {step.name === 'who' && (!round || !activity) && (
          <div className="ballot-card center">
            <h1>Voting is not open</h1>
            <p className="ballot-lede">The facilitator opens the next question in a moment.</p>
          </div>
        )}

        {step.name === 'who' && round && activity && state && (
          <div className="ballot-card">
            <p className="ballot-kicker">{activity.title}</p>
            <h1>Who is voting?</h1>
            <p className="ballot-lede">
              Pick your name. Your answers are private: nobody sees them until the results are revealed
              {state.workshop.anonymous ? ', and then only as group results' : ''}.
            </p>
            <ul className="voter-grid">
              {state.participants.map((p) => (
                <li key={p.id}>
                  <button
                    type="button"
                    className={`voter ${p.side}`}
                    onClick={() => setStep({ name: 'vote', voter: p })}
                  >
                    <span className="voter-name">{p.name}</span>
                    {voted.has(p.id) && <span className="voter-done">voted · tap to change</span>}
                  </button>
                </li>
              ))}
            </ul>
            {state.progress && (
              <p className="ballot-progress">
                {state.progress.voted.length} of {state.progress.total} have voted
              </p>
            )}
          </div>
        )}

        {step.name === 'vote' && round && activity && (
          <div className="ballot-card">
            <p className="ballot-kicker">{step.voter.name}, your answers are private</p>
            <h1>{activity.title}</h1>
            {activity.prompt && <p className="ballot-lede">{activity.prompt}</p>}
            <BallotForm
              key={`${round.id}-${step.voter.id}`}
              activity={activity}
              round={round}
              participant={step.voter}
              byFacilitator={false}
              onDone={() => {
                setStep({ name: 'thanks' });
                void refresh(workshopId);
              }}
              onCancel={() => setStep({ name: 'who' })}
            />
          </div>
        )}

        {step.name === 'vote' && !round && (
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
        <ConfirmDialog
          title="Back to the facilitator console?"
          message="Only the facilitator should leave the ballot: the console shows who has not voted yet."
          confirmLabel="Open the console"
          onConfirm={() => run(workshopId, 'console')}
          onCancel={() => setLeaving(false)}
        />
      )}
    </div>
  );
}
