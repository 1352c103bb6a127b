import type {
  Workshop,
  WorkshopDetails,
  WorkshopDraft,
  WorkshopStatus,
  WorkshopSummary,
} from '../../../../shared/domain';
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
  deleted_at: string | null;
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
    deletedAt: row.deleted_at,
  };
}

function toSummary(row: WorkshopSummaryRow): WorkshopSummary {
  return { ...toWorkshop(row), participantCount: row.participant_count, activityCount: row.activity_count };
}

const SUMMARY_COLUMNS = `w.*,
  (SELECT count(*) FROM participants p WHERE p.workshop_id = w.id) AS participant_count,
  (SELECT count(*) FROM activities a WHERE a.workshop_id = w.id) AS activity_count`;

export function workshopQueries(db: Db) {
  const insert = db.prepare<{
    id: string;
    title: string;
    organization: string;
    date: string;
    facilitator: string;
    language: string;
    anonymous: number;
    now: string;
  }>(
    `INSERT INTO workshops (id, title, organization, date, facilitator, language, anonymous, created_at, updated_at)
     VALUES (@id, @title, @organization, @date, @facilitator, @language, @anonymous, @now, @now)`,
  );
  const byId = db.prepare<[string], WorkshopRow>('SELECT * FROM workshops WHERE id = ?');
  const list = db.prepare<[], WorkshopSummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM workshops w WHERE w.deleted_at IS NULL ORDER BY w.date DESC, w.created_at DESC`,
  );
  const listTrash = db.prepare<[], WorkshopSummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM workshops w WHERE w.deleted_at IS NOT NULL ORDER BY w.deleted_at DESC`,
  );
  const update = db.prepare<[string, string, string, string, string, number, string, string]>(
    `UPDATE workshops SET title = ?, organization = ?, date = ?, facilitator = ?, language = ?, anonymous = ?,
            updated_at = ?
      WHERE id = ?`,
  );
  const setStatus = db.prepare<[WorkshopStatus, string, string]>(
    'UPDATE workshops SET status = ?, updated_at = ? WHERE id = ?',
  );
  const setDeleted = db.prepare<[string | null, string]>('UPDATE workshops SET deleted_at = ? WHERE id = ?');
  const purge = db.prepare<[string]>('DELETE FROM workshops WHERE id = ? AND deleted_at IS NOT NULL');

  return {
    insert(id: string, draft: WorkshopDraft & Partial<Pick<WorkshopDetails, 'language' | 'anonymous'>>, now: string) {
      insert.run({
        id,
        title: draft.title,
        organization: draft.organization,
        date: draft.date,
        facilitator: draft.facilitator,
        language: draft.language ?? 'en',
        anonymous: draft.anonymous === false ? 0 : 1,
        now,
      });
      return toWorkshop(byId.get(id)!);
    },
    get(id: string): Workshop | undefined {
      const row = byId.get(id);
      return row && toWorkshop(row);
    },
    /** The workshops not in the trash, newest date first. */
    list(): WorkshopSummary[] {
      return list.all().map(toSummary);
    },
    listTrash(): WorkshopSummary[] {
      return listTrash.all().map(toSummary);
    },
    update(id: string, details: WorkshopDetails, now: string): boolean {
      const { title, organization, date, facilitator, language, anonymous } = details;
      return update.run(title, organization, date, facilitator, language, anonymous ? 1 : 0, now, id).changes === 1;
    },
    setStatus(id: string, status: WorkshopStatus, now: string): boolean {
      return setStatus.run(status, now, id).changes === 1;
    },
    trash(id: string, now: string): boolean {
      return setDeleted.run(now, id).changes === 1;
    },
    restore(id: string): boolean {
      return setDeleted.run(null, id).changes === 1;
    },
    /** Deletes for good, and only what is already in the trash. */
    purge(id: string): boolean {
      return purge.run(id).changes === 1;
    },
  };
}

export type WorkshopQueries = ReturnType<typeof workshopQueries>;
