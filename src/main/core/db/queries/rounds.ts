import type { Round, RoundStage, RoundStatus } from '../../../../shared/domain';
import type { Db } from '../connection';

interface RoundRow {
  id: string;
  activity_id: string;
  number: number;
  status: RoundStatus;
  stage: RoundStage | null;
  opened_at: string;
  deadline_at: string | null;
  closed_at: string | null;
  revealed_at: string | null;
}

function toRound(row: RoundRow): Round {
  return {
    id: row.id,
    activityId: row.activity_id,
    number: row.number,
    status: row.status,
    stage: row.stage,
    openedAt: row.opened_at,
    deadlineAt: row.deadline_at,
    closedAt: row.closed_at,
    revealedAt: row.revealed_at,
  };
}

export function roundQueries(db: Db) {
  const open = db.prepare<{
    id: string;
    activityId: string;
    now: string;
    deadlineAt: string | null;
    stage: RoundStage | null;
  }>(
    `INSERT INTO rounds (id, activity_id, number, status, opened_at, deadline_at, stage)
     VALUES (@id, @activityId, (SELECT coalesce(max(number), 0) + 1 FROM rounds WHERE activity_id = @activityId),
             'open', @now, @deadlineAt, @stage)`,
  );
  const byId = db.prepare<[string], RoundRow>('SELECT * FROM rounds WHERE id = ?');
  const byActivity = db.prepare<[string], RoundRow>('SELECT * FROM rounds WHERE activity_id = ? ORDER BY number');
  const close = db.prepare<[string, string]>(
    "UPDATE rounds SET status = 'closed', closed_at = ? WHERE id = ? AND status = 'open'",
  );
  const openInWorkshop = db.prepare<[string], RoundRow>(
    `SELECT r.* FROM rounds r JOIN activities a ON a.id = r.activity_id
      WHERE a.workshop_id = ? AND r.status = 'open' LIMIT 1`,
  );
  const reveal = db.prepare<[string, string]>(
    "UPDATE rounds SET status = 'revealed', revealed_at = ? WHERE id = ? AND status = 'closed'",
  );

  return {
    open(
      id: string,
      activityId: string,
      now: string,
      deadlineAt: string | null = null,
      stage: RoundStage | null = null,
    ): Round {
      open.run({ id, activityId, now, deadlineAt, stage });
      return toRound(byId.get(id)!);
    },
    get(id: string): Round | undefined {
      const row = byId.get(id);
      return row && toRound(row);
    },
    listByActivity(activityId: string): Round[] {
      return byActivity.all(activityId).map(toRound);
    },
    /** The round open anywhere in a workshop; at most one is. */
    openInWorkshop(workshopId: string): Round | null {
      const row = openInWorkshop.get(workshopId);
      return row ? toRound(row) : null;
    },
    /** Only an open round can close; answers false otherwise. */
    close(id: string, now: string): boolean {
      return close.run(now, id).changes === 1;
    },
    /** Only a closed round can be revealed; answers false otherwise. */
    reveal(id: string, now: string): boolean {
      return reveal.run(now, id).changes === 1;
    },
  };
}

export type RoundQueries = ReturnType<typeof roundQueries>;
