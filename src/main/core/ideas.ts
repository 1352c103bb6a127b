import type { Activity, Item } from '../../shared/domain';
import {
  ideaKey,
  ideasConfigSchema,
  ideasProblem,
  ideaTextProblem,
  MAX_IDEAS,
  RAISED,
  tidyIdea,
  type IdeasConfig,
} from '../../shared/kinds/ideasRules';
import { stageOf } from '../../shared/kinds/stages';
import { AppError } from '../../shared/result';
import type { Clock } from './clock';
import { writeTransaction, type Db } from './db/connection';
import type { Queries } from './db/queries';
import type { WorkshopService } from './workshops';

/** The order ideas are listed in: the same whatever the order they were written in. */
const alphabetical = new Intl.Collator('en').compare;

/**
 * The ideas kind's own writes: a person's ideas in a collect round, and the facilitator's
 * curating between the collect round and the vote (merging duplicates, editing wording).
 * An idea is an item of the activity; who wrote it is that person's `raised` vote on it,
 * so authorship is kept, exported and protected exactly like a vote.
 */
export function ideasService(db: Db, queries: Queries, clock: Clock, workshops: WorkshopService) {
  function ideasActivity(activityId: string): { activity: Activity; config: IdeasConfig } {
    const activity = queries.activities.get(activityId);
    if (!activity) throw new AppError('not-found', 'That activity is no longer on the agenda.');
    const config = ideasConfigSchema.safeParse(activity.config);
    if (!config.success) throw new AppError('invalid-input', 'This activity does not collect ideas.');
    return { activity, config: config.data };
  }

  function requireIdea(itemId: string): { item: Item; activity: Activity; config: IdeasConfig } {
    const found = queries.activities.getItem(itemId);
    if (!found) throw new AppError('not-found', 'That idea is no longer on the list.');
    const { activity, config } = ideasActivity(found.activityId);
    return { item: activity.items.find((i) => i.id === itemId)!, activity, config };
  }

  /** Curating happens between rounds, and stops once the room has voted on the ideas. */
  function refuseCurating(activity: Activity, what: string): void {
    workshops.requireEditable(activity.workshopId);
    if (queries.rounds.listByActivity(activity.id).some((round) => round.status === 'open')) {
      throw new AppError('conflict', `A round is open on these ideas, so ${what} until it is closed.`);
    }
    if (queries.ideas.votesInStage(activity.id, 'vote') > 0) {
      throw new AppError(
        'conflict',
        `The room has already voted on these ideas, so ${what}: the votes were given to the ideas as they read.`,
      );
    }
  }

  /** An idea is removed once nobody has raised or backed it any more. */
  function dropIfOrphan(itemId: string): void {
    if (queries.ideas.votesOnItem(itemId) === 0) queries.activities.removeItem(itemId);
  }

  /** Refuses a wording the activity's ideas may not take: broken, too long, or another idea's (`itemId` aside). */
  function refuseWording(activity: Activity, config: IdeasConfig, text: string, itemId: string | null): void {
    const problem = ideaTextProblem(text, config.maxLength, 'The idea');
    if (problem) throw new AppError('invalid-input', problem, ['text']);
    const key = ideaKey(text);
    const twin = activity.items.find((other) => other.id !== itemId && ideaKey(other.label) === key);
    if (twin) {
      throw new AppError('conflict', `“${twin.label}” already says this: merge the two ideas instead.`, ['text']);
    }
  }

  /** In the order written, the list would tell a room watching the shared screen whose ideas come first. */
  function listAlphabetically(activityId: string): void {
    const listed = queries.activities.get(activityId)!.items.map((item) => ({ id: item.id, key: ideaKey(item.label) }));
    queries.ideas.putInOrder(listed.sort((a, b) => alphabetical(a.key, b.key)).map((item) => item.id));
  }

  const submit = writeTransaction(
    db,
    (roundId: string, participantId: string, texts: readonly string[], byFacilitator: boolean): string => {
      const round = queries.rounds.get(roundId);
      if (!round) throw new AppError('not-found', 'That round no longer exists.');
      if (round.status !== 'open') {
        throw new AppError('conflict', 'This round is closed: ideas can no longer be written or changed.');
      }
      const { activity, config } = ideasActivity(round.activityId);
      if (stageOf(activity.kind, round.stage)?.input !== 'texts') {
        throw new AppError('conflict', 'This round votes on the ideas: choose among them instead of writing new ones.');
      }
      if (queries.session.currentActivity(activity.workshopId) !== activity.id) {
        throw new AppError('conflict', 'This activity is not the one the room is on.');
      }
      const participant = queries.participants.get(participantId);
      if (!participant || participant.workshopId !== activity.workshopId) {
        throw new AppError('invalid-input', 'That person is not a participant of this workshop.');
      }
      const problem = ideasProblem(config, texts);
      if (problem) {
        throw new AppError(
          'invalid-input',
          problem.message,
          problem.index === undefined ? undefined : ['ideas', problem.index],
        );
      }
      // A changed answer replaces the person's ideas as a whole; an idea only they wrote goes with it.
      const before = queries.ideas.itemsMarked(round.id, participantId);
      queries.ideas.clear(round.id, participantId);
      for (const itemId of before) dropIfOrphan(itemId);

      const now = clock.now();
      const byKey = new Map(queries.activities.get(activity.id)!.items.map((item) => [ideaKey(item.label), item.id]));
      for (const text of texts) {
        // The same idea written by someone else is that idea raised once more, not a second copy.
        let itemId = byKey.get(ideaKey(text));
        if (itemId === undefined) {
          if (byKey.size >= MAX_IDEAS) {
            throw new AppError('conflict', `This activity already holds ${MAX_IDEAS} ideas, the most it can hold.`);
          }
          itemId = clock.newId();
          queries.activities.insertItem(itemId, activity.id, {
            label: tidyIdea(text),
            description: null,
            benchmark: null,
          });
          byKey.set(ideaKey(text), itemId);
        }
        queries.ideas.mark(round.id, participantId, itemId, RAISED, byFacilitator, now);
      }
      listAlphabetically(activity.id);
      return now;
    },
  );

  const merge = writeTransaction(db, (fromId: string, intoId: string): string => {
    if (fromId === intoId)
      throw new AppError('invalid-input', 'An idea cannot be merged into itself: choose another idea.');
    const from = requireIdea(fromId);
    const into = requireIdea(intoId);
    if (from.activity.id !== into.activity.id) {
      throw new AppError('invalid-input', 'These ideas answer different questions; only ideas of one activity merge.');
    }
    refuseCurating(from.activity, 'ideas can no longer be merged');
    queries.ideas.moveVotes(fromId, intoId);
    queries.activities.removeItem(fromId);
    return from.activity.workshopId;
  });

  const add = writeTransaction(db, (activityId: string, text: string, description: string | null): void => {
    const { activity, config } = ideasActivity(activityId);
    refuseWording(activity, config, text, null);
    queries.activities.insertItem(clock.newId(), activityId, { label: tidyIdea(text), description, benchmark: null });
    listAlphabetically(activityId);
  });

  const edit = writeTransaction(db, (itemId: string, text: string, description?: string | null): string => {
    const { item, activity, config } = requireIdea(itemId);
    refuseCurating(activity, 'its wording can no longer change');
    refuseWording(activity, config, text, itemId);
    queries.activities.updateItem(itemId, {
      label: tidyIdea(text),
      description: description === undefined ? item.description : description,
      benchmark: null,
    });
    return activity.workshopId;
  });

  return {
    /**
     * Records one person's ideas in an open collect round, replacing what they wrote before
     * in it; committed before it answers, like a ballot.
     */
    submit(roundId: string, participantId: string, texts: readonly string[], byFacilitator: boolean) {
      return { recordedAt: submit(roundId, participantId, texts, byFacilitator) };
    },
    /** Adds an idea before the room writes (the designer's items), held to the rules of a written one. */
    add(activityId: string, text: string, description: string | null): void {
      add(activityId, text, description);
    },
    /** Merges idea `fromId` into `intoId`: its raisers and backers count for `intoId`, and it goes. */
    merge(fromId: string, intoId: string): void {
      merge(fromId, intoId);
    },
    /** Rewords an idea (and, from the agenda, its description), while the room has not voted on the ideas yet. */
    edit(itemId: string, text: string, description?: string | null): void {
      edit(itemId, text, description);
    },
  };
}

export type IdeasService = ReturnType<typeof ideasService>;
