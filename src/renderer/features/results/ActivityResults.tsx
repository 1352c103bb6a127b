import { useMemo } from 'react';
import { KIND_INFO } from '../../../shared/activities';
import type { ActivityResult, AnalysisActivity, BenchmarkComparison } from '../../../shared/analytics';
import {
  ButterflyChart,
  butterflyData,
  ConvergenceChart,
  convergenceData,
  DumbbellChart,
  dumbbellData,
  HeatmapChart,
  heatmapData,
  LikertChart,
  likertData,
  SlopeChart,
  slopeData,
} from '../../charts';
import { formatNumber, formatPercent } from '../../charts/format';
import type { PendingRound } from './visible';

interface ActivityResultsProps {
  readonly activity: AnalysisActivity;
  readonly result: ActivityResult;
  readonly pending: PendingRound | null;
  readonly workshopTitle: string;
  readonly static?: boolean;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function votersLine(result: ActivityResult): string {
  const round = result.latest;
  if (!round) return '';
  const { it, marketing, other } = round.voters;
  const parts = [`Round ${round.roundNumber}`, `IT ${it}`, `Marketing ${marketing}`];
  if (other > 0) parts.push(`${plural(other, 'other', 'others')}`);
  return `${parts.join(' · ')} voted`;
}

/** One activity's results: the charts its kind calls for, and how the gap moved if it was voted twice. */
export function ActivityResults({ activity, result, pending, workshopTitle, static: still }: ActivityResultsProps) {
  const round = result.latest;
  const { config } = activity;
  const headingId = `results-${activity.id}`;
  const common = useMemo(
    () => ({
      static: still,
      fileLabel: `${workshopTitle} ${activity.title}`,
      exportSubheading: `${workshopTitle} · ${activity.title}${round ? ` · round ${round.roundNumber}` : ''}`,
    }),
    [still, workshopTitle, activity.title, round],
  );

  const charts = useMemo(() => {
    if (!round) return null;
    const items = round.items;
    switch (config.kind) {
      case 'ranking': {
        const agreement = round.ranking;
        const rho = agreement?.spearmanRho;
        return (
          <>
            <SlopeChart
              {...common}
              title="Each side's order"
              caption={
                rho == null
                  ? 'Lines that cross are items the two sides put in opposite order.'
                  : `Lines that cross are items the two sides put in opposite order. Agreement between the two orders: Spearman ρ ${formatNumber(Math.round(rho * 100) / 100)} (1 = same order, −1 = reversed).`
              }
              data={slopeData(items, result.benchmarks)}
            />
            <ButterflyChart
              {...common}
              title="Priority score per side"
              caption={`Mean rank as a score: an item every voter put first scores ${items.length}.`}
              data={butterflyData(items, { kind: 'rank-score', itemCount: items.length })}
            />
          </>
        );
      }
      case 'points':
      case 'scale': {
        const measure =
          config.kind === 'points'
            ? { kind: 'mean' as const, label: `mean points (of ${config.total})`, min: 0, max: null }
            : {
                kind: 'mean' as const,
                label: `mean rating (${config.min}–${config.max})`,
                min: config.min,
                max: config.max,
              };
        return (
          <>
            <ButterflyChart
              {...common}
              title={config.kind === 'points' ? 'Points per side' : 'Rating per side'}
              data={butterflyData(items, measure)}
            />
            <DumbbellChart
              {...common}
              title={result.benchmarks.length ? 'Gap per item, with the published figures' : 'Gap per item'}
              data={dumbbellData(items, config, result.benchmarks)}
            />
          </>
        );
      }
      case 'likert':
        return (
          <>
            <LikertChart {...common} title="Answers per side" data={likertData(items, config.labels)} />
            <DumbbellChart
              {...common}
              title={result.benchmarks.length ? 'Share agreeing, with the published figures' : 'Share agreeing'}
              data={dumbbellData(items, config, result.benchmarks)}
            />
          </>
        );
      case 'ownership':
      case 'choice':
        return (
          <HeatmapChart
            {...common}
            title={config.kind === 'ownership' ? 'Who should drive it, per side' : 'What each side chose'}
            data={heatmapData(items, config.options, undefined, result.benchmarks)}
            options={config.options}
          />
        );
      case 'prediction':
        return (
          <DumbbellChart
            {...common}
            title="Own answers, and each side's guess of the other"
            caption={config.ask}
            data={dumbbellData(items, config, result.benchmarks)}
          />
        );
    }
  }, [round, config, result.benchmarks, common]);

  const convergence = useMemo(
    () => (result.convergence ? convergenceData(result.convergence, config.kind) : null),
    [result.convergence, config.kind],
  );

  const unmarked = config.kind === 'ownership' || config.kind === 'choice' ? result.benchmarks : [];

  return (
    <section className="results-activity" aria-labelledby={headingId}>
      <header className="results-activity-header">
        <span className="kind-badge">{KIND_INFO[config.kind].label}</span>
        <h2 id={headingId}>{activity.title}</h2>
        <p className="muted">{votersLine(result)}</p>
      </header>
      {pending && (
        <p className="banner info">
          Round {pending.number} is {pending.status === 'open' ? 'open' : 'closed'} (
          {plural(pending.voters, 'vote', 'votes')} so far); its results appear here once it is revealed.
        </p>
      )}
      {charts}
      {convergence && (
        <ConvergenceChart
          {...common}
          title={`Round ${convergence.fromRound} and the re-vote`}
          caption="Did the discussion bring the sides closer?"
          data={convergence}
          kind={config.kind}
        />
      )}
      {unmarked.length > 0 && <PublishedFigures comparisons={unmarked} activity={activity} />}
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
  const options = 'options' in activity.config ? activity.config.options : [];
  const optionLabel = (id: string | null) => options.find((o) => o.id === id)?.label ?? '';
  const room = (value: number | null, option: string | null) =>
    value === null ? '—' : `${formatPercent(value)}${option ? ` chose “${optionLabel(option)}”` : ''}`;
  const published = (value: number | null, unit: string) => (value === null ? '—' : `${formatNumber(value)}${unit}`);
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
              <td>{room(c.it.room, c.it.option)}</td>
              <td>{published(c.it.benchmark, c.unit)}</td>
              <td>{room(c.marketing.room, c.marketing.option)}</td>
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
