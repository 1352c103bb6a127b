import type { SessionState } from '../../../../shared/domain';
import type { Db } from '../connection';

/** The resume point: the open workshop, and per workshop the current activity. */
export function sessionQueries(db: Db) {
  const getSession = db.prepare<[], { open_workshop_id: string | null }>(
    'SELECT open_workshop_id FROM session WHERE id = 1',
  );
  const setOpen = db.prepare<[string | null]>('UPDATE session SET open_workshop_id = ? WHERE id = 1');
  const getCurrent = db.prepare<[string], { current_activity_id: string | null }>(
    'SELECT current_activity_id FROM workshop_progress WHERE workshop_id = ?',
  );
  const setCurrent = db.prepare<[string, string | null, string]>(
    `INSERT INTO workshop_progress (workshop_id, current_activity_id, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (workshop_id) DO UPDATE SET current_activity_id = excluded.current_activity_id,
                                             updated_at = excluded.updated_at`,
  );

  return {
    get(): SessionState {
      return { openWorkshopId: getSession.get()?.open_workshop_id ?? null };
    },
    setOpenWorkshop(workshopId: string | null): void {
      setOpen.run(workshopId);
    },
    currentActivity(workshopId: string): string | null {
      return getCurrent.get(workshopId)?.current_activity_id ?? null;
    },
    setCurrentActivity(workshopId: string, activityId: string | null, now: string): void {
      setCurrent.run(workshopId, activityId, now);
    },
  };
}

export type SessionQueries = ReturnType<typeof sessionQueries>;
