import type { z } from 'zod';
import type { ItemAnswers, KindContext } from '../analytics/sides';
import type { BenchmarkMeasure, ItemResult, RankingAgreement, SideResult } from '../analytics/types';
import type { Side } from '../domain';
import type { KindStage } from './stages';

/**
 * What one activity kind is, in one place: its settings, the answers it takes and the
 * rules a whole ballot keeps, how its rounds are analysed, how its figures read as text
 * and how the demo room answers it. The app, the core and the command line only ever ask
 * a kind through this interface (see `KINDS` in ./index.ts); the renderer's side of a kind
 * (ballot input, settings editor, charts) is in src/renderer/kinds.
 *
 * `C` is the kind's settings (with its `kind` literal), `V` one answer to one item.
 */
export interface KindDefinition<C extends KindConfig = KindConfig, V = unknown> {
  /** The kind's id, as stored; equal to `C['kind']`. */
  readonly kind: C['kind'];
  /** The kind's name in the designer and the report ("Agreement (1–5)"). */
  readonly label: string;
  /** What a participant does, in one line. */
  readonly answer: string;

  // ── Settings ────────────────────────────────────────────────────────────────
  /** The kind's settings, validated wherever they enter (editor, file, template, database). */
  readonly configSchema: z.ZodType<C> & z.core.$ZodTypeDiscriminable;
  /** The settings a new activity of this kind starts with; parses with `configSchema`. */
  defaultConfig(): C;

  // ── Answers ─────────────────────────────────────────────────────────────────
  /** The shape of one answer to one item, whatever the settings (a number, an option id…). */
  readonly valueSchema: z.ZodType<V>;
  /** The shapes of `valueSchema` in words, for a file's message: "a number", "{ "own", "guess" }". */
  readonly valueShapes: readonly string[];
  /** What one answer must be, in the user's words, given the settings: shown when an answer does not fit. */
  expectedValue(config: C, itemCount: number): string;
  /** Whether an answer of the right shape fits the settings (a rank within the items, an option offered). */
  acceptsValue(config: C, itemCount: number, value: V): boolean;
  readonly ballot: KindBallot<C, V>;
  /**
   * The stages a round of this kind comes in, in the order the console offers them (ideas:
   * collect, then vote); absent for a kind whose rounds are all alike.
   */
  readonly stages?: readonly KindStage[];

  // ── Results ─────────────────────────────────────────────────────────────────
  /** The round's analysis per item, and what the kind adds to the round (a ranking's agreement). */
  analyze(config: C, items: readonly ItemAnswers[], context: KindContext): KindAnalysis;
  /** The lowest and highest answer an item can get; null when answers are not numbers on a line. */
  answerBounds(config: C, itemCount: number): AnswerBounds | null;
  /** How the room is compared with a published figure in `unit`; null when the kind takes no benchmark. */
  readonly benchmark: KindBenchmark<C> | null;
  readonly text: KindText<C, V>;

  /**
   * What the activity's results carry beyond its items: `reading`, how well each side read
   * the other (the answers hold a guess of the other side); `order`, the agreement of the
   * two sides' orders (the answers are places in one order, 1 first, so a lower answer
   * stands higher). None when absent.
   */
  readonly adds?: { readonly reading?: boolean; readonly order?: boolean };
  /**
   * How the two sides are compared on an item: by the gap of their means (unless told), or
   * by a size of difference with no direction, the item's divergence: how far apart their
   * distributions over the options are (the disconnect), or their places (the matrix).
   */
  readonly comparedBy?: 'mean' | 'distribution';

  // ── Demo ────────────────────────────────────────────────────────────────────
  /** One simulated person's answers to the activity's items, in item order; null leaves an item unanswered. */
  demoAnswers(config: C, person: DemoPerson): (V | null)[];
  /**
   * For a kind whose room writes the items (its first stage collects texts): what a demo
   * room writes, each with the side that would write it (`both`: either side).
   */
  readonly demoItems?: readonly DemoItem[];
}

/** Settings of some kind: every kind's settings carry its id. */
export interface KindConfig {
  readonly kind: string;
}

/** One answer to one item, of a kind's value type. */
export interface KindEntry<V> {
  readonly itemId: string;
  readonly value: V;
}

/** What is wrong with a ballot, and the item it is about when there is one. */
export interface BallotProblem {
  readonly message: string;
  readonly itemId?: string;
}

/** An item as the ballot rules see it. */
export interface BallotRuleItem {
  readonly id: string;
  readonly label?: string;
}

/**
 * What a person has answered so far, as the ballot screen holds it: an order of item ids
 * (kept complete, for kinds that put items in order) and a value per item, possibly missing
 * or half given (a prediction with one slider moved).
 */
export interface BallotDraft<V = unknown> {
  readonly order: readonly string[];
  readonly values: Readonly<Record<string, V | undefined>>;
}

export interface KindBallot<C extends KindConfig, V> {
  /**
   * Which items a ballot answers: `every-item`, or `chosen-items` when a person answers only
   * those they pick (how many is the kind's `check`).
   */
  readonly answers: 'every-item' | 'chosen-items';
  /**
   * True when one person's answers in a round are one whole (a ranking, points adding up):
   * a workshop file's votes are then held to `check` per person, as the app records them.
   */
  readonly whole: boolean;
  /** The answers a draft holds, as the ballot sends them. */
  toEntries(config: C, items: readonly BallotRuleItem[], draft: BallotDraft<unknown>): KindEntry<unknown>[];
  /**
   * What an answer still being given lacks (a slider not yet moved), or null. Asked before
   * the answer's shape is checked; `item` names the item ("“Data”", or "this item").
   */
  unfinished?(value: unknown, item: string): string | null;
  /**
   * The rules over the whole ballot, once each item is known, answered at most once and
   * every answer fits (no ties in a ranking, points adding up to the total); null when kept.
   */
  check?(config: C, items: readonly BallotRuleItem[], entries: readonly KindEntry<V>[]): BallotProblem | null;
}

/** What a kind's analysis of one round gives. */
export interface KindAnalysis {
  readonly items: ItemResult[];
  /** Ranking: how far the sides agree on the order. */
  readonly ranking?: RankingAgreement | null;
}

export interface AnswerBounds {
  readonly min: number;
  readonly max: number;
}

export interface KindBenchmark<C extends KindConfig> {
  /** What the room's answer is compared with a published figure in `unit` as. */
  measure(unit: string): BenchmarkMeasure;
  /** The whole a figure is a share of (points: the total to spread); null when there is none. */
  shareOf(config: C): number | null;
  /**
   * True when a published figure is listed beside the charts rather than drawn on their
   * axis: points are the room's own currency, a published "% of CIOs" is another measure.
   */
  readonly listed?: boolean;
}

/**
 * How a kind's answers and figures read as text: in the report, the vote CSV, the
 * spreadsheet and the console's results table.
 */
export interface KindText<C extends KindConfig, V> {
  /** One answer in words, as the ballot put it: "ranked 2", "Agree (4)", "Co-led". */
  answer(config: C, value: V): string;
  /**
   * One answer as one cell of the votes CSV, for other programs to read: a number stays a
   * number, an option id stays the id ("co-led", "a|b" for several). Without it, a number
   * or a text is written as it is and a list of ids joined with "|".
   */
  cell?(config: C, value: V): string | number;
  /** One side's figure for an item: "6.2", "48% Co-led", or why it is hidden. */
  sideFigure(config: C, side: SideResult): string;
  /** How far apart the sides are on an item, in the kind's own terms: "+1.2", "40% apart". */
  gapFigure(config: C, item: ItemResult): string;
  /** One plain sentence on where the two sides stand on an item, for the report's summary; null when hidden. */
  divergenceSentence(config: C, item: ItemResult): string | null;
  /** How a side's mean answer reads on a chart's axis: its label, its unit and its fixed range (null: from the answers). */
  meanAxis?(config: C): MeanAxis;
  /** What a gap of means is counted in, for a chart's axis: "points apart"; "apart in mean answer" unless told. */
  readonly gapUnit?: string;
  /**
   * How a gap of means is written on a chart when the answers' own unit would mislead: a
   * gap of two shares 0..1 (ideas) in percentage points, +0.5 as "+50 pp", as `gapFigure` does.
   */
  readonly gapAs?: { readonly factor: number; readonly unit: string };
  /**
   * For a kind compared by a size of difference 0..1 rather than a gap of means: what it
   * is called on a re-vote chart, and what its 0% and 100% mean. Unless told, the
   * disconnect between two distributions over the options.
   */
  readonly divergenceScale?: { readonly label: string; readonly note: string };
  /** How the spreadsheet's summary reads an item: one row per option, or one figure per side. */
  summary(config: C): KindSummary;
}

export interface MeanAxis {
  readonly label: string;
  readonly unit: string;
  readonly domain: readonly [number, number] | null;
}

export type KindSummary =
  | { readonly rows: 'options' }
  | {
      readonly rows: 'axes';
      /** One row per axis an answer places the item on (a matrix's two), each side's mean on it. */
      readonly axes: readonly SummaryAxis[];
    }
  | {
      readonly rows: 'figure';
      /** What the figure is: "mean rank (1 = first)". */
      readonly label: string;
      /** `share`: the figure is a top-2-box share (0..1), read with `top2Gap`; `mean`: the side's mean, with `gap`. */
      readonly figure: 'mean' | 'share';
    };

/** An item a demo room writes, and the side that writes it. */
export interface DemoItem {
  readonly label: string;
  readonly side: Side | 'both';
}

/** One axis of a kind whose answer places an item on several: its name and each side's mean on it. */
export interface SummaryAxis {
  /** What the figure is: "mean importance (0–10)". */
  readonly label: string;
  /** Each side's mean on the axis; null where the side is hidden or gave no answer. */
  means(item: ItemResult): { readonly it: number | null; readonly marketing: number | null };
}

/** One simulated person, as the demo answers an activity for them. */
export interface DemoPerson {
  readonly side: Side;
  readonly itemCount: number;
  /**
   * How strongly this person leans towards item `index` (−1 … 1, roughly): their side's
   * lean, pulled towards the room's middle in a re-vote, plus their own.
   */
  lean(index: number): number;
  /** The other side's lean towards item `index`, as this person would guess it. */
  otherSideLean(index: number): number;
  /** How strongly this person reaches for an option, by id, whatever the item. */
  optionLean(optionId: string): number;
  /** How much item `index` tips this person towards an ownership option (the side that claims the area). */
  itemClaim(optionId: string, index: number): number;
  /** A uniform draw in [0, 1). */
  random(): number;
  /** A standard normal draw. */
  normal(): number;
}

/** Any kind's definition, whatever its settings and answers. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyKindDefinition = KindDefinition<any, any>;
