import { activityDefinitionSchema, type ItemDefinition } from '../../shared/agenda';
import { newActivity } from '../../shared/activities';
import { roomWritesItems } from '../../shared/kinds/stages';
import type { ActivityConfig, ActivityKind, WorkshopDetail } from '../../shared/domain';
import { unknownKindProblem } from '../../shared/kinds';
import { AppError } from '../../shared/result';
import type { Clock } from './clock';
import { writeTransaction, type Db } from './db/connection';
import type { Queries } from './db/queries';
import type { IdeasService } from './ideas';
import type { WorkshopService } from './workshops';

export const MAX_ACTIVITIES = 50;
export const MAX_ITEMS = 60;

export interface ActivityEdit {
  readonly title: string;
  readonly prompt: string;
  readonly minutes: number | null;
  readonly config: ActivityConfig;
}

export function agendaService(db: Db, queries: Queries, clock: Clock, workshops: WorkshopService, ideas: IdeasService) {
  function requireActivity(id: string) {
    const activity = queries.activities.get(id);
    if (!activity) throw new AppError('not-found', 'That activity is no longer on the agenda.');
    workshops.requireEditable(activity.workshopId);
    return activity;
  }

  function requireItem(id: string) {
    const item = queries.activities.getItem(id);
    if (!item) throw new AppError('not-found', 'That item is no longer in the activity.');
    return { item, activity: requireActivity(item.activityId) };
  }

  /** Votes are kept exactly as cast: an activity that holds votes keeps its settings and items. */
  function refuseIfVoted(activityId: string, what: string) {
    // The ballot being answered must stay the one the room sees until the round closes.
    if (queries.rounds.listByActivity(activityId).some((round) => round.status === 'open')) {
      throw new AppError('conflict', `Voting is open on this activity, so ${what} until the round is closed.`);
    }
    if (queries.votes.countByActivity(activityId) > 0) {
      throw new AppError(
        'conflict',
        `This activity already holds votes, so ${what}. Duplicate it to make a new version.`,
      );
    }
  }

  const addActivity = writeTransaction(db, (workshopId: string, kind: ActivityKind): string => {
    // The kind comes from the registry of kinds, whoever asks: the database no longer lists them.
    const unknown = unknownKindProblem(kind);
    if (unknown) throw new AppError('invalid-input', unknown, ['kind']);
    workshops.requireEditable(workshopId);
    if (queries.activities.listByWorkshop(workshopId).length >= MAX_ACTIVITIES) {
      throw new AppError('invalid-input', `An agenda holds at most ${MAX_ACTIVITIES} activities.`);
    }
    const definition = newActivity(kind);
    const id = clock.newId();
    queries.activities.insert(id, workshopId, definition);
    for (const item of definition.items) queries.activities.insertItem(clock.newId(), id, item);
    return id;
  });

  const duplicateActivity = writeTransaction(db, (id: string): void => {
    const source = requireActivity(id);
    const copyId = clock.newId();
    queries.activities.insert(copyId, source.workshopId, {
      title: `${source.title} (copy)`.slice(0, 200),
      prompt: source.prompt,
      minutes: source.minutes,
      config: source.config,
    });
    for (const item of source.items) queries.activities.insertItem(clock.newId(), copyId, item);
    queries.activities.move(copyId, source.position); // right after the original (0-based index = position)
  });

  return {
    addActivity(workshopId: string, kind: ActivityKind): WorkshopDetail {
      addActivity(workshopId, kind);
      return workshops.detail(workshopId);
    },
    updateActivity(id: string, edit: ActivityEdit): WorkshopDetail {
      const activity = requireActivity(id);
      const settingsChanged = JSON.stringify(activity.config) !== JSON.stringify(edit.config);
      if (settingsChanged) refuseIfVoted(id, 'its settings cannot change');
      // Validate the whole activity as it will be, items included, before writing.
      const items = activity.items.map(({ label, description, benchmark }) => ({ label, description, benchmark }));
      const parsed = activityDefinitionSchema.safeParse({ ...edit, items });
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new AppError(
          'invalid-input',
          issue.message,
          issue.path.map((k) => (typeof k === 'number' ? k : String(k))),
        );
      }
      queries.activities.update(id, edit);
      return workshops.detail(activity.workshopId);
    },
    moveActivity(id: string, toIndex: number): WorkshopDetail {
      const activity = requireActivity(id);
      queries.activities.move(id, toIndex);
      return workshops.detail(activity.workshopId);
    },
    duplicateActivity(id: string): WorkshopDetail {
      const activity = requireActivity(id);
      if (queries.activities.listByWorkshop(activity.workshopId).length >= MAX_ACTIVITIES) {
        throw new AppError('invalid-input', `An agenda holds at most ${MAX_ACTIVITIES} activities.`);
      }
      duplicateActivity(id);
      return workshops.detail(activity.workshopId);
    },
    removeActivity(id: string): WorkshopDetail {
      const activity = requireActivity(id);
      refuseIfVoted(id, 'it cannot be removed');
      queries.activities.remove(id);
      return workshops.detail(activity.workshopId);
    },
    addItem(activityId: string, item: ItemDefinition): WorkshopDetail {
      const activity = requireActivity(activityId);
      refuseIfVoted(activityId, 'its items cannot change');
      if (activity.items.length >= MAX_ITEMS) {
        throw new AppError('invalid-input', `An activity holds at most ${MAX_ITEMS} items.`);
      }
      // Items the room writes (ideas) are held to the rules of a written one, whichever screen adds them.
      if (roomWritesItems(activity.kind)) ideas.add(activityId, item.label, item.description);
      else queries.activities.insertItem(clock.newId(), activityId, item);
      return workshops.detail(activity.workshopId);
    },
    updateItem(id: string, edit: ItemDefinition): WorkshopDetail {
      const { item, activity } = requireItem(id);
      // Items the room writes (ideas) are reworded by the rules of curating them, whichever screen asks.
      if (roomWritesItems(activity.kind)) {
        ideas.edit(item.id, edit.label, edit.description);
        return workshops.detail(activity.workshopId);
      }
      // Wording and benchmark may be corrected after voting; what was voted on stays the same item.
      queries.activities.updateItem(item.id, edit);
      return workshops.detail(activity.workshopId);
    },
    moveItem(id: string, toIndex: number): WorkshopDetail {
      const { item, activity } = requireItem(id);
      queries.activities.moveItem(item.id, toIndex);
      return workshops.detail(activity.workshopId);
    },
    removeItem(id: string): WorkshopDetail {
      const { item, activity } = requireItem(id);
      refuseIfVoted(activity.id, 'its items cannot change');
      if (activity.items.length <= 1 && !roomWritesItems(activity.kind)) {
        throw new AppError('invalid-input', 'An activity needs at least one item; remove the activity instead.');
      }
      queries.activities.removeItem(item.id);
      return workshops.detail(activity.workshopId);
    },
  };
}
