import type { ActivityResult, AnalysisActivity, WorkshopAnalysis } from './analytics';
import type {
  ActionItem,
  Activity,
  ActivityConfig,
  ActivityKind,
  Note,
  Round,
  RoundStage,
  RoundStatus,
  Side,
  Workshop,
} from './domain';

export interface Voter {
  readonly id: string;
  readonly name: string;
  readonly side: Side;
}

/**
 * Who a window shows the room to. The core decides it per window, never the window itself:
 * the facilitator's own screen, the shared screen handed to the room as a ballot, or the
 * projector.
 */
export const AUDIENCES = ['facilitator', 'ballot', 'room'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Who has voted in a round, and who has not: never what anyone answered. */
export interface Progress {
  readonly total: number;
  readonly voted: readonly Voter[];
  readonly pending: readonly Voter[];
}

/** A round as a screen may know it: its place and its clock, nothing voted in it. */
export interface RoundView {
  readonly id: string;
  readonly activityId: string;
  readonly number: number;
  readonly status: RoundStatus;
  /** Which stage of its kind the round is (ideas: collect or vote); null for a plain round. */
  readonly stage: RoundStage | null;
  readonly deadlineAt: string | null;
}

/** An item as a voter sees it: no published figure to anchor the answer. */
export interface BallotItem {
  readonly id: string;
  readonly label: string;
  readonly description: string | null;
}

export interface BallotActivity {
  readonly id: string;
  readonly kind: ActivityKind;
  readonly title: string;
  readonly prompt: string;
  readonly config: ActivityConfig;
  readonly items: readonly BallotItem[];
}

/**
 * The shared-screen ballot: the open question and who has voted (names only). Nobody's
 * answers, and no result, ever reach it.
 */
export interface BallotView {
  readonly audience: 'ballot';
  readonly version: number;
  readonly workshop: { readonly id: string; readonly title: string; readonly anonymous: boolean };
  readonly participants: readonly Voter[];
  readonly round: RoundView | null;
  readonly activity: BallotActivity | null;
  /** The ids of those who have voted in the open round. */
  readonly voted: readonly string[];
  /** Those the facilitator has let change their answers, once each. */
  readonly mayChange: readonly string[];
}

/**
 * The projector: the question, how many have voted (a count), the clock, and, once a round
 * is revealed, its aggregated results.
 */
export interface RoomView {
  readonly audience: 'room';
  readonly version: number;
  readonly workshop: { readonly id: string; readonly title: string };
  /** The current activity's place on the agenda, 1-based. */
  readonly position: number;
  readonly activityCount: number;
  readonly activity: AnalysisActivity | null;
  readonly prompt: string;
  /** The current activity's latest round. */
  readonly round: RoundView | null;
  readonly progress: { readonly voted: number; readonly total: number } | null;
  /** The analysis of the current activity's revealed rounds; null before a reveal. */
  readonly revealed: ActivityResult | null;
  /** Which page of the revealed results the facilitator has put on the projector. */
  readonly page: number;
}

/** Everything the facilitator's console shows about the room right now. */
export interface FacilitatorView {
  readonly audience: 'facilitator';
  readonly version: number;
  readonly workshop: Workshop;
  readonly participants: readonly Voter[];
  readonly activities: readonly Activity[];
  readonly currentActivityId: string | null;
  /** For every activity on the agenda: how many rounds it has had and where the latest stands. */
  readonly stages: Readonly<
    Record<string, { readonly rounds: number; readonly status: RoundStatus | null; readonly stage: RoundStage | null }>
  >;
  /** Every round of the current activity, oldest first. */
  readonly rounds: readonly Round[];
  /** The round that is open anywhere in the workshop, if any. */
  readonly openRound: Round | null;
  readonly progress: Progress | null;
  /** The current activity's analysis over its revealed rounds only; null before a reveal. */
  readonly revealed: ActivityResult | null;
  readonly notes: readonly Note[];
  readonly actionItems: readonly ActionItem[];
  /** Which page of the revealed results the projector shows. */
  readonly page: number;
  /** Whether the shared screen is handed to the room (then it shows the ballot). */
  readonly ballotHandedOver: boolean;
}

export type LiveView = BallotView | RoomView | FacilitatorView;

/** What a window is, as the core sees it: the audience it serves and the workshop it is locked to. */
export interface Seat {
  readonly audience: Audience;
  /** The workshop a ballot or projector window is bound to; null for the facilitator's window. */
  readonly workshopId: string | null;
}

/** A round the room has voted in (or is voting in) whose results are not revealed yet. */
export interface PendingRound {
  readonly number: number;
  readonly status: Exclude<RoundStatus, 'revealed'>;
  /** How many have voted, never what they answered. */
  readonly voters: number;
}

/**
 * The Results tab: the analysis the core computed (revealed rounds only unless the
 * facilitator asked for the others), and the agenda in the shape the charts read. No vote.
 */
export interface ResultsView {
  readonly version: number;
  readonly includeUnrevealed: boolean;
  /** Whether anyone has voted on anything in the workshop. */
  readonly hasVotes: boolean;
  readonly activities: readonly AnalysisActivity[];
  readonly analysis: WorkshopAnalysis;
  /** Per activity whose latest round is not revealed: that round. */
  readonly pending: Readonly<Record<string, PendingRound>>;
}

export interface ActionItemInput {
  readonly kind: 'agreement' | 'action';
  readonly text: string;
  readonly ownerIt: string | null;
  readonly ownerMarketing: string | null;
  readonly dueDate: string | null;
  readonly activityId: string | null;
}

/** The facilitator's view under the name the console's panels read it by. */
export type LiveState = FacilitatorView;

/** An agenda activity in the shape the charts and the analytics read, without a single vote. */
export function agendaActivity(activity: Activity): AnalysisActivity {
  return {
    id: activity.id,
    kind: activity.kind,
    title: activity.title,
    config: activity.config,
    items: activity.items.map((item) => ({ id: item.id, label: item.label, benchmark: item.benchmark })),
    rounds: [],
  };
}
