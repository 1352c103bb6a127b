import { useEffect, useRef, useState } from 'react';
import { KIND_INFO } from '../../../shared/activities';
import type { RoundStage } from '../../../shared/domain';
import { agendaActivity } from '../../../shared/live';
import { nextStage, stageOf } from '../../../shared/kinds/stages';
import type { Result } from '../../../shared/result';
import { api } from '../../ipc/client';
import { useLive } from '../../stores/live';
import { useNavigation } from '../../stores/navigation';
import { useNotices } from '../../stores/notices';
import { ConfirmDialog } from '../../ui/Dialog';
import { ExportReportButton } from '../../exports/ExportReportButton';
import { STATUS_LABELS } from '../../format/status';
import { ActivityResults, pageCount } from '../../results/ActivityResults';
import { viewOf } from '../../kinds';
import { AgreementsPanel } from './AgreementsPanel';
import { NotesPanel } from './NotesPanel';
import { ProxyVoteDialog } from './ProxyVoteDialog';
import { RevealedResults } from './RevealedResults';
import { RoundPanel } from './RoundPanel';
import { STAGE_LABELS } from '../../format/roundStatus';
import { HandOverDialog } from './HandOverDialog';
import { useShortcuts, type Shortcut } from './useShortcuts';

/** Every console control has a key; the list is shown to the facilitator as it is. */
const SHORTCUTS = [
  { key: 'o', label: 'Open a round' },
  { key: 'c', label: 'Close the round' },
  { key: 'r', label: 'Reveal the results' },
  { key: 'v', label: 'Start a re-vote' },
  { key: 'b', label: 'Hand the screen to the room (ballot)' },
  { key: 'p', label: 'Open the presenter view' },
  { key: 'pagedown', label: 'Next chart on the projector', shown: 'PgDn' },
  { key: 'pageup', label: 'Previous chart on the projector', shown: 'PgUp' },
  { key: '?', label: 'Show or hide these shortcuts' },
  { key: 'n', label: 'Write a note' },
  { key: 'a', label: 'Capture an agreement' },
  { key: 'j', label: 'Next activity' },
  { key: 'k', label: 'Previous activity' },
] as const satisfies readonly { key: string; label: string; shown?: string }[];

export function ConsoleScreen({ workshopId }: { workshopId: string }) {
  const view = useLive((s) => (s.workshopId === workshopId ? s.view : null));
  const error = useLive((s) => s.error);
  const watch = useLive((s) => s.watch);
  const run = useNavigation((s) => s.run);
  const openWorkshop = useNavigation((s) => s.openWorkshop);
  const notify = useNotices((s) => s.show);
  const [minutes, setMinutes] = useState<number | null>(null);
  const [proxyFor, setProxyFor] = useState<string | null>(null);
  const [ending, setEnding] = useState(false);
  const [handingOver, setHandingOver] = useState(false);
  const [showKeys, setShowKeys] = useState(false);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  const agreementRef = useRef<HTMLInputElement>(null);

  // The room arrives pushed by the main process after every change: nothing here polls.
  useEffect(() => watch(workshopId), [workshopId, watch]);

  // The core decides what this window shows: a screen handed to the room is the ballot.
  const handedOver = view?.audience === 'ballot';
  useEffect(() => {
    if (handedOver) run(workshopId, 'ballot');
  }, [handedOver, run, workshopId]);
  const state = view?.audience === 'facilitator' ? view : null;

  const current = state?.activities.find((a) => a.id === state.currentActivityId) ?? null;
  const latest = state?.rounds.at(-1) ?? null;
  const open = state?.openRound ?? null;

  async function act(change: Promise<Result<unknown>>) {
    const result = await change;
    if (!result.ok) notify({ tone: 'error', text: result.error.message });
  }
  const revealedActivity = current && state?.revealed ? agendaActivity(current) : null;
  const ConsolePanel = current ? viewOf(current.config).ConsolePanel : undefined;
  const pages = revealedActivity && state?.revealed ? pageCount(revealedActivity, state.revealed) : 0;

  // A kind whose rounds come in stages opens the stage that follows the latest round.
  const stage = current ? (nextStage(current.kind, latest?.stage)?.id ?? null) : null;
  const feeding = !!current && stageOf(current.kind, latest?.stage)?.results === false;
  const controls = {
    open: () => current && void act(api.live.openRound({ activityId: current.id, minutes, stage })),
    close: () => open && void act(api.live.closeRound({ roundId: open.id })),
    reveal: () => latest?.status === 'closed' && void act(api.live.revealRound({ roundId: latest.id })),
    revote: () =>
      latest &&
      latest.status !== 'open' &&
      current &&
      void act(api.live.openRound({ activityId: current.id, minutes, stage })),
    move: (step: number) => {
      if (!state || !current || open) return;
      const next = state.activities[state.activities.findIndex((a) => a.id === current.id) + step];
      if (next) void act(api.live.setCurrentActivity({ workshopId, activityId: next.id }));
    },
    page: (step: number) => {
      if (!state || pages === 0) return;
      const page = Math.max(0, Math.min(pages - 1, state.page + step));
      if (page !== state.page) void act(api.live.setPage({ workshopId, page }));
    },
    presenter: async () => {
      const result = await api.presenter.open({ id: workshopId });
      if (!result.ok) notify({ tone: 'error', text: result.error.message });
    },
  };

  const actions: Record<(typeof SHORTCUTS)[number]['key'], Omit<Shortcut, 'key' | 'label'>> = {
    o: { run: controls.open, enabled: !!current && !open && (!latest || (feeding && latest.status === 'closed')) },
    c: { run: controls.close, enabled: !!open },
    r: { run: controls.reveal, enabled: latest?.status === 'closed' && !feeding },
    v: { run: controls.revote, enabled: !!latest && latest.status !== 'open' && !open },
    b: { run: () => setHandingOver(true), enabled: true },
    p: { run: () => void controls.presenter(), enabled: true },
    pagedown: { run: () => controls.page(1), enabled: pages > 1 },
    pageup: { run: () => controls.page(-1), enabled: pages > 1 },
    '?': { run: () => setShowKeys((shown) => !shown), enabled: true },
    n: { run: () => notesRef.current?.focus(), enabled: true },
    a: { run: () => agreementRef.current?.focus(), enabled: true },
    j: { run: () => controls.move(1), enabled: !open },
    k: { run: () => controls.move(-1), enabled: !open },
  };
  const shortcuts: Shortcut[] = SHORTCUTS.map((s) => ({ ...s, ...actions[s.key] }));
  useShortcuts(shortcuts);

  if (error && !state) {
    return (
      <section className="screen">
        <p className="banner error" role="alert">
          {error}
        </p>
      </section>
    );
  }
  if (!state) return <section className="screen" aria-busy="true" />;
  const { workshop } = state;

  async function endWorkshop() {
    setEnding(false);
    await act(api.live.closeWorkshop({ id: workshopId }));
  }

  return (
    <section className="console" aria-labelledby="console-heading">
      <header className="console-header">
        <div>
          <button type="button" className="button link back" onClick={() => openWorkshop(workshopId)}>
            ← Edit the workshop
          </button>
          <h1 id="console-heading">
            {workshop.title}{' '}
            <span className={`status-badge status-${workshop.status}`}>{STATUS_LABELS[workshop.status]}</span>
          </h1>
        </div>
        <div className="header-actions">
          {/* The round panel carries the next step as the one primary button; this stays quiet. */}
          <button type="button" className="button" onClick={() => setHandingOver(true)}>
            Ballot for the room <kbd>B</kbd>
          </button>
          <button type="button" className="button" onClick={() => void controls.presenter()}>
            Presenter view <kbd>P</kbd>
          </button>
          <ExportReportButton workshopId={workshopId} />
          <button
            type="button"
            className="button"
            disabled={!!open || workshop.status === 'closed'}
            onClick={() => setEnding(true)}
          >
            End workshop
          </button>
        </div>
      </header>

      <div className="console-body">
        <nav className="console-agenda panel" aria-label="Agenda">
          <ol>
            {state.activities.map((activity, index) => {
              const stage = state.stages[activity.id];
              const status = stage?.status ?? 'not-started';
              const isCurrent = activity.id === state.currentActivityId;
              return (
                <li key={activity.id}>
                  <button
                    type="button"
                    className={isCurrent ? 'agenda-step current' : 'agenda-step'}
                    aria-current={isCurrent ? 'step' : undefined}
                    disabled={!!open && !isCurrent}
                    onClick={() => void act(api.live.setCurrentActivity({ workshopId, activityId: activity.id }))}
                  >
                    <span className="activity-number">{index + 1}</span>
                    <span className="activity-text">
                      <span className="activity-title">{activity.title}</span>
                      <span className={`stage stage-${status}`}>
                        {stageLabel(activity.kind, stage?.stage ?? null, status)}
                        {stage && stage.rounds > 1 ? ` · ${stage.rounds} rounds` : ''}
                      </span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
          <p className="muted shortcut-hint">
            <kbd>J</kbd> / <kbd>K</kbd> next / previous
          </p>
        </nav>

        <div className="console-main">
          {current ? (
            <>
              <div className="panel">
                <p className="kind-line">
                  <span className="kind-badge">{KIND_INFO[current.kind].label}</span>
                  {current.minutes ? <span className="muted"> · planned {current.minutes} min</span> : null}
                </p>
                <h2 className="console-question">{current.title}</h2>
                {current.prompt && <p className="console-prompt">{current.prompt}</p>}
                <RoundPanel
                  state={state}
                  kind={current.kind}
                  minutes={minutes}
                  onMinutes={setMinutes}
                  onOpen={controls.open}
                  onClose={controls.close}
                  onReveal={controls.reveal}
                  onRevote={controls.revote}
                  onProxy={setProxyFor}
                />
              </div>
              {ConsolePanel && <ConsolePanel activity={current} state={state} />}
              {state.revealed && revealedActivity && (
                <>
                  <RevealedResults activity={current} result={state.revealed} />
                  <div className="panel console-charts">
                    {pages > 1 && (
                      <p className="projector-page" role="status">
                        On the projector: page {Math.min(state.page, pages - 1) + 1} of {pages} (<kbd>PgUp</kbd> /{' '}
                        <kbd>PgDn</kbd>)
                      </p>
                    )}
                    <ActivityResults
                      activity={revealedActivity}
                      result={state.revealed}
                      pending={null}
                      workshopTitle={workshop.title}
                      certainty
                    />
                  </div>
                </>
              )}
            </>
          ) : (
            <div className="panel">
              <p className="muted-note">This workshop has no activities yet. Add them in the designer first.</p>
            </div>
          )}
        </div>

        <aside className="console-side">
          <NotesPanel
            key={`${current?.id ?? 'workshop'}:${state.notes.find((n) => n.activityId === (current?.id ?? null))?.updatedAt ?? ''}`}
            state={state}
            activity={current}
            textareaRef={notesRef}
          />
          <AgreementsPanel state={state} activity={current} inputRef={agreementRef} />
          <details
            className="panel shortcuts"
            open={showKeys}
            onToggle={(event) => setShowKeys(event.currentTarget.open)}
          >
            <summary>
              Keyboard shortcuts <kbd>?</kbd>
            </summary>
            <dl>
              {SHORTCUTS.map((s) => (
                <div key={s.key}>
                  <dt>
                    <kbd>{'shown' in s ? s.shown : s.key.toUpperCase()}</kbd>
                  </dt>
                  <dd>{s.label}</dd>
                </div>
              ))}
            </dl>
          </details>
        </aside>
      </div>

      {proxyFor && current && state.openRound && (
        <ProxyVoteDialog
          activity={current}
          round={state.openRound}
          participant={state.participants.find((p) => p.id === proxyFor)!}
          onClose={() => setProxyFor(null)}
        />
      )}
      {handingOver && (
        <HandOverDialog
          workshopId={workshopId}
          onDone={() => {
            setHandingOver(false);
            run(workshopId, 'ballot');
          }}
          onCancel={() => setHandingOver(false)}
        />
      )}
      {ending && (
        <ConfirmDialog
          title="End the workshop?"
          message="The workshop is marked closed. Its votes, notes and agreements stay; you can still export the report."
          confirmLabel="End workshop"
          onConfirm={() => void endWorkshop()}
          onCancel={() => setEnding(false)}
        />
      )}
    </section>
  );
}

/** "Voting open", "Revealed"; a round that only feeds the results (ideas' collect round) says which it is. */
function stageLabel(kind: string, stage: RoundStage | null, status: keyof typeof STAGE_LABELS): string {
  const feeding = stageOf(kind, stage);
  if (feeding === null || feeding.results || (status !== 'open' && status !== 'closed')) return STAGE_LABELS[status];
  const words = `${feeding.round} ${status}`;
  return words.charAt(0).toUpperCase() + words.slice(1);
}
