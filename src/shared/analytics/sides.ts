import type { Side, VoteValue } from '../domain';
import type { analyzeCategorical } from './categorical';
import { UNTESTED } from './certainty';
import type { analyzeNumeric } from './numeric';
import type { analyzePrediction } from './prediction';
import { hidesRoom, hidesSide } from './suppression';
import type { AnalysisItem, AnalysisParticipant, ItemResult, NumericSummary, SideResult } from './types';

/**
 * The participants, numbered once per analysis: each round then files its votes in plain
 * arrays by number, which keeps the work linear in the votes and light on allocation.
 */
export interface Roster {
  readonly indexOf: ReadonlyMap<string, number>;
  readonly sides: readonly Side[];
}

export function createRoster(participants: readonly AnalysisParticipant[]): Roster {
  return {
    indexOf: new Map(participants.map((participant, p) => [participant.id, p])),
    sides: participants.map((participant) => participant.side),
  };
}

/** What every kind's item analysis gets: the answers to one item, by participant number. */
export interface ItemAnswers {
  readonly item: AnalysisItem;
  readonly answers: readonly (VoteValue | undefined)[];
}

/**
 * The analyses a kind's `analyze` builds on, handed in by the round's analysis: a kind's
 * definition names which one it uses and how its answers read, and the statistics stay
 * out of every bundle that only needs the kind's settings, ballot rules or text.
 */
export interface KindAnalyses {
  readonly numeric: typeof analyzeNumeric;
  readonly categorical: typeof analyzeCategorical;
  readonly prediction: typeof analyzePrediction;
}

export interface KindContext {
  /** The shared analyses a kind builds its own on. */
  readonly analyses: KindAnalyses;
  /** Each participant's side, by number. */
  readonly sides: readonly Side[];
  readonly anonymous: boolean;
  /** Records that a participant cast a vote that counts. */
  readonly countVoter: (participant: number) => void;
  /** The spread from which a side counts as split. */
  readonly dissentThreshold: number;
}

export type BySide<T> = Record<Side, T>;

export const bySide = <T>(make: () => T): BySide<T> => ({ it: make(), marketing: make(), other: make() });

export function hiddenSide(n: number): SideResult {
  return {
    n,
    mean: null,
    median: null,
    sd: null,
    suppressed: true,
    shares: null,
    top2Share: null,
    aboveMidpointShare: null,
    guess: null,
  };
}

export function plainSide(summary: NumericSummary): SideResult {
  return { ...summary, suppressed: false, shares: null, top2Share: null, aboveMidpointShare: null, guess: null };
}

export const gapOf = (it: NumericSummary, marketing: NumericSummary) =>
  it.mean === null || marketing.mean === null ? null : it.mean - marketing.mean;

export const divergenceOf = (gap: number | null, range: number | null) =>
  gap === null || range === null ? null : Math.min(1, Math.abs(gap) / range);

/** Which of the room's groups are hidden for one item, given how many answered from each side. */
export function visibility(anonymous: boolean, counts: BySide<number>) {
  const it = hidesSide(anonymous, counts.it);
  const marketing = hidesSide(anonymous, counts.marketing);
  const roomN = counts.it + counts.marketing + counts.other;
  const shownN = (it ? 0 : counts.it) + (marketing ? 0 : counts.marketing);
  return { it, marketing, room: hidesRoom(anonymous, roomN, shownN) };
}

export const sizes = <T>(groups: BySide<readonly T[]>): BySide<number> => ({
  it: groups.it.length,
  marketing: groups.marketing.length,
  other: groups.other.length,
});

export const everyone = <T>(groups: BySide<readonly T[]>): T[] => [...groups.it, ...groups.marketing, ...groups.other];

/** An item's result with nothing but its sides filled in; each kind adds its own figures. */
export function itemResult(item: AnalysisItem, it: SideResult, marketing: SideResult, room: SideResult): ItemResult {
  return {
    itemId: item.id,
    label: item.label,
    it,
    marketing,
    room,
    gap: null,
    hedgesG: null,
    disconnect: null,
    top2Gap: null,
    prediction: null,
    aggregatePosition: null,
    divergence: null,
    certainty: UNTESTED,
    top2Certainty: null,
    dissent: null,
    optionGaps: null,
  };
}
