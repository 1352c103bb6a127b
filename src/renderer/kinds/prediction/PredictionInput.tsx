import type { PredictionConfig } from '../../../shared/kinds/prediction';
import type { BallotDraft } from '../../../shared/kinds/types';
import type { BallotItem } from '../../../shared/live';
import { ballotItemId } from '../../ballot/draft';
import type { SetValue } from '../parts/values';

/** A prediction being given: either slider may not have been moved yet. */
interface HalfPair {
  readonly own?: number;
  readonly guess?: number;
}

function halfPair(value: unknown): HalfPair {
  if (typeof value !== 'object' || value === null) return {};
  const number = (part: unknown) => (typeof part === 'number' ? part : undefined);
  return {
    own: 'own' in value ? number(value.own) : undefined,
    guess: 'guess' in value ? number(value.guess) : undefined,
  };
}

/** Two sliders per item: the person's own answer and their guess of the other side's. */
export function PredictionInput(props: {
  items: readonly BallotItem[];
  config: PredictionConfig;
  draft: BallotDraft;
  onValue: SetValue;
}) {
  const { items, config, draft, onValue } = props;
  const pair = (itemId: string) => halfPair(draft.values[itemId]);
  const set = (itemId: string, part: 'own' | 'guess', text: string) =>
    onValue(itemId, (current) => ({ ...halfPair(current), [part]: text === '' ? undefined : Number(text) }));
  return (
    <ul className="levels-list">
      {items.map((item) => {
        const value = pair(item.id);
        return (
          <li key={item.id} id={ballotItemId(item.id)} className="levels-row">
            <p className="levels-statement" id={`prediction-${item.id}`}>
              {item.label}
            </p>
            <div className="prediction-pair">
              {(['own', 'guess'] as const).map((part) => {
                const untouched = value[part] === undefined;
                const partId = `prediction-${item.id}-${part}`;
                return (
                  <div key={part} className={untouched ? 'prediction-field untouched' : 'prediction-field'}>
                    <label id={partId} htmlFor={`${partId}-slider`}>
                      {part === 'own' ? 'Your answer' : config.ask}
                    </label>
                    <span className="prediction-input">
                      <input
                        id={`${partId}-slider`}
                        type="range"
                        min={config.min}
                        max={config.max}
                        aria-labelledby={`${partId} prediction-${item.id}`}
                        value={value[part] ?? Math.round((config.min + config.max) / 2)}
                        aria-valuetext={untouched ? 'not set yet' : `${value[part]}${config.unit}`}
                        onChange={(event) => set(item.id, part, event.target.value)}
                        // A click on the thumb where it starts is an answer too.
                        onPointerUp={(event) => untouched && set(item.id, part, event.currentTarget.value)}
                      />
                      <output htmlFor={`${partId}-slider`}>
                        {untouched ? 'Move to answer' : `${value[part]}${config.unit}`}
                      </output>
                    </span>
                  </div>
                );
              })}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
