import type { ActionItem, Note } from '../../../../shared/domain';
import type { Db } from '../connection';

interface NoteRow {
  id: string;
  workshop_id: string;
  activity_id: string | null;
  body: string;
  created_at: string;
  updated_at: string;
}

interface ActionItemRow {
  id: string;
  workshop_id: string;
  activity_id: string | null;
  kind: 'agreement' | 'action';
  text: string;
  owner_it: string | null;
  owner_marketing: string | null;
  due_date: string | null;
  created_at: string;
}

export interface ActionItemDraft {
  readonly activityId: string | null;
  readonly kind: 'agreement' | 'action';
  readonly text: string;
  readonly ownerIt: string | null;
  readonly ownerMarketing: string | null;
  readonly dueDate: string | null;
}

function toNote(row: NoteRow): Note {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    activityId: row.activity_id,
    body: row.body,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toActionItem(row: ActionItemRow): ActionItem {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    activityId: row.activity_id,
    kind: row.kind,
    text: row.text,
    ownerIt: row.owner_it,
    ownerMarketing: row.owner_marketing,
    dueDate: row.due_date,
    createdAt: row.created_at,
  };
}

export function noteQueries(db: Db) {
  const insert = db.prepare<{ id: string; workshopId: string; activityId: string | null; body: string; now: string }>(
    `INSERT INTO notes (id, workshop_id, activity_id, body, created_at, updated_at)
     VALUES (@id, @workshopId, @activityId, @body, @now, @now)`,
  );
  const update = db.prepare<[string, string, string]>('UPDATE notes SET body = ?, updated_at = ? WHERE id = ?');
  const byWorkshop = db.prepare<[string], NoteRow>('SELECT * FROM notes WHERE workshop_id = ? ORDER BY created_at, id');
  const byId = db.prepare<[string], NoteRow>('SELECT * FROM notes WHERE id = ?');

  return {
    insert(id: string, workshopId: string, activityId: string | null, body: string, now: string): Note {
      insert.run({ id, workshopId, activityId, body, now });
      return toNote(byId.get(id)!);
    },
    update(id: string, body: string, now: string): boolean {
      return update.run(body, now, id).changes === 1;
    },
    listByWorkshop(workshopId: string): Note[] {
      return byWorkshop.all(workshopId).map(toNote);
    },
  };
}

export function actionItemQueries(db: Db) {
  const insert = db.prepare<
    [string, string, string | null, string, string, string | null, string | null, string | null, string]
  >(
    `INSERT INTO action_items (id, workshop_id, activity_id, kind, text, owner_it, owner_marketing, due_date, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const byWorkshop = db.prepare<[string], ActionItemRow>(
    'SELECT * FROM action_items WHERE workshop_id = ? ORDER BY created_at, id',
  );
  const byId = db.prepare<[string], ActionItemRow>('SELECT * FROM action_items WHERE id = ?');
  const remove = db.prepare<[string]>('DELETE FROM action_items WHERE id = ?');
  const update = db.prepare<[string, string, string | null, string | null, string | null, string | null, string]>(
    `UPDATE action_items SET kind = ?, text = ?, owner_it = ?, owner_marketing = ?, due_date = ?, activity_id = ?
     WHERE id = ?`,
  );

  return {
    insert(id: string, workshopId: string, draft: ActionItemDraft, now: string): ActionItem {
      insert.run(
        id,
        workshopId,
        draft.activityId,
        draft.kind,
        draft.text,
        draft.ownerIt,
        draft.ownerMarketing,
        draft.dueDate,
        now,
      );
      return toActionItem(byId.get(id)!);
    },
    listByWorkshop(workshopId: string): ActionItem[] {
      return byWorkshop.all(workshopId).map(toActionItem);
    },
    remove(id: string): boolean {
      return remove.run(id).changes === 1;
    },
    update(id: string, draft: ActionItemDraft): boolean {
      const { kind, text, ownerIt, ownerMarketing, dueDate, activityId } = draft;
      return update.run(kind, text, ownerIt, ownerMarketing, dueDate, activityId, id).changes === 1;
    },
  };
}
