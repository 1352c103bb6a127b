import { useState } from 'react';
import { BACKED, type IdeasConfig } from '../../../shared/kinds/ideasRules';
import type { BallotDraft } from '../../../shared/kinds/types';
import type { BallotItem } from '../../../shared/live';
import { ballotItemId } from '../../ballot/draft';
import './ideas.css';

/**
 * A vote round on ideas: each person checks up to `picks` of them. Each idea is a large
 * toggle (touch), a checkbox to assistive technology, and Tab / Space / Enter work as on
 * any checkbox. Once the picks are used up, another idea is refused with a word on why.
 */
export function BackIdeasInput({
  config,
  items,
  draft,
  onUpdate,
}: {
  config: IdeasConfig;
  items: readonly BallotItem[];
  draft: BallotDraft;
  onUpdate(change: (draft: BallotDraft) => BallotDraft): void;
}) {
  const most = Math.min(config.picks, items.length);
  const picked = items.filter((item) => draft.values[item.id] === BACKED).length;
  const [full, setFull] = useState(false);

  function toggle(itemId: string) {
    const on = draft.values[itemId] === BACKED;
    if (!on && picked >= most) {
      setFull(true);
      return;
    }
    setFull(false);
    onUpdate((d) => ({ ...d, values: { ...d.values, [itemId]: on ? undefined : BACKED } }));
  }

  return (
    <div className="ideas-back">
      <p className="ballot-instruction" id="ideas-back-instruction">
        {most === 1 ? 'Check the idea you back most' : `Check up to ${most} ideas you back most`}, whichever side wrote
        them.
      </p>
      <div role="group" aria-labelledby="ideas-back-instruction">
        <ul className="ideas-back-list">
          {items.map((item) => {
            const on = draft.values[item.id] === BACKED;
            return (
              <li key={item.id} id={ballotItemId(item.id)}>
                <button
                  type="button"
                  role="checkbox"
                  aria-checked={on}
                  className={on ? 'idea-pick chosen' : 'idea-pick'}
                  onClick={() => toggle(item.id)}
                >
                  <span className="idea-box" aria-hidden="true">
                    {on ? '✓' : ''}
                  </span>
                  <span className="idea-text">{item.label}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
      <p className={full ? 'ideas-count full' : 'ideas-count'} role="status">
        {picked} of {most} picked
        {full ? `: uncheck one to pick another.` : picked === most ? '.' : ''}
      </p>
    </div>
  );
}
