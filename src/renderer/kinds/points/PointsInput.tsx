import type { BallotDraft } from '../../../shared/kinds/types';
import type { BallotItem } from '../../../shared/live';
import { ballotItemId, pointsLeft } from '../../ballot/draft';
import type { SetValue } from '../parts/values';

/** Each item's points, typed or stepped, with what is left to give. */
export function PointsInput(props: {
  items: readonly BallotItem[];
  total: number;
  draft: BallotDraft;
  onValue: SetValue;
}) {
  const { items, total, draft, onValue } = props;
  const left = pointsLeft(total, draft.values);
  const step = total >= 50 ? 5 : 1;
  return (
    <div>
      <p className="ballot-instruction">Spread {total} points over the items: more points for what matters more.</p>
      <p className={left === 0 ? 'points-left done' : left < 0 ? 'points-left over' : 'points-left'} role="status">
        {left === 0
          ? `All ${total} points given`
          : left > 0
            ? `${left} points left to give`
            : `${-left} points too many`}
      </p>
      <ul className="points-list">
        {items.map((item) => {
          const value = typeof draft.values[item.id] === 'number' ? (draft.values[item.id] as number) : 0;
          const add = (delta: number) =>
            onValue(item.id, (current) =>
              Math.max(0, Math.min(total, Math.round((typeof current === 'number' ? current : 0) + delta))),
            );
          return (
            <li key={item.id} id={ballotItemId(item.id)} className="points-row">
              <label htmlFor={`points-${item.id}`} className="points-label">
                {item.label}
              </label>
              <button
                type="button"
                className="icon-button big"
                aria-label={`${step} fewer for ${item.label}`}
                onClick={() => add(-step)}
              >
                −
              </button>
              <input
                id={`points-${item.id}`}
                inputMode="numeric"
                className="points-input"
                value={draft.values[item.id] === undefined ? '' : String(value)}
                placeholder="0"
                onChange={(event) => {
                  const text = event.target.value.replace(/[^0-9]/g, '');
                  onValue(item.id, () => (text === '' ? undefined : Math.min(total, Number(text))));
                }}
              />
              <button
                type="button"
                className="icon-button big"
                aria-label={`${step} more for ${item.label}`}
                onClick={() => add(step)}
              >
                +
              </button>
              <span className="points-bar" aria-hidden="true">
                <span style={{ width: `${(100 * value) / total}%` }} />
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
