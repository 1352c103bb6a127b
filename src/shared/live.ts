import type { ActivityResult } from './analytics';
import type { ActionItem, Activity, Note, Round, RoundStatus, Side, Workshop } from './domain';

export interface Voter {
  readonly id: string;
  readonly name: string;
  readonly side: Side;
}

/** Who has voted in a round, and who has not: never what anyone answered. */
export interface Progress {
  readonly total: number;
  readonly voted: readonly Voter[];
  readonly pending: readonly Voter[];
}

/** Everything the console, the ballot and the presenter show about the room right now. */
export interface LiveState {
  readonly workshop: Workshop;
  readonly participants: readonly Voter[];
  readonly activities: readonly Activity[];
  readonly currentActivityId: string | null;
  /** For every activity on the agenda: how many rounds it has had and where the latest stands. */
  readonly stages: Readonly<Record<string, { readonly rounds: number; readonly status: RoundStatus | null }>>;
  /** Every round of the current activity, oldest first. */
  readonly rounds: readonly Round[];
  /** The round that is open anywhere in the workshop, if any. */
  readonly openRound: Round | null;
  readonly progress: Progress | null;
  /** The current activity's analysis over its revealed rounds only; null before a reveal. */
  readonly revealed: ActivityResult | null;
  readonly notes: readonly Note[];
  readonly actionItems: readonly ActionItem[];
}

export interface ActionItemInput {
  readonly kind: 'agreement' | 'action';
  readonly text: string;
  readonly ownerIt: string | null;
  readonly ownerMarketing: string | null;
  readonly dueDate: string | null;
  readonly activityId: string | null;
}
