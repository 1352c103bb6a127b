import { useEffect, useState } from 'react';
import { LIVE_REFRESH_MS, useLive } from '../../stores/live';
import { ActivityResults } from '../results/ActivityResults';
import { asAnalysisActivity } from '../results/asAnalysisActivity';
import { timeLeft } from '../console/roundStatus';

type Theme = 'dark' | 'light';
const THEME_KEY = 'common-ground.presenter-theme';

/**
 * The projector window: it follows the facilitator. The question, then how many have
 * voted while voting is open, then the revealed results side by side.
 */
export function PresenterScreen({ workshopId }: { workshopId: string }) {
  const state = useLive((s) => s.state);
  const error = useLive((s) => s.error);
  const refresh = useLive((s) => s.refresh);
  const [theme, setTheme] = useState<Theme>(() => (localStorage.getItem(THEME_KEY) === 'light' ? 'light' : 'dark'));
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    void refresh(workshopId);
    const timer = setInterval(() => {
      void refresh(workshopId);
      setNow(Date.now());
    }, LIVE_REFRESH_MS);
    return () => clearInterval(timer);
  }, [workshopId, refresh]);

  useEffect(() => {
    localStorage.setItem(THEME_KEY, theme);
  }, [theme]);

  const current = state?.activities.find((a) => a.id === state.currentActivityId) ?? null;
  const open = state?.openRound && state.openRound.activityId === current?.id ? state.openRound : null;
  const latest = state?.rounds.at(-1) ?? null;
  const progress = state?.progress ?? null;
  const left = open ? timeLeft(open.deadlineAt, now) : null;
  const position = current && state ? state.activities.findIndex((a) => a.id === current.id) + 1 : 0;

  return (
    <div className={`presenter theme-${theme}`}>
      <header className="presenter-header">
        <span className="presenter-workshop">{state?.workshop.title ?? 'Common Ground'}</span>
        {state && current && (
          <span className="presenter-step">
            {position} / {state.activities.length}
          </span>
        )}
        <button
          type="button"
          className="presenter-theme"
          onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
          aria-label={`Switch to the ${theme === 'dark' ? 'light' : 'dark'} theme`}
        >
          {theme === 'dark' ? 'Light' : 'Dark'}
        </button>
      </header>

      {error && !state && <p className="presenter-message">{error}</p>}

      {state && !current && <p className="presenter-message">Welcome</p>}

      {state && current && (
        <main className="presenter-main">
          <h1 className="presenter-question">{current.title}</h1>
          {current.prompt && <p className="presenter-prompt">{current.prompt}</p>}

          {open && progress && (
            <div className="presenter-progress" role="status" aria-live="polite">
              <p className="presenter-count">
                <strong>{progress.voted.length}</strong> of {progress.total} have voted
              </p>
              <div className="presenter-bar" aria-hidden="true">
                <span style={{ width: `${progress.total ? (100 * progress.voted.length) / progress.total : 0}%` }} />
              </div>
              {left && (
                <p className={left.over ? 'presenter-timer over' : 'presenter-timer'}>
                  {left.over ? 'Time is up' : left.text}
                </p>
              )}
            </div>
          )}

          {!open && latest?.status === 'closed' && (
            <p className="presenter-message">Voting is closed. The results are coming.</p>
          )}

          {!open && !latest && <p className="presenter-message small">Voting opens in a moment.</p>}

          {!open && latest?.status === 'revealed' && state.revealed && (
            <div className="presenter-charts">
              <ActivityResults
                activity={asAnalysisActivity(current)}
                result={state.revealed}
                pending={null}
                workshopTitle={state.workshop.title}
              />
            </div>
          )}
        </main>
      )}
    </div>
  );
}
