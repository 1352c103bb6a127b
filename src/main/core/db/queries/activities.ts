import {
  activityConfigSchema,
  benchmarkSchema,
  type Activity,
  type ActivityConfig,
  type ActivityKind,
  type Benchmark,
  type Item,
} from '../../../../shared/domain';
import { writeTransaction, type Db } from '../connection';

interface ActivityRow {
  id: string;
  workshop_id: string;
  position: number;
  kind: ActivityKind;
  title: string;
  prompt: string;
  minutes: number | null;
  config: string;
}

interface ItemRow {
  id: string;
  activity_id: string;
  position: number;
  label: string;
  description: string | null;
  benchmark: string | null;
}

export interface ActivityDraft {
  readonly title: string;
  readonly prompt: string;
  readonly minutes?: number | null;
  readonly config: ActivityConfig;
}

export interface ItemDraft {
  readonly label: string;
  readonly description: string | null;
  readonly benchmark: Benchmark | null;
}

function toItem(row: ItemRow): Item {
  return {
    id: row.id,
    activityId: row.activity_id,
    position: row.position,
    label: row.label,
    description: row.description,
    // Stored JSON is re-validated on the way out: a hand-edited file must not reach a chart.
    benchmark: row.benchmark === null ? null : benchmarkSchema.parse(JSON.parse(row.benchmark)),
  };
}

function toActivity(row: ActivityRow, items: Item[]): Activity {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    position: row.position,
    kind: row.kind,
    title: row.title,
    prompt: row.prompt,
    minutes: row.minutes,
    config: activityConfigSchema.parse(JSON.parse(row.config)),
    items,
  };
}

/** Moves one row to `toIndex` (0-based) among its siblings and renumbers them 1..n. */
function reorder(ids: string[], movedId: string, toIndex: number, setPosition: (position: number, id: string) => void) {
  const from = ids.indexOf(movedId);
  if (from === -1) return false;
  const target = Math.max(0, Math.min(ids.length - 1, toIndex));
  ids.splice(from, 1);
  ids.splice(target, 0, movedId);
  ids.forEach((id, index) => setPosition(index + 1, id));
  return true;
}

export function activityQueries(db: Db) {
  const insertActivity = db.prepare<{
    id: string;
    workshopId: string;
    kind: ActivityKind;
    title: string;
    prompt: string;
    minutes: number | null;
    config: string;
  }>(
    `INSERT INTO activities (id, workshop_id, position, kind, title, prompt, minutes, config)
     VALUES (@id, @workshopId, (SELECT coalesce(max(position), 0) + 1 FROM activities WHERE workshop_id = @workshopId),
             @kind, @title, @prompt, @minutes, @config)`,
  );
  const updateActivity = db.prepare<[ActivityKind, string, string, number | null, string, string]>(
    'UPDATE activities SET kind = ?, title = ?, prompt = ?, minutes = ?, config = ? WHERE id = ?',
  );
  const insertItem = db.prepare<{
    id: string;
    activityId: string;
    label: string;
    description: string | null;
    benchmark: string | null;
  }>(
    `INSERT INTO items (id, activity_id, position, label, description, benchmark)
     VALUES (@id, @activityId, (SELECT coalesce(max(position), 0) + 1 FROM items WHERE activity_id = @activityId),
             @label, @description, @benchmark)`,
  );
  const updateItem = db.prepare<[string, string | null, string | null, string]>(
    'UPDATE items SET label = ?, description = ?, benchmark = ? WHERE id = ?',
  );
  const activityById = db.prepare<[string], ActivityRow>('SELECT * FROM activities WHERE id = ?');
  const activitiesByWorkshop = db.prepare<[string], ActivityRow>(
    'SELECT * FROM activities WHERE workshop_id = ? ORDER BY position',
  );
  const activityIds = db.prepare<[string], { id: string }>(
    'SELECT id FROM activities WHERE workshop_id = ? ORDER BY position',
  );
  const setActivityPosition = db.prepare<[number, string]>('UPDATE activities SET position = ? WHERE id = ?');
  const itemById = db.prepare<[string], ItemRow>('SELECT * FROM items WHERE id = ?');
  const itemsByActivity = db.prepare<[string], ItemRow>('SELECT * FROM items WHERE activity_id = ? ORDER BY position');
  const itemIds = db.prepare<[string], { id: string }>('SELECT id FROM items WHERE activity_id = ? ORDER BY position');
  const setItemPosition = db.prepare<[number, string]>('UPDATE items SET position = ? WHERE id = ?');
  const itemsByWorkshop = db.prepare<[string], ItemRow>(
    `SELECT i.* FROM items i JOIN activities a ON a.id = i.activity_id
      WHERE a.workshop_id = ? ORDER BY a.position, i.position`,
  );
  const removeActivity = db.prepare<[string]>('DELETE FROM activities WHERE id = ?');
  const removeItem = db.prepare<[string]>('DELETE FROM items WHERE id = ?');

  const renumberActivities = (workshopId: string) =>
    activityIds.all(workshopId).forEach((row, index) => setActivityPosition.run(index + 1, row.id));
  const renumberItems = (activityId: string) =>
    itemIds.all(activityId).forEach((row, index) => setItemPosition.run(index + 1, row.id));

  return {
    insert(id: string, workshopId: string, draft: ActivityDraft): void {
      insertActivity.run({
        id,
        workshopId,
        kind: draft.config.kind,
        title: draft.title,
        prompt: draft.prompt,
        minutes: draft.minutes ?? null,
        config: JSON.stringify(draft.config),
      });
    },
    update(id: string, draft: ActivityDraft): boolean {
      const { config } = draft;
      return (
        updateActivity.run(config.kind, draft.title, draft.prompt, draft.minutes ?? null, JSON.stringify(config), id)
          .changes === 1
      );
    },
    move: writeTransaction(db, (id: string, toIndex: number): boolean => {
      const row = activityById.get(id);
      if (!row) return false;
      const ids = activityIds.all(row.workshop_id).map((r) => r.id);
      return reorder(ids, id, toIndex, (position, rowId) => setActivityPosition.run(position, rowId));
    }),
    remove: writeTransaction(db, (id: string): boolean => {
      const row = activityById.get(id);
      if (!row) return false;
      removeActivity.run(id);
      renumberActivities(row.workshop_id);
      return true;
    }),
    insertItem(id: string, activityId: string, draft: ItemDraft): Item {
      insertItem.run({
        id,
        activityId,
        label: draft.label,
        description: draft.description,
        benchmark: draft.benchmark === null ? null : JSON.stringify(draft.benchmark),
      });
      return toItem(itemById.get(id)!);
    },
    updateItem(id: string, draft: ItemDraft): boolean {
      const benchmark = draft.benchmark === null ? null : JSON.stringify(draft.benchmark);
      return updateItem.run(draft.label, draft.description, benchmark, id).changes === 1;
    },
    getItem(id: string): Item | undefined {
      const row = itemById.get(id);
      return row && toItem(row);
    },
    moveItem: writeTransaction(db, (id: string, toIndex: number): boolean => {
      const row = itemById.get(id);
      if (!row) return false;
      const ids = itemIds.all(row.activity_id).map((r) => r.id);
      return reorder(ids, id, toIndex, (position, rowId) => setItemPosition.run(position, rowId));
    }),
    removeItem: writeTransaction(db, (id: string): boolean => {
      const row = itemById.get(id);
      if (!row) return false;
      removeItem.run(id);
      renumberItems(row.activity_id);
      return true;
    }),
    get(id: string): Activity | undefined {
      const row = activityById.get(id);
      return row && toActivity(row, itemsByActivity.all(id).map(toItem));
    },
    /** The whole agenda in two queries, whatever its length. */
    listByWorkshop(workshopId: string): Activity[] {
      const items = new Map<string, Item[]>();
      for (const row of itemsByWorkshop.all(workshopId)) {
        const list = items.get(row.activity_id) ?? [];
        list.push(toItem(row));
        items.set(row.activity_id, list);
      }
      return activitiesByWorkshop.all(workshopId).map((row) => toActivity(row, items.get(row.id) ?? []));
    },
  };
}

export type ActivityQueries = ReturnType<typeof activityQueries>;
