import { useState, type KeyboardEvent } from 'react';
import type { BallotItem } from '../../../shared/live';

/** The items in order, moved by drag, by the arrow buttons or by the ↑ ↓ keys. */
export function RankingInput({
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
