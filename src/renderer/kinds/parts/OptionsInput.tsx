import type { Option } from '../../../shared/domain';
import type { BallotDraft } from '../../../shared/kinds/types';
import type { BallotItem } from '../../../shared/live';
import { ballotItemId } from '../../ballot/draft';
import { RadioGroup } from '../../ui/RadioGroup';
import type { SetValue } from './values';

/** An option (or several) per item, for the kinds answered with options. */
export function OptionsInput(props: {
  items: readonly BallotItem[];
  options: readonly Option[];
  /** Several options per item, or one. */
  multiple: boolean;
  /** `grid`: one row per item, one column per option (who drives what); `list`: each item's options below it. */
  layout: 'grid' | 'list';
  draft: BallotDraft;
  onValue: SetValue;
}) {
  const { items, options, multiple, layout, draft, onValue } = props;
  const chosen = (itemId: string): readonly string[] => picked(draft.values[itemId]);
  const picked = (value: unknown): readonly string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((id) => typeof id === 'string') : [];
  const toggle = (itemId: string, optionId: string) => {
    if (!multiple) return onValue(itemId, () => optionId);
    onValue(itemId, (current) => {
      const now = picked(current);
      const next = now.includes(optionId) ? now.filter((id) => id !== optionId) : [...now, optionId];
      return next.length === 0 ? undefined : next;
    });
  };

  if (layout === 'grid') {
    return (
      <table className="ownership-grid">
        <caption className="ballot-instruction">For each area, who should drive it?</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Area</span>
            </th>
            {options.map((o) => (
              <th key={o.id} scope="col">
                {o.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} id={ballotItemId(item.id)}>
              <th scope="row">{item.label}</th>
              {options.map((o) => (
                <td key={o.id}>
                  <label className="grid-cell">
                    <input
                      type="radio"
                      name={`own-${item.id}`}
                      checked={chosen(item.id).includes(o.id)}
                      onChange={() => toggle(item.id, o.id)}
                    />
                    <span className="visually-hidden">
                      {item.label}: {o.label}
                    </span>
                  </label>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }

  return (
    <ul className="levels-list">
      {items.map((item) => (
        <li key={item.id} id={ballotItemId(item.id)} className="levels-row">
          <p className="levels-statement" id={`choice-${item.id}`}>
            {item.label} {multiple && <span className="muted">(pick one or more)</span>}
          </p>
          {multiple ? (
            <div className="choices" role="group" aria-labelledby={`choice-${item.id}`}>
              {options.map((o) => {
                const on = chosen(item.id).includes(o.id);
                return (
                  <button
                    key={o.id}
                    type="button"
                    role="checkbox"
                    aria-checked={on}
                    className={on ? 'choice chosen' : 'choice'}
                    onClick={() => toggle(item.id, o.id)}
                  >
                    {o.label}
                  </button>
                );
              })}
            </div>
          ) : (
            <RadioGroup
              className="choices"
              optionClassName="choice"
              labelledBy={`choice-${item.id}`}
              options={options.map((o) => ({ value: o.id, label: o.label }))}
              value={chosen(item.id)[0]}
              onChange={(optionId) => toggle(item.id, optionId)}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
