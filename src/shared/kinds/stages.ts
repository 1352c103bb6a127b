import type { RoundResult } from '../analytics/types';
import type { RoundStage } from '../domain';
import { isActivityKind, KINDS } from './index';
import type { AnyKindDefinition } from './types';

/**
 * One stage of a kind whose rounds come in stages. A kind without stages runs plain rounds
 * (stage null). The core opens, checks and analyses a round by its stage's definition, and
 * the console offers the stages in this order.
 */
export interface KindStage {
  readonly id: RoundStage;
  /** The console's button: "Collect ideas". */
  readonly open: string;
  /** The stage as a round's name: "collect round". */
  readonly round: string;
  /**
   * What a person gives in such a round: `texts` they write (each becomes an item of the
   * activity), or answers to the activity's `items`.
   */
  readonly input: 'texts' | 'items';
  /** The one value every answer in such a round holds, when the stage fixes it, and what it says. */
  readonly answer?: { readonly value: string; readonly says: string };
  /**
   * How the screens speak of such a round, where they would say "voted": the console's
   * count and list ("have written", "Still to write"), the projector's count and what it
   * says once the round closes. Unless told, a round is voted in and its results follow.
   */
  readonly words?: StageWords;
  /** How many items the activity needs before such a round can open. */
  readonly minItems: number;
  /** Why it cannot open yet, when the activity has fewer than `minItems` items. */
  readonly needsItems: string;
  /**
   * Whether its rounds are the activity's results (compared between sides, revealed, used
   * for convergence). A stage that is not feeds the next: its rounds are read alongside.
   */
  readonly results: boolean;
  /**
   * How a results round reads this stage's rounds (analysed together as one round), when
   * the stage feeds the results: ideas carry who raised them into the vote.
   */
  readonly readAlongside?: (round: RoundResult, fed: RoundResult) => RoundResult;
}

export interface StageWords {
  /** After the console's count: "have written". */
  readonly answered: string;
  /** After the projector's count: "have written their ideas". */
  readonly answeredInRoom: string;
  /** Before the console's list of those still to answer: "Still to write". */
  readonly pending: string;
  /** The projector's line once such a round closes: "Thank you. The ideas are being gathered for the vote." */
  readonly closed: string;
}

/** How plain rounds are spoken of. */
export const VOTING_WORDS: StageWords = {
  answered: 'have voted',
  answeredInRoom: 'have voted',
  pending: 'Still to vote',
  closed: 'Voting is closed. The results are coming.',
};

/** How the screens speak of a round in this stage; a plain round is voted in. */
export function wordsOf(kind: string, stage: RoundStage | null | undefined): StageWords {
  return stageOf(kind, stage)?.words ?? VOTING_WORDS;
}

/** The stages of a kind's rounds, in the order they are offered; null for a kind without stages. */
export function stagesOf(kind: string): readonly KindStage[] | null {
  const definition: AnyKindDefinition | null = isActivityKind(kind) ? KINDS[kind] : null;
  return definition?.stages ?? null;
}

/** The stage a round is in, as its kind defines it; null for a plain round. */
export function stageOf(kind: string, stage: RoundStage | null | undefined): KindStage | null {
  return stagesOf(kind)?.find((s) => s.id === stage) ?? null;
}

/** Whether the room writes the activity's items (ideas): its first stage collects texts, so it may start with none. */
export function roomWritesItems(kind: string): boolean {
  return stagesOf(kind)?.[0]?.input === 'texts';
}

/**
 * The stage a new round on an activity opens in after its latest round: the first stage,
 * the one after a stage that feeds the results, or the results stage again (a re-vote).
 * Null for a kind without stages.
 */
export function nextStage(kind: string, latest: RoundStage | null | undefined): KindStage | null {
  const stages = stagesOf(kind);
  if (stages === null) return null;
  const current = stageOf(kind, latest);
  if (current === null) return stages[0] ?? null;
  if (current.results) return current;
  return stages[stages.indexOf(current) + 1] ?? current;
}
