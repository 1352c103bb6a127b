import { useEffect, useMemo, useState } from 'react';
import { analyze, type ActivityResult } from '../../../shared/analytics';
import { KIND_INFO } from '../../../shared/activities';
import type { ActivityConfig } from '../../../shared/domain';
import type { Paper, ReportData, ReportVoteRow } from '../../../shared/report';
import { alignmentSentence, biggestMovement, movementSentence, summarizeDivergences } from '../../../shared/reportText';
import { SummaryChart, summaryData } from '../../charts';
import { api } from '../../ipc/client';
import { gapFigure, sideFigure } from '../../results/resultsTable';
import { SIDE_LABELS } from '../../format/sides';
import { ActivityResults } from '../../results/ActivityResults';
import { formatWorkshopDate } from '../../format/workshop';
import { METHODOLOGY } from './methodology';
import './report.css';

declare global {
  interface Window {
    /** Set once every chart has rendered and the fonts are in: the printer waits for it. */
    __reportReady?: boolean;
    __reportError?: string;
  }
}

/**
 * The consultant's report, laid out for paper with the same chart components as the
 * app. Printed by Electron's printToPDF or by Chromium from the command line.
 */
export function ReportScreen({ workshopId, paper }: { workshopId: string; paper: Paper }) {
  const [data, setData] = useState<ReportData | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void api.report.data({ id: workshopId }).then((result) => {
      if (result.ok) setData(result.value);
      else {
        setError(result.error.message);
        window.__reportError = result.error.message;
      }
    });
  }, [workshopId]);

  useEffect(() => {
    if (!data) return;
    document.title = `${data.workshop.title} — report`;
    // Charts render synchronously in static mode; wait for layout and fonts before saying so.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => void document.fonts.ready.then(() => (window.__reportReady = true)));
    });
    return () => cancelAnimationFrame(frame);
  }, [data]);

  // Every round that holds votes, revealed or not: the report is the full record.
  const analysis = useMemo(
    () =>
      data
        ? analyze({
            ...data.input,
            activities: data.input.activities.map((a) => ({
              ...a,
              rounds: a.rounds.filter((r) => r.votes.length > 0),
            })),
          })
        : null,
    [data],
  );

  if (error) return <p className="report-error">{error}</p>;
  if (!data || !analysis) return null;
  const { workshop } = data;
  const configs = new Map<string, ActivityConfig>(data.activities.map((a) => [a.id, a.config]));
  const top = summarizeDivergences(analysis.topDivergences, analysis.activities, configs, 5);
  const voted = analysis.activities.filter((a) => a.latest && a.latest.voters.total > 0);

  return (
    <article className={`report paper-${paper}`}>
      <section className="report-cover">
        <p className="report-kicker">CIO–CMO alignment workshop · report</p>
        <h1>{workshop.title}</h1>
        <dl className="report-facts">
          <div>
            <dt>Organization</dt>
            <dd>{workshop.organization}</dd>
          </div>
          <div>
            <dt>Date</dt>
            <dd>{formatWorkshopDate(workshop.date, 'en-GB')}</dd>
          </div>
          <div>
            <dt>Facilitator</dt>
            <dd>{workshop.facilitator}</dd>
          </div>
          <div>
            <dt>Participants</dt>
            <dd>
              {data.sideCounts.it} IT · {data.sideCounts.marketing} Marketing · {data.sideCounts.other} other
            </dd>
          </div>
        </dl>
        {data.participants ? (
          <table className="report-table compact">
            <caption>Who was in the room</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Side</th>
                <th scope="col">Title</th>
              </tr>
            </thead>
            <tbody>
              {data.participants.map((p, i) => (
                <tr key={i}>
                  <td>{p.name}</td>
                  <td>{SIDE_LABELS[p.side]}</td>
                  <td>{p.title ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="report-note">
            Voting was anonymous: names are not shown, and a side with fewer than three voters on a question is not
            broken out.
          </p>
        )}
        <p className="report-generated">
          Prepared with Common Ground on {formatWorkshopDate(data.generatedAt.slice(0, 10), 'en-GB')}.
        </p>
      </section>

      <section className="report-section report-summary">
        <h2>Executive summary</h2>
        <div className="report-index">
          <p className="report-index-number">
            {analysis.alignmentIndex === null ? '—' : Math.round(analysis.alignmentIndex)}
            <span>/100</span>
          </p>
          <p className="report-index-text">
            <strong>Alignment index.</strong> {alignmentSentence(analysis.alignmentIndex)}
          </p>
        </div>
        {top.length > 0 && (
          <>
            <h3>The five largest divergences</h3>
            <ol className="report-divergences">
              {top.map(({ entry, sentence }) => (
                <li key={`${entry.activityId}-${entry.itemId}`}>
                  <strong>{entry.label}</strong> <span className="muted">({entry.activityTitle})</span>
                  <br />
                  {sentence}
                </li>
              ))}
            </ol>
          </>
        )}
        <h3>Movement between rounds</h3>
        <p>{movementSentence(biggestMovement(analysis.activities))}</p>
        {voted.length > 0 && (
          <div className="report-figure">
            <SummaryChart
              static
              title="Where the two sides stand furthest apart"
              data={summaryData(analysis)}
              fileLabel={workshop.title}
            />
          </div>
        )}
      </section>

      {data.activities.map((activity, index) => {
        const result = analysis.activities.find((a) => a.activityId === activity.id);
        const input = data.input.activities.find((a) => a.id === activity.id)!;
        const note = data.notes.find((n) => n.activityId === activity.id);
        return (
          <section key={activity.id} className="report-section report-activity">
            <p className="report-kicker">
              {index + 1}. {KIND_INFO[activity.kind].label}
            </p>
            <h2>{activity.title}</h2>
            {activity.prompt && <p className="report-question">{activity.prompt}</p>}
            {result?.latest && result.latest.voters.total > 0 ? (
              <>
                <ActivityResults
                  activity={input}
                  result={result}
                  pending={null}
                  workshopTitle={workshop.title}
                  static
                />
                <NumbersTable config={activity.config} result={result} />
              </>
            ) : (
              <p className="report-note">This activity was not voted on.</p>
            )}
            {note && note.body.trim() !== '' && (
              <div className="report-notes">
                <h3>Facilitator’s notes</h3>
                <p>{note.body}</p>
              </div>
            )}
          </section>
        );
      })}

      <section className="report-section">
        <h2>Agreements and action items</h2>
        {data.actionItems.length === 0 ? (
          <p className="report-note">No agreements or actions were recorded.</p>
        ) : (
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Kind</th>
                <th scope="col">IT owner</th>
                <th scope="col">Marketing owner</th>
                <th scope="col">Due</th>
              </tr>
            </thead>
            <tbody>
              {data.actionItems.map((item) => (
                <tr key={item.id}>
                  <td>{item.text}</td>
                  <td>{item.kind === 'agreement' ? 'Agreement' : 'Action'}</td>
                  <td>{item.ownerIt ?? '—'}</td>
                  <td>{item.ownerMarketing ?? '—'}</td>
                  <td>{item.dueDate ? formatWorkshopDate(item.dueDate, 'en-GB') : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="report-section report-methodology">
        <h2>Methodology</h2>
        {METHODOLOGY.map((part) => (
          <div key={part.title} className="report-method">
            <h3>{part.title}</h3>
            <p>{part.text}</p>
          </div>
        ))}
      </section>

      <section className="report-section report-appendix">
        <h2>Appendix: the votes</h2>
        <p className="report-note">
          Every vote cast, one line per person and item.{' '}
          {workshop.anonymous ? 'Participants appear as codes (P01, P02, …) because voting was anonymous.' : ''}
        </p>
        {appendixTables(data.votes).map((rows, index) => (
          <table key={index} className="report-table tiny">
            <thead>
              <tr>
                <th scope="col">Activity</th>
                <th scope="col">Round</th>
                <th scope="col">Participant</th>
                <th scope="col">Side</th>
                <th scope="col">Item</th>
                <th scope="col">Answer</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((vote, i) => (
                <tr key={i}>
                  <td>{vote.activity}</td>
                  <td>{vote.round}</td>
                  <td>{vote.participant}</td>
                  <td>{SIDE_LABELS[vote.side]}</td>
                  <td>{vote.item}</td>
                  <td>{vote.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </section>
    </article>
  );
}

/** Rows per appendix table: each table fits on one page, so none is split by a page break. */
const APPENDIX_ROWS = 42;

/** The votes as page-sized tables, a new table for each activity. */
function appendixTables(votes: readonly ReportVoteRow[]): ReportVoteRow[][] {
  const tables: ReportVoteRow[][] = [];
  let current: ReportVoteRow[] = [];
  for (const vote of votes) {
    if (current.length === APPENDIX_ROWS || (current.length > 0 && current[0]!.activity !== vote.activity)) {
      tables.push(current);
      current = [];
    }
    current.push(vote);
  }
  if (current.length > 0) tables.push(current);
  return tables;
}

/** The numbers behind the chart, per side, with the published figure beside the room's. */
function NumbersTable({ config, result }: { config: ActivityConfig; result: ActivityResult }) {
  const round = result.latest!;
  const benchmark = new Map(result.benchmarks.map((b) => [b.itemId, b]));
  const published = (value: number | null, unit: string) => (value === null ? '' : ` (published: ${value}${unit})`);
  return (
    <table className="report-table numbers">
      <caption>
        Round {round.roundNumber}: {round.voters.it} IT and {round.voters.marketing} Marketing voters
      </caption>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">IT</th>
          <th scope="col">Marketing</th>
          <th scope="col">Gap</th>
        </tr>
      </thead>
      <tbody>
        {round.items.map((item) => {
          const b = benchmark.get(item.itemId);
          return (
            <tr key={item.itemId}>
              <td>{item.label}</td>
              <td>
                {sideFigure(config, item.it)}
                {b && published(b.it.benchmark, b.unit)}
              </td>
              <td>
                {sideFigure(config, item.marketing)}
                {b && published(b.marketing.benchmark, b.unit)}
              </td>
              <td>{gapFigure(config, item)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
