import { VERDICT_WORDS, type ActivityResult, type ItemResult } from '../../../shared/analytics';
import type { Activity } from '../../../shared/domain';
import { ordersItems } from '../../../shared/kinds';
import { gapFigure, sideFigure } from '../../results/resultsTable';

/** The revealed round side by side: IT on the left, Marketing on the right, the gap between. */
export function RevealedResults({
  activity,
  result,
  large,
}: {
  activity: Activity;
  result: ActivityResult;
  large?: boolean;
}) {
  const round = result.latest;
  if (!round) return null;
  const rounds = result.rounds;
  return (
    <section className={large ? 'panel revealed large' : 'panel revealed'} aria-labelledby={`revealed-${activity.id}`}>
      <h3 id={`revealed-${activity.id}`}>
        Results of round {round.roundNumber}{' '}
        <span className="muted">
          · {round.voters.it} IT, {round.voters.marketing} Marketing
          {round.voters.other ? `, ${round.voters.other} other` : ''}
        </span>
      </h3>
      <table className="table results-table">
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col" className="it-col">
              IT
            </th>
            <th scope="col" className="gap-col">
              Gap
            </th>
            <th scope="col" className="mkt-col">
              Marketing
            </th>
            <th scope="col" className="sure-col">
              How sure
            </th>
          </tr>
        </thead>
        <tbody>
          {round.items.map((item) => (
            <tr key={item.itemId}>
              <th scope="row">{item.label}</th>
              <td className="it-col">
                {sideFigure(activity.config, item.it)}
                {splitSide(item, 'it')}
              </td>
              <td className="gap-col">{gapFigure(activity.config, item)}</td>
              <td className="mkt-col">
                {sideFigure(activity.config, item.marketing)}
                {splitSide(item, 'marketing')}
              </td>
              <td className={`sure-col verdict-${item.certainty.verdict}`}>{VERDICT_WORDS[item.certainty.verdict]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {ordersItems(activity.kind) && (
        <p className="muted">#1 is the top of a side’s order; the gap is IT’s mean rank minus Marketing’s.</p>
      )}
      {result.convergence && rounds.length > 1 && result.convergence.items.some((i) => i.narrowed !== null) && (
        <p className="convergence-line">Since round 1, the gap {describeConvergence(result)}.</p>
      )}
    </section>
  );
}

/** A side that is itself split on the item: its average hides two camps. */
function splitSide(item: ItemResult, side: 'it' | 'marketing') {
  if (!item.dissent?.[side]?.split) return null;
  return (
    <span className="split-mark" title="This side is itself split on this item">
      {' '}
      split
    </span>
  );
}

function describeConvergence(result: ActivityResult): string {
  const items = result.convergence?.items ?? [];
  const compared = items.filter((i) => i.narrowed !== null);
  const narrowed = compared.filter((i) => i.narrowed === true).length;
  return `narrowed on ${narrowed} of ${compared.length} items`;
}
