import type { BallotDraft } from '../../../shared/kinds/types';
import type { BallotItem } from '../../../shared/live';
import { ballotItemId } from '../../ballot/draft';
import { RadioGroup } from '../../ui/RadioGroup';
import type { SetValue } from './values';

/** One level per item, picked from a row of named levels (agreement, a scale). */
export function LevelsInput(props: {
  items: readonly BallotItem[];
  draft: BallotDraft;
  levels: readonly { value: number; label: string; name?: string }[];
  ends?: readonly [string, string];
  onValue: SetValue;
}) {
  const { items, draft, levels, ends, onValue } = props;
  return (
    <ul className="levels-list">
      {items.map((item) => {
        const current = draft.values[item.id];
        return (
          <li key={item.id} id={ballotItemId(item.id)} className="levels-row">
            <p className="levels-statement" id={`statement-${item.id}`}>
              {item.label}
            </p>
            <RadioGroup
              className="levels"
              optionClassName="level"
              labelledBy={`statement-${item.id}`}
              options={levels}
              value={typeof current === 'number' ? current : undefined}
              onChange={(value) => onValue(item.id, () => value)}
            />
            {ends && (ends[0] || ends[1]) && (
              <p className="levels-ends muted" aria-hidden="true">
                <span>{ends[0]}</span>
                <span>{ends[1]}</span>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
