import { AppError } from '../../shared/result';
import {
  WORKSHOP_FILE_FORMAT,
  WORKSHOP_FILE_VERSION,
  checkWorkshopFile,
  type WorkshopFile,
  type WorkshopFileVote,
} from '../../shared/workshopFile';
import { systemClock, type Clock } from './clock';
import { writeTransaction, type Db } from './db/connection';
import { workshopFileQueries } from './db/queries/workshopFile';
import type { Queries } from './db/queries';

/** File-local ids: short and readable, and they say nothing about the database they came from. */
function fileIds(prefix: string, ids: readonly string[]): Map<string, string> {
  return new Map(ids.map((id, index) => [id, `${prefix}${index + 1}`]));
}

/** Compares file-local ids such as p2 and p10 by their number. */
function order(a: string, b: string): number {
  return Number(a.slice(1)) - Number(b.slice(1));
}

function lookup(ids: ReadonlyMap<string, string>, id: string, what: string): string {
  const fileId = ids.get(id);
  if (fileId === undefined) {
    throw new AppError('internal', `This workshop cannot be exported: it refers to ${what} ${id} of another workshop.`);
  }
  return fileId;
}

/**
 * The whole workshop as a portable file. Throws AppError `not-found` for an unknown id.
 * The result is checked against the file schema before it is returned, so a file this
 * function writes is always one that `importWorkshop` accepts. To read one consistent
 * snapshot while another process may be writing, call it inside a transaction.
 */
export function exportWorkshop(
  queries: Queries,
  workshopId: string,
  clock: Pick<Clock, 'now'> = systemClock,
): WorkshopFile {
  const checked = checkWorkshopFile(readWorkshop(queries, workshopId, clock));
  if (!checked.ok) {
    throw new AppError('internal', `This workshop cannot be exported: ${checked.error.message}`, checked.error.path);
  }
  return checked.value;
}

function readWorkshop(queries: Queries, workshopId: string, clock: Pick<Clock, 'now'>): WorkshopFile {
  const workshop = queries.workshops.get(workshopId);
  if (!workshop) throw new AppError('not-found', `There is no workshop with id "${workshopId}".`);

  const participants = queries.participants.listByWorkshop(workshopId);
  const activities = queries.activities.listByWorkshop(workshopId);

  const participantIds = fileIds(
    'p',
    participants.map((p) => p.id),
  );
  const activityIds = fileIds(
    'a',
    activities.map((a) => a.id),
  );
  const itemIds = fileIds(
    'i',
    activities.flatMap((a) => a.items.map((i) => i.id)),
  );
  const activityRef = (id: string | null) => (id === null ? null : lookup(activityIds, id, 'activity'));

  return {
    format: WORKSHOP_FILE_FORMAT,
    version: WORKSHOP_FILE_VERSION,
    exportedAt: clock.now(),
    workshop: {
      title: workshop.title,
      organization: workshop.organization,
      date: workshop.date,
      facilitator: workshop.facilitator,
      language: workshop.language,
      anonymous: workshop.anonymous,
      status: workshop.status,
    },
    participants: participants.map((p) => ({
      id: lookup(participantIds, p.id, 'participant'),
      name: p.name,
      side: p.side,
      title: p.title,
    })),
    activities: activities.map((activity) => ({
      id: lookup(activityIds, activity.id, 'activity'),
      title: activity.title,
      prompt: activity.prompt,
      minutes: activity.minutes,
      config: activity.config,
      items: activity.items.map((item) => ({
        id: lookup(itemIds, item.id, 'item'),
        label: item.label,
        description: item.description,
        benchmark: item.benchmark,
      })),
      rounds: queries.rounds.listByActivity(activity.id).map((round) => ({
        number: round.number,
        status: round.status,
        stage: round.stage,
        openedAt: round.openedAt,
        deadlineAt: round.deadlineAt,
        closedAt: round.closedAt,
        revealedAt: round.revealedAt,
        votes: queries.votes
          .listByRound(round.id)
          .map((vote) => ({
            participantId: lookup(participantIds, vote.participantId, 'participant'),
            itemId: lookup(itemIds, vote.itemId, 'item'),
            // Checked with the whole file below: a stored value that does not fit its activity stops the export.
            value: vote.value as WorkshopFileVote['value'],
            byFacilitator: vote.byFacilitator,
            recordedAt: vote.recordedAt,
          }))
          // In the order of the file's participants and items, so the same workshop always writes the same file.
          .sort((a, b) => order(a.participantId, b.participantId) || order(a.itemId, b.itemId)),
      })),
    })),
    notes: queries.notes.listByWorkshop(workshopId).map((note) => ({
      activityId: activityRef(note.activityId),
      body: note.body,
      createdAt: note.createdAt,
      updatedAt: note.updatedAt,
    })),
    actionItems: queries.actionItems.listByWorkshop(workshopId).map((actionItem) => ({
      kind: actionItem.kind,
      text: actionItem.text,
      ownerIt: actionItem.ownerIt,
      ownerMarketing: actionItem.ownerMarketing,
      dueDate: actionItem.dueDate,
      activityId: activityRef(actionItem.activityId),
      createdAt: actionItem.createdAt,
    })),
  };
}

/**
 * Writes a workshop file into the database as a new workshop, in one transaction: either
 * all of it is written or, if anything fails, nothing is. Every row gets a fresh id, so
 * the same file imported twice gives two independent workshops.
 *
 * The file is checked again here (AppError `invalid-input`), whoever parsed it before.
 */
export function importWorkshop(db: Db, file: WorkshopFile, clock: Clock): { workshopId: string } {
  const checked = checkWorkshopFile(file);
  if (!checked.ok) throw new AppError(checked.error.code, checked.error.message, checked.error.path);
  const data = checked.value;
  const write = workshopFileQueries(db);

  return writeTransaction(db, () => {
    const now = clock.now();
    const workshopId = clock.newId();
    write.insertWorkshop({ id: workshopId, ...data.workshop, now });

    const participantIds = new Map<string, string>();
    data.participants.forEach((participant, index) => {
      const id = clock.newId();
      participantIds.set(participant.id, id);
      write.insertParticipant({
        id,
        workshopId,
        position: index + 1,
        name: participant.name,
        side: participant.side,
        title: participant.title,
        now,
      });
    });

    const activityIds = new Map<string, string>();
    data.activities.forEach((activity, index) => {
      const activityId = clock.newId();
      activityIds.set(activity.id, activityId);
      write.insertActivity({
        id: activityId,
        workshopId,
        position: index + 1,
        title: activity.title,
        prompt: activity.prompt,
        minutes: activity.minutes,
        config: activity.config,
      });

      // Item ids are unique within their activity, so they are mapped per activity.
      const itemIds = new Map<string, string>();
      activity.items.forEach((item, itemIndex) => {
        const itemId = clock.newId();
        itemIds.set(item.id, itemId);
        write.insertItem({
          id: itemId,
          activityId,
          position: itemIndex + 1,
          label: item.label,
          description: item.description,
          benchmark: item.benchmark,
        });
      });

      for (const round of activity.rounds) {
        const roundId = clock.newId();
        write.insertRound({
          id: roundId,
          activityId,
          number: round.number,
          status: round.status,
          stage: round.stage,
          openedAt: round.openedAt,
          deadlineAt: round.deadlineAt,
          closedAt: round.closedAt,
          revealedAt: round.revealedAt,
        });
        for (const vote of round.votes) {
          write.insertVote({
            roundId,
            participantId: participantIds.get(vote.participantId)!,
            itemId: itemIds.get(vote.itemId)!,
            // Checked with the whole file below: a stored value that does not fit its activity stops the export.
            value: vote.value as WorkshopFileVote['value'],
            byFacilitator: vote.byFacilitator,
            recordedAt: vote.recordedAt,
          });
        }
      }
    });

    const activityRef = (id: string | null) => (id === null ? null : activityIds.get(id)!);
    for (const note of data.notes) {
      write.insertNote({
        id: clock.newId(),
        workshopId,
        activityId: activityRef(note.activityId),
        body: note.body,
        createdAt: note.createdAt,
        updatedAt: note.updatedAt,
      });
    }
    for (const actionItem of data.actionItems) {
      write.insertActionItem({
        id: clock.newId(),
        workshopId,
        activityId: activityRef(actionItem.activityId),
        kind: actionItem.kind,
        text: actionItem.text,
        ownerIt: actionItem.ownerIt,
        ownerMarketing: actionItem.ownerMarketing,
        dueDate: actionItem.dueDate,
        createdAt: actionItem.createdAt,
      });
    }

    return { workshopId };
  })();
}
