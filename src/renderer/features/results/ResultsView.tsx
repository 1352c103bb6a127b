import { useEffect, useMemo, useState } from 'react';
import { SummaryChart, summaryData } from '../../charts';
import { useLive } from '../../stores/live';
import { useResults } from '../../stores/results';
import { ActivityResults } from './ActivityResults';
import './results.css';

interface ResultsViewProps {
  readonly workshopId: string;
  readonly workshopTitle: string;
  /** Where to go to open a round, when nothing has been voted yet. */
  readonly onGoToVoting?: () => void;
  /** Draw every chart still: for print and reports. */
  readonly static?: boolean;
}

/**
 * A workshop's results: the summary, then each activity's charts. The shared screen shows
 * revealed rounds only; the facilitator can include the others, which then update as
 * votes arrive.
 */
export function ResultsView({ workshopId, workshopTitle, onGoToVoting, static: still }: ResultsViewProps) {
  const results = useResults((state) => (state.workshopId === workshopId ? state.results : null));
  const status = useResults((state) => state.status);
  const error = useResults((state) => state.error);
  const includeUnrevealed = useResults((state) => state.includeUnrevealed);
  const load = useResults((state) => state.load);
  const clear = useResults((state) => state.clear);
  const watch = useLive((state) => state.watch);
  const [certainty, setCertainty] = useState(true);
  // The workshop's version moves with every change the main process pushes; the results follow it.
  const version = useLive((state) => (state.view?.workshop.id === workshopId ? state.view.version : null));

  useEffect(() => {
    void load(workshopId, false);
    return clear;
  }, [workshopId, load, clear]);

  useEffect(() => (still ? undefined : watch(workshopId)), [still, workshopId, watch]);

  useEffect(() => {
    if (version !== null && results !== null && version !== results.version) void load(workshopId);
  }, [version, results, workshopId, load]);

  const summary = useMemo(() => (results ? summaryData(results.analysis) : null), [results]);

  if (status === 'error') {
    return (
      <div className="banner error" role="alert">
        {error}
      </div>
    );
  }
  if (!results || !summary) return <div className="results-view" aria-busy="true" />;

  if (!results.hasVotes) {
    return (
      <div className="results-view">
        <div className="empty-state">
          <div className="empty-art" aria-hidden="true">
            <span className="empty-circle it" />
            <span className="empty-circle mkt" />
          </div>
          <h2>No votes yet</h2>
          <p>
            Results appear here once the room has voted. Open a round for an activity, let IT and Marketing vote, then
            reveal it: the charts show where the two sides stand apart.
          </p>
          {onGoToVoting && (
            <button type="button" className="button primary" onClick={onGoToVoting}>
              Go to voting
            </button>
          )}
        </div>
      </div>
    );
  }

  const activityById = new Map(results.activities.map((activity) => [activity.id, activity]));
  const voted = results.analysis.activities.filter((activity) => activity.latest !== null);
  const notShown = results.analysis.activities.filter((activity) => activity.latest === null);
  const waiting = Object.keys(results.pending).length > 0;

  return (
    <div className="results-view">
      <div className="results-toolbar">
        <label className="checkbox-line">
          <input
            type="checkbox"
            checked={includeUnrevealed}
            onChange={(event) => void load(workshopId, event.target.checked)}
          />
          Include rounds not revealed yet (not for the shared screen)
        </label>
        <label className="checkbox-line">
          <input type="checkbox" checked={certainty} onChange={(event) => setCertainty(event.target.checked)} />
          Show how sure each gap is (95% intervals)
        </label>
        {waiting && <span className="muted">Updating as votes arrive…</span>}
      </div>

      <section className="results-summary" aria-labelledby="results-summary-heading">
        <h2 id="results-summary-heading">Workshop summary</h2>
        <SummaryChart
          title="Alignment and the largest divergences"
          caption={
            results.analysis.anonymous
              ? 'Anonymous workshop: a side with fewer than 3 voters on an item is not broken out.'
              : undefined
          }
          data={summary}
          static={still}
          fileLabel={workshopTitle}
          exportSubheading={workshopTitle}
        />
      </section>

      {voted.map((result) => (
        <ActivityResults
          key={result.activityId}
          activity={activityById.get(result.activityId)!}
          result={result}
          pending={results.pending[result.activityId] ?? null}
          workshopTitle={workshopTitle}
          static={still}
          certainty={certainty}
        />
      ))}

      {notShown.length > 0 && (
        <section className="results-not-shown" aria-label="Activities without results">
          <h2>Not shown yet</h2>
          <ul>
            {notShown.map((activity) => {
              const round = results.pending[activity.activityId];
              return (
                <li key={activity.activityId}>
                  <strong>{activity.title}</strong>
                  {' — '}
                  {round
                    ? `round ${round.number} is ${round.status === 'open' ? 'open' : 'closed'}, ${round.voters} voted; reveal it to show the results`
                    : 'not voted on yet'}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
