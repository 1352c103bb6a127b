import { useEffect, useState } from 'react';
import type { RoomView } from '../../../shared/live';
import { wordsOf } from '../../../shared/kinds/stages';
import { useNow } from '../../app/useNow';
import { useLive } from '../../stores/live';
import { FINAL_SECONDS, timeLeft } from '../../format/roundStatus';
import { ActivityResults, pageCount, votersLine } from '../../results/ActivityResults';

type Theme = 'dark' | 'light';
const THEME_KEY = 'common-ground.presenter-theme';

/**
 * The projector window: it follows the facilitator. The question, then how many have
 * voted while voting is open, then the revealed results, one chart at a time and sized
 * to the screen (a projector cannot scroll); the facilitator steps through them.
 */
export function PresenterScreen({ workshopId }: { workshopId: string }) {
  const view = useLive((s) => (s.workshopId === workshopId ? s.view : null));
  const error = useLive((s) => s.error);
  const watch = useLive((s) => s.watch);
  const [theme, setTheme] = useState<Theme>(() => (localStorage.getItem(THEME_KEY) === 'light' ? 'light' : 'dark'));

  useEffect(() => watch(workshopId), [workshopId, watch]);

  useEffect(() => {
    localStorage.setItem(THEME_KEY, theme);
  }, [theme]);

  const room: RoomView | null = view?.audience === 'room' ? view : null;
  const round = room?.round ?? null;
  const open = round?.status === 'open' ? round : null;
  const words = room?.activity && round ? wordsOf(room.activity.kind, round.stage) : null;
  const now = useNow(!!open?.deadlineAt);
  const left = open ? timeLeft(open.deadlineAt, now) : null;

  return (
    <div className={`presenter theme-${theme}`}>
      <header className="presenter-header">
        <span className="presenter-workshop">{room?.workshop.title ?? 'Common Ground'}</span>
        {room?.revealed && <span className="presenter-voters">{votersLine(room.revealed)}</span>}
        {room?.activity && (
          <span className="presenter-step">
            {room.position} / {room.activityCount}
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

      {((error && !room) || (room && !room.activity)) && (
        <main className="presenter-main">
          <p className="presenter-message">{room ? 'Welcome' : error}</p>
        </main>
      )}

      {room?.activity && (
        <main className={room.revealed ? 'presenter-main revealed-results' : 'presenter-main'}>
          <h1 className="presenter-question">{room.activity.title}</h1>
          {room.prompt && !room.revealed && <p className="presenter-prompt">{room.prompt}</p>}

          {open && room.progress && (
            <div className="presenter-progress">
              <p className="presenter-count" role="status" aria-live="polite">
                <strong>{room.progress.voted}</strong> of {room.progress.total} {words?.answeredInRoom}
              </p>
              <div className="presenter-bar" aria-hidden="true">
                <span
                  style={{ width: `${room.progress.total ? (100 * room.progress.voted) / room.progress.total : 0}%` }}
                />
              </div>
              {left && (
                <p
                  className={
                    left.over
                      ? 'presenter-timer over'
                      : left.seconds <= FINAL_SECONDS
                        ? 'presenter-timer final'
                        : 'presenter-timer'
                  }
                  role="timer"
                  aria-live="off"
                >
                  {left.over ? 'Time is up' : left.text}
                </p>
              )}
            </div>
          )}

          {round?.status === 'closed' && <p className="presenter-message">{words?.closed}</p>}

          {!round && <p className="presenter-message small">Voting opens in a moment.</p>}

          {round?.status === 'revealed' && room.revealed && (
            <div
              className="presenter-charts"
              data-page={Math.min(room.page, pageCount(room.activity, room.revealed) - 1)}
              data-pages={pageCount(room.activity, room.revealed)}
            >
              <ActivityResults
                activity={room.activity}
                result={room.revealed}
                pending={null}
                workshopTitle={room.workshop.title}
                page={room.page}
              />
            </div>
          )}
        </main>
      )}
    </div>
  );
}
