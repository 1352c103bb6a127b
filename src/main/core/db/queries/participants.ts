import type { Participant, ParticipantDraft, Side } from '../../../../shared/domain';
import type { Db } from '../connection';

interface ParticipantRow {
  id: string;
  workshop_id: string;
  position: number;
  name: string;
  side: Side;
  title: string | null;
}

function toParticipant(row: ParticipantRow): Participant {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    name: row.name,
    side: row.side,
    title: row.title,
    position: row.position,
  };
}

export function participantQueries(db: Db) {
  const insert = db.prepare<{
    id: string;
    workshopId: string;
    name: string;
    side: Side;
    title: string | null;
    now: string;
  }>(
    `INSERT INTO participants (id, workshop_id, position, name, side, title, created_at)
     VALUES (@id, @workshopId,
             (SELECT coalesce(max(position), 0) + 1 FROM participants WHERE workshop_id = @workshopId),
             @name, @side, @title, @now)`,
  );
  const byId = db.prepare<[string], ParticipantRow>('SELECT * FROM participants WHERE id = ?');
  const byWorkshop = db.prepare<[string], ParticipantRow>(
    'SELECT * FROM participants WHERE workshop_id = ? ORDER BY position',
  );
  const update = db.prepare<[string, Side, string | null, string]>(
    'UPDATE participants SET name = ?, side = ?, title = ? WHERE id = ?',
  );
  const remove = db.prepare<[string]>('DELETE FROM participants WHERE id = ?');

  return {
    insert(id: string, workshopId: string, draft: ParticipantDraft, now: string): Participant {
      insert.run({ id, workshopId, name: draft.name, side: draft.side, title: draft.title, now });
      return toParticipant(byId.get(id)!);
    },
    get(id: string): Participant | undefined {
      const row = byId.get(id);
      return row && toParticipant(row);
    },
    listByWorkshop(workshopId: string): Participant[] {
      return byWorkshop.all(workshopId).map(toParticipant);
    },
    update(id: string, draft: ParticipantDraft): boolean {
      return update.run(draft.name, draft.side, draft.title, id).changes === 1;
    },
    remove(id: string): boolean {
      return remove.run(id).changes === 1;
    },
  };
}

export type ParticipantQueries = ReturnType<typeof participantQueries>;
