import type { ActivityConfig, ActivityKind, Benchmark, RoundStage, RoundStatus, Side, VoteValue } from '../domain';
import type { MatrixQuadrant } from '../kinds/matrix';

// ── What the analytics read ────────────────────────────────────────────────────
// A plain snapshot of a workshop, independent of how it is stored: the core builds it
// from SQLite, the command line from a workshop file, the tests by hand.

export interface AnalysisParticipant {
  readonly id: string;
  readonly side: Side;
}

export interface AnalysisItem {
  readonly id: string;
  readonly label: string;
  readonly benchmark: Benchmark | null;
}

export interface AnalysisVote {
  readonly participantId: string;
  readonly itemId: string;
  readonly value: VoteValue;
}

export interface AnalysisRound {
  readonly id: string;
  readonly number: number;
  readonly status: RoundStatus;
  /** Which stage of its kind the round is (ideas: collect or vote); absent or null for a plain round. */
  readonly stage?: RoundStage | null;
  readonly votes: readonly AnalysisVote[];
}

export interface AnalysisActivity {
  readonly id: string;
  /** Expected to equal `config.kind`; the config decides how votes are read. */
  readonly kind: ActivityKind;
  readonly title: string;
  readonly config: ActivityConfig;
  readonly items: readonly AnalysisItem[];
  readonly rounds: readonly AnalysisRound[];
}

export interface AnalysisInput {
  /** With anonymity on, a side with fewer than three voters on an item is not broken out. */
  readonly anonymous: boolean;
  readonly participants: readonly AnalysisParticipant[];
  readonly activities: readonly AnalysisActivity[];
  /**
   * How wide a side's spread must be (0..1, see `SideDissent.spread`) before the side is
   * called split on an item; `DEFAULT_DISSENT_THRESHOLD` unless the workshop sets it.
   */
  readonly dissentThreshold?: number;
}

export interface AnalysisOptions {
  /** How many items `topDivergences` lists; 10 unless given. */
  readonly topDivergenceLimit?: number;
}

// ── What the analytics report ──────────────────────────────────────────────────

/** The two sides every comparison is about; `other` only counts in the room's totals. */
export type ComparedSide = 'it' | 'marketing';

export interface NumericSummary {
  readonly n: number;
  readonly mean: number | null;
  readonly median: number | null;
  /** Sample standard deviation (n − 1); null when n < 2. */
  readonly sd: number | null;
}

/** One side's answers to one item in one round. */
export interface SideResult extends NumericSummary {
  /** True when anonymity hides this group: every figure but `n` is then null. */
  readonly suppressed: boolean;
  /**
   * The distribution of answers: per option id for ownership and choice (the share of
   * the side's voters who picked it), per level "1".."5" for likert; null otherwise.
   */
  readonly shares: Readonly<Record<string, number>> | null;
  /** Likert: share of voters answering 4 or 5. */
  readonly top2Share: number | null;
  /** Scale: share of voters above the scale's midpoint, the counterpart of likert's top-2-box. */
  readonly aboveMidpointShare: number | null;
  /** Prediction: the side's guesses of the other side's answer. */
  readonly guess: NumericSummary | null;
  /** Matrix: the group's mean place on the two axes; null when hidden or empty. */
  readonly position?: MatrixPosition | null;
}

export interface PredictionResult {
  /** IT's mean guess of Marketing's answer. */
  readonly itGuessOfMarketing: number | null;
  /** Marketing's mean guess of IT's answer. */
  readonly marketingGuessOfIt: number | null;
  /** IT's mean guess of Marketing minus Marketing's mean own answer (> 0: IT overestimates). */
  readonly itError: number | null;
  /** Marketing's mean guess of IT minus IT's mean own answer (> 0: Marketing overestimates). */
  readonly marketingError: number | null;
  /** Mean over IT's voters of |their guess − Marketing's mean own answer|: how far off a single IT voter was. */
  readonly itAbsoluteError: number | null;
  /** Mean over Marketing's voters of |their guess − IT's mean own answer|. */
  readonly marketingAbsoluteError: number | null;
}

/** How sure a gap is, in words; see `VERDICT_WORDS`. */
export type GapVerdict = 'clear-gap' | 'likely-gap' | 'could-be-chance' | 'too-few-voters';

/** A 95% interval. */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

/**
 * How sure one gap between the sides is: a 95% interval, a two-sided permutation test of
 * the side labels, its Benjamini–Hochberg adjustment across the workshop and a verdict.
 */
export interface GapCertainty {
  /** The gap tested: the difference of means, of top-2-box shares, or the disconnect. */
  readonly estimate: number | null;
  /** 95% interval of the gap (IT − Marketing); null for the disconnect, or with no spread to estimate from. */
  readonly interval: Interval | null;
  /** Two-sided permutation p-value; null when a side is empty or hidden. */
  readonly p: number | null;
  /** p adjusted for the number of gaps tested (Benjamini–Hochberg); null when not tested. */
  readonly adjustedP: number | null;
  /** `exact`: every relabelling of the voters counted; `monte-carlo`: `relabellings` seeded random ones. */
  readonly method: 'exact' | 'monte-carlo' | null;
  /** How many relabellings the p-value counts (all of them, or the random draws). */
  readonly relabellings: number;
  readonly verdict: GapVerdict;
}

/** How split one side is on one item. */
export interface SideDissent {
  /** 2 × population standard deviation / answer range: 0 all answer alike, 1 half at each end. */
  readonly spread: number;
  /** The answers fall into two camps with a hole between them (see docs/analytics.md). */
  readonly bimodal: boolean;
  /** spread ≥ the workshop's dissent threshold, or bimodal. */
  readonly split: boolean;
}

export interface ItemDissent {
  /** Null when the side is empty or hidden. */
  readonly it: SideDissent | null;
  readonly marketing: SideDissent | null;
}

export interface ItemResult {
  readonly itemId: string;
  readonly label: string;
  readonly it: SideResult;
  readonly marketing: SideResult;
  /** Everyone who answered, `other` included. */
  readonly room: SideResult;
  /** mean(IT) − mean(Marketing); null for ownership and choice, or when a side is empty or suppressed. */
  readonly gap: number | null;
  readonly hedgesG: number | null;
  /** Ownership and choice: total variation distance between the two sides' distributions. */
  readonly disconnect: number | null;
  /** Likert: top2Share(IT) − top2Share(Marketing). */
  readonly top2Gap: number | null;
  readonly prediction: PredictionResult | null;
  /** Ranking: the item's place in each side's aggregate order (by mean rank, ties averaged). */
  readonly aggregatePosition: { readonly it: number | null; readonly marketing: number | null } | null;
  /** How far apart the sides are, on the 0..1 scale shared by every kind. */
  readonly divergence: number | null;
  /**
   * How sure the item's main gap is: the gap of means (ranking, points, likert, scale,
   * prediction) or the disconnect (ownership, choice).
   */
  readonly certainty: GapCertainty;
  /** Likert: how sure the top-2-box gap is. */
  readonly top2Certainty: GapCertainty | null;
  /** Likert, scale and points: whether each side is itself split. */
  readonly dissent: ItemDissent | null;
  /**
   * Ownership and choice: per option id, share(IT) − share(Marketing) of the voters who
   * picked it, with its 95% interval (Newcombe); null for other kinds or when a side is
   * empty or hidden.
   */
  readonly optionGaps: Readonly<Record<string, OptionGap>> | null;
  /** Ideas: who raised the idea and who backed it; absent or null for other kinds. */
  readonly ideas?: IdeaFigures | null;
  /** Matrix: each side's mean position, the gap on each axis and the distance between the sides. */
  readonly matrix?: MatrixItemResult | null;
}

/** How many of each group marked an idea; null where the small-group rule hides the group. */
export interface IdeaCounts {
  readonly it: number | null;
  readonly marketing: number | null;
  readonly room: number | null;
}

/** Ideas: who raised an idea and who backed it. */
export interface IdeaFigures {
  /** How many wrote it in the collect rounds, by side; null when not read alongside. */
  readonly raised: IdeaCounts | null;
  /** How many backed it in this vote round, by side; null for a collect round. */
  readonly backed: IdeaCounts | null;
  /** Both sides backed it: each broken out with at least `BRIDGE_SHARE` of its voters (docs/analytics.md). */
  readonly bridge: boolean;
}

/** One group's answers to one matrix item: its mean position and the spread on each axis. */
export interface MatrixPosition {
  readonly x: NumericSummary;
  readonly y: NumericSummary;
  /** The quadrant of the mean position; null on a midline. */
  readonly quadrant: MatrixQuadrant | null;
}

export interface MatrixItemResult {
  /** Null when the group is hidden or gave no answer. */
  readonly it: MatrixPosition | null;
  readonly marketing: MatrixPosition | null;
  readonly room: MatrixPosition | null;
  /** mean x(IT) − mean x(Marketing), with its 95% interval (Welch). */
  readonly gapX: number | null;
  readonly intervalX: Interval | null;
  /** mean y(IT) − mean y(Marketing), with its 95% interval (Welch). */
  readonly gapY: number | null;
  readonly intervalY: Interval | null;
  /** Straight-line distance between the two sides' mean positions, in axis units. */
  readonly distance: number | null;
}

export interface OptionGap {
  readonly gap: number;
  readonly interval: Interval | null;
}

export interface RankingAgreement {
  /** Spearman's ρ between the two sides' mean ranks over the items. */
  readonly spearmanRho: number | null;
  /** Kendall's τ-b between the two sides' mean ranks over the items. */
  readonly kendallTauB: number | null;
  /** Kendall's W among each side's voters. */
  readonly kendallW: { readonly it: number | null; readonly marketing: number | null };
}

export interface RoundResult {
  readonly roundId: string;
  readonly roundNumber: number;
  readonly status: RoundStatus;
  /** Distinct participants with at least one counted vote in the round. */
  readonly voters: { readonly it: number; readonly marketing: number; readonly other: number; readonly total: number };
  readonly items: readonly ItemResult[];
  /** Ranking activities only. */
  readonly ranking: RankingAgreement | null;
  /** Mean of the items' divergences; null when no item has one. */
  readonly divergence: number | null;
}

export interface ItemConvergence {
  readonly itemId: string;
  readonly label: string;
  readonly gapBefore: number | null;
  readonly gapAfter: number | null;
  /** gapAfter − gapBefore. */
  readonly gapChange: number | null;
  readonly divergenceBefore: number | null;
  readonly divergenceAfter: number | null;
  /** divergenceAfter − divergenceBefore (< 0: the sides came closer). */
  readonly divergenceChange: number | null;
  /** divergenceAfter < divergenceBefore; null when either is unknown. */
  readonly narrowed: boolean | null;
}

export interface Convergence {
  readonly activityId: string;
  readonly fromRound: number;
  readonly toRound: number;
  readonly items: readonly ItemConvergence[];
  readonly divergenceBefore: number | null;
  readonly divergenceAfter: number | null;
  readonly narrowed: boolean | null;
}

/** What a room figure is compared with the published one as; see docs/analytics.md. */
export type BenchmarkMeasure =
  | 'top-two-box-percent'
  | 'above-midpoint-percent'
  | 'points-share-percent'
  | 'leading-option-percent'
  | 'aggregate-position'
  | 'mean';

export interface BenchmarkSide {
  /** The room's figure for this side, in the benchmark's terms. */
  readonly room: number | null;
  readonly benchmark: number | null;
  /** room − benchmark. */
  readonly difference: number | null;
  /** For `leading-option-percent`: the option the side picked most. */
  readonly option: string | null;
}

export interface BenchmarkComparison {
  readonly activityId: string;
  readonly itemId: string;
  readonly label: string;
  readonly kind: ActivityKind;
  readonly measure: BenchmarkMeasure;
  readonly unit: string;
  readonly source: string;
  readonly year: number;
  /** IT in the room vs the published CIO figure. */
  readonly it: BenchmarkSide;
  /** Marketing in the room vs the published CMO figure. */
  readonly marketing: BenchmarkSide;
  /** Ownership and choice: the published share of each option per side, by option id, where the source gives it. */
  readonly distribution: {
    readonly cio: Readonly<Record<string, number>> | null;
    readonly cmo: Readonly<Record<string, number>> | null;
  } | null;
  /** The published figure for both sides together, and the room's own counterpart. */
  readonly overall: BenchmarkSide | null;
  /** The sentence the figures come from. */
  readonly quote: string | null;
}

export interface DivergenceEntry {
  readonly activityId: string;
  readonly activityTitle: string;
  readonly kind: ActivityKind;
  readonly roundNumber: number;
  readonly itemId: string;
  readonly label: string;
  readonly divergence: number;
  readonly gap: number | null;
  readonly disconnect: number | null;
  /** How sure the gap is, adjusted across the workshop's items. */
  readonly certainty: GapCertainty;
  /** Whether each side is itself split on the item (likert, scale, points). */
  readonly split: { readonly it: boolean; readonly marketing: boolean };
}

/** How well one side read the other in a prediction activity's latest round. */
export interface SideReading {
  /** Items where the side's guesses could be scored. */
  readonly items: number;
  /** Mean over items of (the side's mean guess − the other side's mean own answer). */
  readonly meanError: number | null;
  /** Mean over items of the side's voters' mean |guess − the other side's mean own answer|. */
  readonly meanAbsoluteError: number | null;
  /** meanAbsoluteError / answer range, 0..1. */
  readonly relativeError: number | null;
  readonly direction: 'overestimates' | 'underestimates' | 'about right' | null;
}

export interface PredictionReading {
  /** IT's reading of Marketing. */
  readonly it: SideReading;
  /** Marketing's reading of IT. */
  readonly marketing: SideReading;
  /** The side whose voters guessed the other closer; `even` within the tolerance. */
  readonly readBest: 'it' | 'marketing' | 'even' | null;
}

export interface ActivityResult {
  readonly activityId: string;
  readonly kind: ActivityKind;
  readonly title: string;
  /** Every round, in ascending number. */
  readonly rounds: readonly RoundResult[];
  /** The round with the highest number, whatever its status; null before the first round. */
  readonly latest: RoundResult | null;
  /** First round vs latest round, when there are at least two. */
  readonly convergence: Convergence | null;
  /** The latest round against the published figures, for the items that carry one. */
  readonly benchmarks: readonly BenchmarkComparison[];
  /** Prediction: how well each side read the other in the latest round; otherwise null. */
  readonly reading: PredictionReading | null;
}

export interface WorkshopAnalysis {
  readonly anonymous: boolean;
  readonly activities: readonly ActivityResult[];
  readonly topDivergences: readonly DivergenceEntry[];
  /** 0..100, 100 when the two sides answer identically; null when nothing can be compared. */
  readonly alignmentIndex: number | null;
  /** The divergences the room can be surest of: by verdict, then adjusted p, then size. */
  readonly surestDivergences: readonly DivergenceEntry[];
}
