import { useState, type KeyboardEvent } from 'react';
import { itemDefinitionSchema } from '../../../shared/agenda';
import type { Activity, Item } from '../../../shared/domain';
import { api } from '../../ipc/client';
import { useDesigner } from '../../stores/designer';
import { useNotices } from '../../stores/notices';
import { ItemDialog } from './ItemDialog';
import { roomWritesItems } from '../../../shared/kinds/stages';
import { benchmarkBadge } from '../../format/benchmark';

export function ItemsEditor({ activity, locked }: { activity: Activity; locked: boolean }) {
  const apply = useDesigner((state) => state.apply);
  const notify = useNotices((state) => state.show);
  const [label, setLabel] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Item | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const { items } = activity;

  async function add() {
    const parsed = itemDefinitionSchema.safeParse({ label });
    if (!parsed.success) return setAddError(parsed.error.issues[0]!.message);
    const result = await apply(api.agenda.addItem({ activityId: activity.id, item: parsed.data }));
    if (result.ok) {
      setLabel('');
      setAddError(null);
    } else setAddError(result.error.message);
  }

  async function move(item: Item, toIndex: number) {
    if (toIndex < 0 || toIndex >= items.length) return;
    const result = await apply(api.agenda.moveItem({ id: item.id, toIndex }));
    if (!result.ok) notify({ tone: 'error', text: result.error.message });
    else requestAnimationFrame(() => document.getElementById(`item-${item.id}`)?.focus());
  }

  async function remove(item: Item) {
    const result = await apply(api.agenda.removeItem({ id: item.id }));
    if (!result.ok) notify({ tone: 'error', text: result.error.message });
  }

  function onKey(event: KeyboardEvent, item: Item, index: number) {
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      void move(item, index + (event.key === 'ArrowUp' ? -1 : 1));
    }
  }

  return (
    <section className="items-editor" aria-labelledby={`items-${activity.id}`}>
      <h3 id={`items-${activity.id}`}>
        Items <span className="muted">({items.length})</span>
      </h3>
      {roomWritesItems(activity.kind) && (
        <p className="muted-note">
          The room writes these in a collect round. Add any here only to start the list with them.
        </p>
      )}
      <ol className="item-list" aria-label="Items (Alt+Up or Alt+Down moves the focused one)">
        {items.map((item, index) => (
          <li
            key={item.id}
            className={dragging === item.id ? 'item-row dragging' : 'item-row'}
            draggable
            onDragStart={(event) => {
              event.dataTransfer.setData('text/x-item', item.id);
              setDragging(item.id);
            }}
            onDragEnd={() => setDragging(null)}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              const id = event.dataTransfer.getData('text/x-item') || dragging;
              setDragging(null);
              const moved = items.find((i) => i.id === id);
              if (moved && moved.id !== item.id) void move(moved, index);
            }}
          >
            <span className="drag-handle" aria-hidden="true">
              ⋮⋮
            </span>
            <button
              type="button"
              id={`item-${item.id}`}
              className="item-label"
              onClick={() => setEditing(item)}
              onKeyDown={(event) => onKey(event, item, index)}
              aria-label={`${index + 1}. ${item.label}${item.benchmark ? ' (has a benchmark)' : ''}. Edit`}
            >
              <span className="item-number">{index + 1}.</span> {item.label}
              {item.description && <span className="item-description">{item.description}</span>}
            </button>
            {item.benchmark && (
              <span className="benchmark-badge" title={`${item.benchmark.source}, ${item.benchmark.year}`}>
                {benchmarkBadge(item.benchmark)}
              </span>
            )}
            <span className="move-buttons">
              <button
                type="button"
                className="icon-button"
                aria-label={`Move “${item.label}” up`}
                disabled={index === 0}
                onClick={() => void move(item, index - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`Move “${item.label}” down`}
                disabled={index === items.length - 1}
                onClick={() => void move(item, index + 1)}
              >
                ↓
              </button>
              {!locked && (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove “${item.label}”`}
                  onClick={() => void remove(item)}
                >
                  ×
                </button>
              )}
            </span>
          </li>
        ))}
      </ol>
      {!locked && (
        <div className="add-item">
          <input
            aria-label="New item"
            placeholder="Add an item"
            value={label}
            aria-invalid={addError ? true : undefined}
            onChange={(event) => setLabel(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void add();
              }
            }}
          />
          <button type="button" className="button" onClick={() => void add()}>
            Add item
          </button>
          {addError && <p className="field-error">{addError}</p>}
        </div>
      )}
      {editing && <ItemDialog item={editing} onClose={() => setEditing(null)} />}
    </section>
  );
}
