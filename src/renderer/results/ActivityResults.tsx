import { Fragment, useMemo } from 'react';
import { KIND_INFO } from '../../shared/activities';
import type { ActivityResult, AnalysisActivity, BenchmarkComparison, ItemResult } from '../../shared/analytics';
import { ConvergenceChart, convergenceData } from '../charts';
import * as figure from '../../shared/figures';
import { findOption } from '../../shared/options';
import type { PendingRound } from '../../shared/live';
import { viewOf } from '../kinds';
import type { ResultPart } from '../kinds/types';

interface ActivityResultsProps {
  readonly activity: AnalysisActivity;
  readonly result: ActivityResult;
  readonly pending: PendingRound | null;
  readonly workshopTitle: string;
  readonly static?: boolean;
  /** Shows one page of `resultPages` only: the projector, which cannot scroll. */
  readonly page?: number;
  /** Each gap's 95% interval and how sure it is, on the charts that can show them. */
  readonly certainty?: boolean;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function votersLine(result: ActivityResult): string {
  const round = result.latest;
  if (!round) return '';
  const { it, marketing, other } = round.voters;
  const parts = [`Round ${round.roundNumber}`, `IT ${it}`, `Marketing ${marketing}`];
  if (other > 0) parts.push(`${plural(other, 'other', 'others')}`);
  return `${parts.join(' · ')} voted`;
}

/** A page on the projector: one part, for one slice of the items. */
export interface ResultPage {
  readonly part: ResultPart;
  readonly items: readonly ItemResult[];
  /** "2 of 3" when the part's items run over several pages. */
  readonly slice: { readonly index: number; readonly of: number } | null;
}

/** What an activity's results are made of, for its kind: the one list both the app and the projector read. */
function resultParts(activity: AnalysisActivity, result: ActivityResult): ResultPart[] {
  const round = result.latest;
  if (!round) return [];
  const { config } = activity;
  const view = viewOf(config);
  const parts: ResultPart[] = view.resultParts({ activity, config, result, round });
  const { convergence } = result;
  if (convergence) {
    parts.push({
      key: 'convergence',
      perPage: 5,
      render: (items, common) => {
        const shown = new Set(items.map((item) => item.itemId));
        const data = convergenceData(
          { ...convergence, items: convergence.items.filter((item) => shown.has(item.itemId)) },
          config.kind,
        );
        return (
          <ConvergenceChart
            {...common}
            title={`Round ${data.fromRound} and the re-vote`}
            caption="Did the discussion bring the sides closer?"
            data={data}
            kind={config.kind}
          />
        );
      },
    });
  }
  // Published figures a chart cannot mark on its own axis are listed beside it.
  const unmarked = view.listsBenchmarks ? result.benchmarks : [];
  if (unmarked.length > 0) {
    parts.push({
      key: 'published',
      perPage: null,
      render: () => <PublishedFigures comparisons={unmarked} activity={activity} />,
    });
  }
  return parts;
}

/**
 * The pages of an activity's results on the projector, in order: each part, its items
 * split into even slices where they would not stay readable on one screen.
 */
export function resultPages(activity: AnalysisActivity, result: ActivityResult): ResultPage[] {
  const items = orderedItems(activity, result);
  return resultParts(activity, result).flatMap((part): ResultPage[] => {
    if (part.perPage === null || items.length <= part.perPage) return [{ part, items, slice: null }];
    const slices = Math.ceil(items.length / part.perPage);
    const size = Math.ceil(items.length / slices);
    return Array.from({ length: slices }, (_, index) => ({
      part,
      items: items.slice(index * size, (index + 1) * size),
      slice: { index: index + 1, of: slices },
    }));
  });
}

/** The latest round's items in the order the kind reads its results in. */
function orderedItems(activity: AnalysisActivity, result: ActivityResult): readonly ItemResult[] {
  const items = result.latest?.items ?? [];
  return viewOf(activity.config).orderItems?.(items) ?? items;
}

/** How many pages an activity's results make on the projector. */
export const pageCount = (activity: AnalysisActivity, result: ActivityResult): number =>
  resultPages(activity, result).length;

/** One activity's results: the charts its kind calls for, and how the gap moved if it was voted twice. */
export function ActivityResults({
  activity,
  result,
  pending,
  workshopTitle,
  static: still,
  page,
  certainty = false,
}: ActivityResultsProps) {
  const round = result.latest;
  const headingId = `results-${activity.id}`;
  const common = useMemo(
    () => ({
      static: still,
      certainty,
      fileLabel: `${workshopTitle} ${activity.title}`,
      exportSubheading: `${workshopTitle} · ${activity.title}${round ? ` · round ${round.roundNumber}` : ''}`,
    }),
    [still, certainty, workshopTitle, activity.title, round],
  );

  const shown = useMemo(() => {
    if (page === undefined) {
      return resultParts(activity, result).map((part) => (
        <Fragment key={part.key}>{part.render(orderedItems(activity, result), common)}</Fragment>
      ));
    }
    const pages = resultPages(activity, result);
    const current = pages[Math.max(0, Math.min(page, pages.length - 1))];
    if (!current) return null;
    return (
      <Fragment key={`${current.part.key}-${current.slice?.index ?? 0}`}>
        {current.part.render(current.items, {
          ...common,
          exportSubheading: current.slice
            ? `${common.exportSubheading} · part ${current.slice.index} of ${current.slice.of}`
            : common.exportSubheading,
        })}
        {current.slice && (
          <p className="results-slice">
            Part {current.slice.index} of {current.slice.of} of the items
          </p>
        )}
      </Fragment>
    );
  }, [activity, result, common, page]);

  return (
    <section className="results-activity" aria-labelledby={headingId}>
      <header className="results-activity-header">
        <span className="kind-badge">{KIND_INFO[activity.config.kind].label}</span>
        <h2 id={headingId}>{activity.title}</h2>
        <p className="muted">{votersLine(result)}</p>
      </header>
      {pending && (
        <p className="banner info">
          Round {pending.number} is {pending.status === 'open' ? 'open' : 'closed'} (
          {plural(pending.voters, 'vote', 'votes')} so far); its results appear here once it is revealed.
        </p>
      )}
      {shown}
    </section>
  );
}

/** The room beside the published figures, where the chart cannot mark them. */
function PublishedFigures({
  comparisons,
  activity,
}: {
  comparisons: readonly BenchmarkComparison[];
  activity: AnalysisActivity;
}) {
  const optionLabel = (id: string | null) => findOption(activity.config, id)?.label ?? '';
  const room = (value: number | null, option: string | null, measure: BenchmarkComparison['measure']) => {
    if (value === null) return '—';
    if (measure === 'points-share-percent') return `${figure.percent(value)} of the points`;
    return `${figure.percent(value)}${option ? ` chose “${optionLabel(option)}”` : ''}`;
  };
  const published = (value: number | null, unit: string) => figure.number(value, { unit });
  return (
    <div className="results-published">
      <table className="table compact">
        <caption>The room and the published figures</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">IT in the room</th>
            <th scope="col">Published, CIOs</th>
            <th scope="col">Marketing in the room</th>
            <th scope="col">Published, CMOs</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {comparisons.map((c) => (
            <tr key={c.itemId}>
              <th scope="row">{c.label}</th>
              <td>{room(c.it.room, c.it.option, c.measure)}</td>
              <td>{published(c.it.benchmark, c.unit)}</td>
              <td>{room(c.marketing.room, c.marketing.option, c.measure)}</td>
              <td>{published(c.marketing.benchmark, c.unit)}</td>
              <td>
                {c.source}, {c.year}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
