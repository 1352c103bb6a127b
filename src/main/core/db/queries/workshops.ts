import type { Workshop, WorkshopDraft, WorkshopStatus, WorkshopSummary } from '../../../../shared/domain';
import type { Db } from '../connection';

interface WorkshopRow {
  id: string;
  title: string;
  organization: string;
  date: string;
  facilitator: string;
  language: string;
  anonymous: number;
  status: WorkshopStatus;
  created_at: string;
  updated_at: string;
}

interface WorkshopSummaryRow extends WorkshopRow {
  participant_count: number;
  activity_count: number;
}

function toWorkshop(row: WorkshopRow): Workshop {
  return {
    id: row.id,
    title: row.title,
    organization: row.organization,
    date: row.date,
    facilitator: row.facilitator,
    language: row.language,
    anonymous: row.anonymous === 1,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function workshopQueries(db: Db) {
  const insert = db.prepare<[string, string, string, string, string, string, string]>(
    `INSERT INTO workshops (id, title, organization, date, facilitator, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const byId = db.prepare<[string], WorkshopRow>('SELECT * FROM workshops WHERE id = ?');
  const list = db.prepare<[], WorkshopSummaryRow>(
    `SELECT w.*,
            (SELECT count(*) FROM participants p WHERE p.workshop_id = w.id) AS participant_count,
            (SELECT count(*) FROM activities a WHERE a.workshop_id = w.id) AS activity_count
       FROM workshops w
      ORDER BY w.date DESC, w.created_at DESC`,
  );
  const setStatus = db.prepare<[WorkshopStatus, string, string]>(
    'UPDATE workshops SET status = ?, updated_at = ? WHERE id = ?',
  );

  return {
    insert(id: string, draft: WorkshopDraft, now: string): Workshop {
      insert.run(id, draft.title, draft.organization, draft.date, draft.facilitator, now, now);
      return toWorkshop(byId.get(id)!);
    },
    get(id: string): Workshop | undefined {
      const row = byId.get(id);
      return row && toWorkshop(row);
    },
    list(): WorkshopSummary[] {
      return list.all().map((row) => ({
        ...toWorkshop(row),
        participantCount: row.participant_count,
        activityCount: row.activity_count,
      }));
    },
    setStatus(id: string, status: WorkshopStatus, now: string): boolean {
      return setStatus.run(status, now, id).changes === 1;
    },
  };
}

export type WorkshopQueries = ReturnType<typeof workshopQueries>;
