import type { ActivityDefinition } from '../../shared/agenda';
import type { Workshop, WorkshopDetail, WorkshopDetails, WorkshopDraft, WorkshopSummary } from '../../shared/domain';
import { AppError } from '../../shared/result';
import type { Clock } from './clock';
import { writeTransaction, type Db } from './db/connection';
import type { Queries } from './db/queries';

export function workshopService(db: Db, queries: Queries, clock: Clock) {
  const votedActivities = db.prepare<[string], { activity_id: string }>(
    `SELECT DISTINCT r.activity_id FROM rounds r JOIN activities a ON a.id = r.activity_id
      WHERE a.workshop_id = ? AND EXISTS (SELECT 1 FROM votes v WHERE v.round_id = r.id)`,
  );

  const openRoundIn = db.prepare<[string], { id: string }>(
    `SELECT r.id FROM rounds r JOIN activities a ON a.id = r.activity_id
      WHERE a.workshop_id = ? AND r.status = 'open' LIMIT 1`,
  );

  /** Voting carries on while a round is open: the workshop may not leave the room meanwhile. */
  function requireNoOpenRound(id: string, what: string): void {
    if (openRoundIn.get(id)) {
      throw new AppError('conflict', `A round is open. Close it before ${what}. Nothing was changed.`);
    }
  }

  function requireWorkshop(id: string): Workshop {
    const workshop = queries.workshops.get(id);
    if (!workshop) throw new AppError('not-found', 'That workshop no longer exists.');
    return workshop;
  }

  function requireEditable(id: string): Workshop {
    const workshop = requireWorkshop(id);
    if (workshop.deletedAt !== null) {
      throw new AppError('conflict', 'This workshop is in the trash. Restore it to change it.');
    }
    return workshop;
  }

  function detail(id: string): WorkshopDetail {
    return {
      workshop: requireWorkshop(id),
      participants: queries.participants.listByWorkshop(id),
      activities: queries.activities.listByWorkshop(id),
      votedActivityIds: votedActivities.all(id).map((row) => row.activity_id),
    };
  }

  /** Writes a workshop and its agenda in one transaction: all of it or none. */
  const insertWithAgenda = writeTransaction(
    db,
    (draft: WorkshopDraft, language: string, agenda: readonly ActivityDefinition[]): Workshop => {
      const workshop = queries.workshops.insert(clock.newId(), { ...draft, language }, clock.now());
      for (const activity of agenda) {
        const activityId = clock.newId();
        queries.activities.insert(activityId, workshop.id, activity);
        for (const item of activity.items) queries.activities.insertItem(clock.newId(), activityId, item);
      }
      return workshop;
    },
  );

  return {
    requireWorkshop,
    requireEditable,
    detail,
    list(): WorkshopSummary[] {
      return queries.workshops.list();
    },
    listTrash(): WorkshopSummary[] {
      return queries.workshops.listTrash();
    },
    create(draft: WorkshopDraft, agenda: readonly ActivityDefinition[] = [], language = 'en'): Workshop {
      return insertWithAgenda(draft, language, agenda);
    },
    update(id: string, details: WorkshopDetails): WorkshopDetail {
      requireEditable(id);
      queries.workshops.update(id, details, clock.now());
      return detail(id);
    },
    /** Archived workshops leave the active list but keep everything; unarchiving returns them to draft or closed. */
    setArchived: writeTransaction(db, (id: string, archived: boolean): WorkshopDetail => {
      const workshop = requireEditable(id);
      if (archived) {
        requireNoOpenRound(id, 'archiving the workshop');
        queries.workshops.setStatus(id, 'archived', clock.now());
      } else if (workshop.status === 'archived') {
        const hasRounds = detail(id).activities.some((a) => queries.rounds.listByActivity(a.id).length > 0);
        queries.workshops.setStatus(id, hasRounds ? 'closed' : 'draft', clock.now());
      }
      return detail(id);
    }),
    trash: writeTransaction(db, (id: string): void => {
      requireWorkshop(id);
      requireNoOpenRound(id, 'moving the workshop to the trash');
      queries.workshops.trash(id, clock.now());
      if (queries.session.get().openWorkshopId === id) queries.session.setOpenWorkshop(null);
    }),
    restore(id: string): void {
      requireWorkshop(id);
      queries.workshops.restore(id);
    },
    purge(id: string): void {
      const workshop = requireWorkshop(id);
      if (workshop.deletedAt === null) {
        throw new AppError('conflict', 'Only a workshop in the trash can be deleted for good.');
      }
      queries.workshops.purge(id);
    },
    emptyTrash: writeTransaction(db, (): number => {
      const trashed = queries.workshops.listTrash();
      for (const workshop of trashed) queries.workshops.purge(workshop.id);
      return trashed.length;
    }),
    session() {
      return queries.session.get();
    },
    /** Remembers which workshop is open so that a restart lands there again. */
    open(id: string | null) {
      if (id !== null) requireWorkshop(id);
      queries.session.setOpenWorkshop(id);
      return queries.session.get();
    },
  };
}

export type WorkshopService = ReturnType<typeof workshopService>;
