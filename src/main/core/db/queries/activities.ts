import {
  activityConfigSchema,
  benchmarkSchema,
  type Activity,
  type ActivityConfig,
  type ActivityKind,
  type Benchmark,
  type Item,
} from '../../../../shared/domain';
import type { Db } from '../connection';

interface ActivityRow {
  id: string;
  workshop_id: string;
  position: number;
  kind: ActivityKind;
  title: string;
  prompt: string;
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
    config: activityConfigSchema.parse(JSON.parse(row.config)),
    items,
  };
}

export function activityQueries(db: Db) {
  const insertActivity = db.prepare<[string, string, string, ActivityKind, string, string, string]>(
    `INSERT INTO activities (id, workshop_id, position, kind, title, prompt, config)
     VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM activities WHERE workshop_id = ?), ?, ?, ?, ?)`,
  );
  const insertItem = db.prepare<[string, string, string, string, string | null, string | null]>(
    `INSERT INTO items (id, activity_id, position, label, description, benchmark)
     VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM items WHERE activity_id = ?), ?, ?, ?)`,
  );
  const activityById = db.prepare<[string], ActivityRow>('SELECT * FROM activities WHERE id = ?');
  const activitiesByWorkshop = db.prepare<[string], ActivityRow>(
    'SELECT * FROM activities WHERE workshop_id = ? ORDER BY position',
  );
  const itemById = db.prepare<[string], ItemRow>('SELECT * FROM items WHERE id = ?');
  const itemsByActivity = db.prepare<[string], ItemRow>('SELECT * FROM items WHERE activity_id = ? ORDER BY position');
  const itemsByWorkshop = db.prepare<[string], ItemRow>(
    `SELECT i.* FROM items i JOIN activities a ON a.id = i.activity_id
      WHERE a.workshop_id = ? ORDER BY a.position, i.position`,
  );
  const removeActivity = db.prepare<[string]>('DELETE FROM activities WHERE id = ?');

  return {
    insert(id: string, workshopId: string, draft: ActivityDraft): void {
      insertActivity.run(
        id,
        workshopId,
        workshopId,
        draft.config.kind,
        draft.title,
        draft.prompt,
        JSON.stringify(draft.config),
      );
    },
    insertItem(id: string, activityId: string, draft: ItemDraft): Item {
      insertItem.run(
        id,
        activityId,
        activityId,
        draft.label,
        draft.description,
        draft.benchmark === null ? null : JSON.stringify(draft.benchmark),
      );
      return toItem(itemById.get(id)!);
    },
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
    remove(id: string): boolean {
      return removeActivity.run(id).changes === 1;
    },
  };
}

export type ActivityQueries = ReturnType<typeof activityQueries>;
