import { useState, type KeyboardEvent } from 'react';
import type { ActivityConfig, VoteValue } from '../../../shared/domain';
import type { BallotActivity, BallotItem } from '../../../shared/live';
import { RadioGroup } from '../../ui/RadioGroup';
import { ballotItemId, moveInOrder, pointsLeft, type BallotDraft } from './draft';

interface Props {
  activity: BallotActivity;
  draft: BallotDraft;
  /** Changes are applied to the latest draft, so quick taps never overwrite each other. */
  onUpdate(change: (draft: BallotDraft) => BallotDraft): void;
}

type SetValue = (itemId: string, value: (current: VoteValue | undefined) => VoteValue | undefined) => void;

/** The ballot for each kind of activity. */
export function KindInputs({ activity, draft, onUpdate }: Props) {
  const setValue: SetValue = (itemId, value) =>
    onUpdate((d) => ({ ...d, values: { ...d.values, [itemId]: value(d.values[itemId]) } }));
  const { config } = activity;
  switch (config.kind) {
    case 'ranking':
      return (
        <RankingInput
          items={activity.items}
          order={draft.order}
          onMove={(id, to) => onUpdate((d) => ({ ...d, order: moveInOrder(d.order, id, to) }))}
        />
      );
    case 'points':
      return <PointsInput items={activity.items} total={config.total} draft={draft} onValue={setValue} />;
    case 'likert':
      return (
        <LevelsInput
          items={activity.items}
          draft={draft}
          onValue={setValue}
          levels={config.labels.map((label, i) => ({ value: i + 1, label }))}
        />
      );
    case 'scale':
      return (
        <LevelsInput
          items={activity.items}
          draft={draft}
          onValue={setValue}
          levels={Array.from({ length: config.max - config.min + 1 }, (_, i) => {
            const value = config.min + i;
            const end = value === config.min ? config.minLabel : value === config.max ? config.maxLabel : '';
            return { value, label: String(value), ...(end ? { name: `${value}, ${end}` } : {}) };
          })}
          ends={[config.minLabel, config.maxLabel]}
        />
      );
    case 'choice':
    case 'ownership':
      return <OptionsInput items={activity.items} config={config} draft={draft} onValue={setValue} />;
    case 'prediction':
      return <PredictionInput items={activity.items} config={config} draft={draft} onValue={setValue} />;
  }
}

function RankingInput({
  items,
  order,
  onMove,
}: {
  items: readonly BallotItem[];
  order: readonly string[];
  onMove(id: string, to: number): void;
}) {
  const [dragging, setDragging] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const byId = new Map(items.map((i) => [i.id, i]));
  const move = (id: string, to: number) => {
    if (to < 0 || to >= order.length) return;
    onMove(id, to);
    setAnnouncement(`${byId.get(id)?.label ?? ''}: now ${to + 1} of ${order.length}.`);
    requestAnimationFrame(() => document.getElementById(`rank-${id}`)?.focus());
  };
  const onKey = (event: KeyboardEvent, id: string, index: number) => {
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      move(id, index + (event.key === 'ArrowUp' ? -1 : 1));
    }
  };
  return (
    <div>
      <p className="ballot-instruction">
        Put the items in order: the most important at the top. Drag them, or use the arrows (or the ↑ ↓ keys on a
        focused item).
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <ol className="rank-list" aria-label="Your ranking">
        {order.map((id, index) => (
          <li
            key={id}
            id={`rank-${id}`}
            tabIndex={0}
            className={dragging === id ? 'rank-row dragging' : 'rank-row'}
            draggable
            aria-label={`${index + 1}. ${byId.get(id)?.label}`}
            onKeyDown={(event) => onKey(event, id, index)}
            onDragStart={(event) => {
              event.dataTransfer.setData('text/x-rank', id);
              setDragging(id);
            }}
            onDragEnd={() => setDragging(null)}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              const moved = event.dataTransfer.getData('text/x-rank') || dragging;
              setDragging(null);
              if (moved) move(moved, index);
            }}
          >
            <span className="rank-number">{index + 1}</span>
            <span className="rank-label">
              {byId.get(id)?.label}
              {byId.get(id)?.description && <span className="item-description">{byId.get(id)?.description}</span>}
            </span>
            <span className="move-buttons">
              <button
                type="button"
                className="icon-button big"
                aria-label="Move up"
                disabled={index === 0}
                onClick={() => move(id, index - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button big"
                aria-label="Move down"
                disabled={index === order.length - 1}
                onClick={() => move(id, index + 1)}
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

function PointsInput(props: { items: readonly BallotItem[]; total: number; draft: BallotDraft; onValue: SetValue }) {
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

function LevelsInput(props: {
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

function OptionsInput(props: {
  items: readonly BallotItem[];
  config: Extract<ActivityConfig, { kind: 'choice' | 'ownership' }>;
  draft: BallotDraft;
  onValue: SetValue;
}) {
  const { items, config, draft, onValue } = props;
  const multiple = config.kind === 'choice' && config.multiple;
  const chosen = (itemId: string): readonly string[] => picked(draft.values[itemId]);
  const picked = (value: VoteValue | undefined): readonly string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? (value as string[]) : [];
  const toggle = (itemId: string, optionId: string) => {
    if (!multiple) return onValue(itemId, () => optionId);
    onValue(itemId, (current) => {
      const now = picked(current);
      const next = now.includes(optionId) ? now.filter((id) => id !== optionId) : [...now, optionId];
      return next.length === 0 ? undefined : next;
    });
  };

  if (config.kind === 'ownership') {
    return (
      <table className="ownership-grid">
        <caption className="ballot-instruction">For each area, who should drive it?</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Area</span>
            </th>
            {config.options.map((o) => (
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
              {config.options.map((o) => (
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
              {config.options.map((o) => {
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
              options={config.options.map((o) => ({ value: o.id, label: o.label }))}
              value={chosen(item.id)[0]}
              onChange={(optionId) => toggle(item.id, optionId)}
            />
          )}
        </li>
      ))}
    </ul>
  );
}

function PredictionInput(props: {
  items: readonly BallotItem[];
  config: Extract<ActivityConfig, { kind: 'prediction' }>;
  draft: BallotDraft;
  onValue: SetValue;
}) {
  const { items, config, draft, onValue } = props;
  const pair = (itemId: string) => (draft.values[itemId] as { own?: number; guess?: number } | undefined) ?? {};
  const set = (itemId: string, part: 'own' | 'guess', text: string) =>
    onValue(itemId, (current) => {
      const before = (current as { own?: number; guess?: number } | undefined) ?? {};
      return { ...before, [part]: text === '' ? undefined : Number(text) } as VoteValue;
    });
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
