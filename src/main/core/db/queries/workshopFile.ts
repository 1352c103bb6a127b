import type {
  ActionItem,
  ActivityConfig,
  Benchmark,
  Note,
  RoundStage,
  RoundStatus,
  Side,
  VoteValue,
  WorkshopStatus,
} from '../../../../shared/domain';
import type { Db } from '../connection';

/**
 * Whole-row inserts for importing a workshop file: every column, positions included, is
 * given explicitly, because a file brings rows that already have their order and times.
 * The caller wraps them in one transaction.
 */

export interface WorkshopRowInput {
  readonly id: string;
  readonly title: string;
  readonly organization: string;
  readonly date: string;
  readonly facilitator: string;
  readonly language: string;
  readonly anonymous: boolean;
  readonly status: WorkshopStatus;
  readonly now: string;
}

export interface ParticipantRowInput {
  readonly id: string;
  readonly workshopId: string;
  readonly position: number;
  readonly name: string;
  readonly side: Side;
  readonly title: string | null;
  readonly now: string;
}

export interface ActivityRowInput {
  readonly id: string;
  readonly workshopId: string;
  readonly position: number;
  readonly title: string;
  readonly prompt: string;
  readonly minutes: number | null;
  readonly config: ActivityConfig;
}

export interface ItemRowInput {
  readonly id: string;
  readonly activityId: string;
  readonly position: number;
  readonly label: string;
  readonly description: string | null;
  readonly benchmark: Benchmark | null;
}

export interface RoundRowInput {
  readonly id: string;
  readonly activityId: string;
  readonly number: number;
  readonly status: RoundStatus;
  readonly stage: RoundStage | null;
  readonly openedAt: string;
  readonly deadlineAt: string | null;
  readonly closedAt: string | null;
  readonly revealedAt: string | null;
}

export interface VoteRowInput {
  readonly roundId: string;
  readonly participantId: string;
  readonly itemId: string;
  readonly value: VoteValue;
  readonly byFacilitator: boolean;
  readonly recordedAt: string;
}

/** A note as stored: the same fields the app reads back. */
export type NoteRowInput = Note;

/** An agreement or action as stored: the same fields the app reads back. */
export type ActionItemRowInput = ActionItem;

export function workshopFileQueries(db: Db) {
  const insertWorkshop = db.prepare<[string, string, string, string, string, string, number, string, string, string]>(
    `INSERT INTO workshops (id, title, organization, date, facilitator, language, anonymous, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertParticipant = db.prepare<[string, string, number, string, Side, string | null, string]>(
    `INSERT INTO participants (id, workshop_id, position, name, side, title, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertActivity = db.prepare<[string, string, number, string, string, string, number | null, string]>(
    `INSERT INTO activities (id, workshop_id, position, kind, title, prompt, minutes, config)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertItem = db.prepare<[string, string, number, string, string | null, string | null]>(
    `INSERT INTO items (id, activity_id, position, label, description, benchmark) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertRound = db.prepare<
    [string, string, number, RoundStatus, string, string | null, string | null, string | null, RoundStage | null]
  >(
    `INSERT INTO rounds (id, activity_id, number, status, opened_at, deadline_at, closed_at, revealed_at, stage)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertVote = db.prepare<[string, string, string, string, number, string]>(
    `INSERT INTO votes (round_id, participant_id, item_id, value, by_facilitator, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertNote = db.prepare<[string, string, string | null, string, string, string]>(
    'INSERT INTO notes (id, workshop_id, activity_id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertActionItem = db.prepare<
    [string, string, string | null, string, string, string | null, string | null, string | null, string]
  >(
    `INSERT INTO action_items (id, workshop_id, activity_id, kind, text, owner_it, owner_marketing, due_date, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  return {
    insertWorkshop(row: WorkshopRowInput): void {
      insertWorkshop.run(
        row.id,
        row.title,
        row.organization,
        row.date,
        row.facilitator,
        row.language,
        row.anonymous ? 1 : 0,
        row.status,
        row.now,
        row.now,
      );
    },
    insertParticipant(row: ParticipantRowInput): void {
      insertParticipant.run(row.id, row.workshopId, row.position, row.name, row.side, row.title, row.now);
    },
    insertActivity(row: ActivityRowInput): void {
      insertActivity.run(
        row.id,
        row.workshopId,
        row.position,
        row.config.kind,
        row.title,
        row.prompt,
        row.minutes,
        JSON.stringify(row.config),
      );
    },
    insertItem(row: ItemRowInput): void {
      insertItem.run(
        row.id,
        row.activityId,
        row.position,
        row.label,
        row.description,
        row.benchmark === null ? null : JSON.stringify(row.benchmark),
      );
    },
    insertRound(row: RoundRowInput): void {
      insertRound.run(
        row.id,
        row.activityId,
        row.number,
        row.status,
        row.openedAt,
        row.deadlineAt,
        row.closedAt,
        row.revealedAt,
        row.stage,
      );
    },
    insertVote(row: VoteRowInput): void {
      insertVote.run(
        row.roundId,
        row.participantId,
        row.itemId,
        JSON.stringify(row.value),
        row.byFacilitator ? 1 : 0,
        row.recordedAt,
      );
    },
    insertNote(row: NoteRowInput): void {
      insertNote.run(row.id, row.workshopId, row.activityId, row.body, row.createdAt, row.updatedAt);
    },
    insertActionItem(row: ActionItemRowInput): void {
      insertActionItem.run(
        row.id,
        row.workshopId,
        row.activityId,
        row.kind,
        row.text,
        row.ownerIt,
        row.ownerMarketing,
        row.dueDate,
        row.createdAt,
      );
    },
  };
}

export type WorkshopFileQueries = ReturnType<typeof workshopFileQueries>;
