import { useEffect, useState, type ReactNode } from 'react';
import { VERDICT_WORDS, type ActivityResult } from '../../../shared/analytics';
import * as figure from '../../../shared/figures';
import { agendaActivity } from '../../../shared/live';
import { KIND_INFO } from '../../../shared/activities';
import type { ActionItem, Activity, ActivityConfig } from '../../../shared/domain';
import {
  PAPER_MM,
  REPORT_MARGINS_MM,
  REPORT_SETTLED_EVENT,
  type Paper,
  type ReportData,
  type ReportSettled,
  type ReportVoteRow,
} from '../../../shared/report';
import { alignmentSentence, biggestMovement, movementSentence, summarizeDivergences } from '../../../shared/reportText';
import { api } from '../../ipc/client';
import { SIDE_LABELS } from '../../format/sides';
import { ActivityResults } from '../../results/ActivityResults';
import { formatWorkshopDate } from '../../format/workshop';
import { METHODOLOGY } from './methodology';
import { publishedSentence } from './published';
import './report.css';

declare global {
  interface Window {
    /** Left by the report view once it has rendered or failed, for a printer that asks after the event. */
    __reportSettled?: ReportSettled;
  }
}

/** Tells the printer the page is ready (or not): an event now, and a note on `window` for one that asks later. */
function settle(error: string | null) {
  const settled: ReportSettled = { error };
  window.__reportSettled = settled;
  window.dispatchEvent(new CustomEvent(REPORT_SETTLED_EVENT, { detail: settled }));
}

const date = (iso: string) => formatWorkshopDate(iso, 'en-GB');

/** How many divergences the executive summary ranks. */
const SUMMARY_DIVERGENCES = 5;

const PX_PER_MM = 96 / 25.4;

/**
 * Starts an activity on a new page where its heading would otherwise be left at the foot
 * of a page, apart from its first chart. The report is laid out at the paper's text width
 * on screen too, so the positions measured here are the printed ones; every figure and
 * table is kept whole, so a page ends before the first block that does not fit.
 */
function keepHeadingsWithCharts(paper: Paper) {
  const page = (PAPER_MM[paper].height - REPORT_MARGINS_MM.top - REPORT_MARGINS_MM.bottom) * PX_PER_MM;
  const section = document.querySelector<HTMLElement>('.report-activities');
  if (!section) return;
  const top = (element: Element) => element.getBoundingClientRect().top;
  const bottom = (element: Element) => element.getBoundingClientRect().bottom;
  let pageStart = top(section);
  for (const activity of section.querySelectorAll<HTMLElement>('.report-activity')) {
    const blocks = [...activity.querySelectorAll(':scope > *:not(.results-activity), .results-activity > *')].sort(
      (a, b) => top(a) - top(b),
    );
    const firstChart = blocks.find((block) => block.matches('figure, .chart, table')) ?? blocks.at(-1);
    if (firstChart && bottom(firstChart) - pageStart > page) {
      activity.classList.add('report-new-page');
      pageStart = top(activity);
    }
    for (const block of blocks) {
      if (bottom(block) - pageStart > page) pageStart = top(block);
    }
  }
}

const isVoted = (result: ActivityResult | undefined) => (result?.latest?.voters.total ?? 0) > 0;

/**
 * The consultant's report, laid out for paper with the same chart components as the
 * app, in the order a client reads it: the cover's key figures, the summary, what was
 * agreed, then each voted activity, the method, and the votes only when asked for.
 * Printed by Electron's printToPDF or by Chromium from the command line.
 */
export function ReportScreen({ workshopId, paper, appendix }: { workshopId: string; paper: Paper; appendix: boolean }) {
  const [data, setData] = useState<ReportData | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void api.report.data({ id: workshopId, appendix }).then((result) => {
      if (result.ok) setData(result.value);
      else {
        setError(result.error.message);
        settle(result.error.message);
      }
    });
  }, [workshopId, appendix]);

  useEffect(() => {
    if (!data) return;
    document.title = `${data.workshop.title} — report`;
    // Charts render synchronously in static mode; wait for layout and fonts before saying so.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(
        () =>
          void document.fonts.ready.then(() => {
            keepHeadingsWithCharts(paper);
            settle(null);
          }),
      );
    });
    return () => cancelAnimationFrame(frame);
  }, [data, paper]);

  if (error) return <p className="report-error">{error}</p>;
  if (!data) return null;
  const { workshop, analysis } = data;
  const results = new Map(analysis.activities.map((a) => [a.activityId, a]));
  const configs = new Map<string, ActivityConfig>(data.activities.map((a) => [a.id, a.config]));
  const top = summarizeDivergences(analysis.topDivergences, analysis.activities, configs, SUMMARY_DIVERGENCES);
  const voted = data.activities.filter((a) => isVoted(results.get(a.id)));
  const unvoted = data.activities.filter((a) => !isVoted(results.get(a.id)));
  const agreements = data.actionItems.filter((a) => a.kind === 'agreement');
  const actions = data.actionItems.filter((a) => a.kind === 'action');

  return (
    <main className={`report paper-${paper}`}>
      <section className="report-cover">
        <p className="report-kicker">CIO–CMO alignment workshop · report</p>
        <h1>{workshop.title}</h1>
        <p className="report-organization">{workshop.organization}</p>
        <div className="report-keyfigures">
          <div className="report-keyfigure report-keyfigure-index">
            <p className="report-keyfigure-number">
              {figure.whole(analysis.alignmentIndex)}
              <span>/100</span>
            </p>
            <p className="report-keyfigure-label">Alignment index</p>
            <p className="report-keyfigure-text">{alignmentSentence(analysis.alignmentIndex)}</p>
          </div>
          <div className="report-keyfigure">
            <p className="report-keyfigure-number">
              <span className="side-it">{data.sideCounts.it}</span>
              <span className="report-keyfigure-sep"> · </span>
              <span className="side-marketing">{data.sideCounts.marketing}</span>
            </p>
            <p className="report-keyfigure-label">IT · Marketing in the room</p>
            <p className="report-keyfigure-text">
              {data.sideCounts.other > 0
                ? `and ${data.sideCounts.other} ${data.sideCounts.other === 1 ? 'observer' : 'observers'}, counted in the totals only.`
                : 'No observers voted alongside them.'}
            </p>
          </div>
          <div className="report-keyfigure">
            <p className="report-keyfigure-number">
              {voted.length}
              <span>/{data.activities.length}</span>
            </p>
            <p className="report-keyfigure-label">Activities voted on</p>
          </div>
          <div className="report-keyfigure">
            <p className="report-keyfigure-number">{agreements.length + actions.length}</p>
            <p className="report-keyfigure-label">Agreements and actions</p>
            <p className="report-keyfigure-text">
              {agreements.length} {agreements.length === 1 ? 'agreement' : 'agreements'}, {actions.length}{' '}
              {actions.length === 1 ? 'action' : 'actions'} with owners.
            </p>
          </div>
          {top[0] && (
            <div className="report-keyfigure">
              <p className="report-keyfigure-number">
                {figure.share(top[0].entry.divergence).replace('%', '')}
                <span>% apart</span>
              </p>
              <p className="report-keyfigure-label">The widest gap</p>
              <p className="report-keyfigure-text">
                {top[0].entry.label} <span className="muted">({top[0].entry.activityTitle})</span>
              </p>
            </div>
          )}
        </div>
        <dl className="report-facts">
          <div>
            <dt>Date</dt>
            <dd>{date(workshop.date)}</dd>
          </div>
          <div>
            <dt>Facilitator</dt>
            <dd>{workshop.facilitator}</dd>
          </div>
        </dl>
        {data.participants ? (
          <table className="report-table compact report-people">
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
                  <td className="nowrap">{p.name}</td>
                  <td className="nowrap">{SIDE_LABELS[p.side]}</td>
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
        <p className="report-generated">Prepared with Common Ground on {date(data.generatedAt.slice(0, 10))}.</p>
      </section>

      <section className="report-section report-summary">
        <h2>Executive summary</h2>
        <p className="report-lead">
          <strong>Alignment index {figure.whole(analysis.alignmentIndex)}.</strong>{' '}
          {alignmentSentence(analysis.alignmentIndex)}
        </p>
        {top.length > 0 && (
          <>
            <h3>The five largest divergences, across the activities</h3>
            <ol className="report-divergences">
              {top.map(({ entry, sentence }) => (
                <li key={`${entry.activityId}-${entry.itemId}`}>
                  <strong>{entry.label}</strong>{' '}
                  <span className="muted">
                    ({entry.activityTitle} · {figure.apart(entry.divergence)} · {VERDICT_WORDS[entry.certainty.verdict]}
                    )
                  </span>
                  <br />
                  {sentence}
                </li>
              ))}
            </ol>
          </>
        )}
        <h3>Movement between rounds</h3>
        <p>{movementSentence(biggestMovement(analysis.activities))}</p>
      </section>

      <section className="report-section report-agreements">
        <h2>Agreements and action items</h2>
        {data.actionItems.length === 0 ? (
          <p className="report-note">No agreements or actions were recorded.</p>
        ) : (
          <AgreementsTable items={data.actionItems} activities={data.activities} />
        )}
      </section>

      <section className="report-section report-activities">
        <h2>Results by activity</h2>
        {voted.map((activity) => {
          const result = results.get(activity.id)!;
          const note = data.notes.find((n) => n.activityId === activity.id);
          const position = data.activities.indexOf(activity) + 1;
          return (
            <section key={activity.id} className="report-activity">
              <p className="report-kicker">
                {position}. {KIND_INFO[activity.kind].label}
              </p>
              <h3 className="report-activity-title">{activity.title}</h3>
              {activity.prompt && <p className="report-question">{activity.prompt}</p>}
              <ActivityResults
                activity={agendaActivity(activity)}
                result={result}
                pending={null}
                workshopTitle={workshop.title}
                static
                certainty
              />
              <PublishedFigures activity={activity} result={result} />
              {note && note.body.trim() !== '' && (
                <div className="report-notes">
                  <h4>Facilitator’s notes</h4>
                  <p>{note.body}</p>
                </div>
              )}
            </section>
          );
        })}
        {unvoted.length > 0 && (
          <p className="report-unvoted">
            <strong>Not voted on:</strong> {unvoted.map((a) => a.title).join(' · ')}.
          </p>
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

      {data.votes && (
        <section className="report-section report-appendix">
          <h2>Appendix: the votes</h2>
          <p className="report-note">
            Every vote cast, one line per person and item.{' '}
            {workshop.anonymous ? 'Participants appear as codes (P01, P02, …) because voting was anonymous.' : ''}
          </p>
          <AppendixTable votes={data.votes} />
        </section>
      )}
    </main>
  );
}

/**
 * Every vote, one line each, under a heading line per activity and round. One table, laid
 * out by the browser: its header repeats on every page and no line is split.
 */
function AppendixTable({ votes }: { votes: readonly ReportVoteRow[] }) {
  const rows: ReactNode[] = [];
  let group = '';
  votes.forEach((vote, i) => {
    const heading = `${vote.activity} · round ${vote.round}`;
    if (heading !== group) {
      group = heading;
      rows.push(
        <tr key={`g${i}`} className="report-appendix-group">
          <th scope="colgroup" colSpan={4}>
            {heading}
          </th>
        </tr>,
      );
    }
    rows.push(
      <tr key={i}>
        <td className="nowrap">{vote.participant}</td>
        <td>{SIDE_LABELS[vote.side]}</td>
        <td>{vote.item}</td>
        <td>{vote.value}</td>
      </tr>,
    );
  });
  return (
    <table className="report-table tiny">
      <thead>
        <tr>
          <th scope="col">Participant</th>
          <th scope="col">Side</th>
          <th scope="col">Item</th>
          <th scope="col">Answer</th>
        </tr>
      </thead>
      <tbody>{rows}</tbody>
    </table>
  );
}

/** What the room committed to, each with its owners and date; names and dates never wrap. */
function AgreementsTable({ items, activities }: { items: readonly ActionItem[]; activities: readonly Activity[] }) {
  const titles = new Map(activities.map((a) => [a.id, a.title]));
  const sorted = [...items].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'agreement' ? -1 : 1));
  return (
    <table className="report-table report-commitments">
      <thead>
        <tr>
          <th scope="col">What</th>
          <th scope="col">IT owner</th>
          <th scope="col">Marketing owner</th>
          <th scope="col">Due</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((item) => (
          <tr key={item.id}>
            <td>
              <span className={`report-commitment-kind ${item.kind}`}>
                {item.kind === 'agreement' ? 'Agreement' : 'Action'}
              </span>{' '}
              {item.text}
              {item.activityId && titles.has(item.activityId) && (
                <span className="muted"> · {titles.get(item.activityId)}</span>
              )}
            </td>
            <td className="nowrap">{item.ownerIt ?? '—'}</td>
            <td className="nowrap">{item.ownerMarketing ?? '—'}</td>
            <td className="nowrap">{item.dueDate ? date(item.dueDate) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The published figures beside the room's: marked on the chart where it can mark them,
 * and spelled out here with their source and the sentence they come from.
 */
function PublishedFigures({ activity, result }: { activity: Activity; result: ActivityResult }) {
  if (result.benchmarks.length === 0) return null;
  // Several items often come from one sentence: each source and sentence is given once, after the figures.
  const cited = new Map<string, { source: string; quote: string | null }>();
  for (const b of result.benchmarks) {
    const source = `${b.source}, ${b.year}`;
    cited.set(`${source}\n${b.quote ?? ''}`, { source, quote: b.quote });
  }
  return (
    <div className="report-published">
      <h4>Published figures</h4>
      <ul>
        {result.benchmarks.map((comparison) => (
          <li key={comparison.itemId}>
            <strong>{comparison.label.replace(/[.?!]$/, '')}:</strong> {publishedSentence(comparison, activity.config)}
          </li>
        ))}
      </ul>
      {[...cited.values()].map(({ source, quote }) => (
        <p key={`${source}${quote}`} className="report-published-source">
          {source}
          {quote && (
            <>
              : <q>{quote}</q>
            </>
          )}
        </p>
      ))}
    </div>
  );
}
