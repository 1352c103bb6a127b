import type { ActivityKind } from '../domain';
import { analyze } from './workshop';
import { VERDICT_WORDS } from './certainty';
import type {
  AnalysisActivity,
  AnalysisInput,
  AnalysisOptions,
  DivergenceEntry,
  GapCertainty,
  Interval,
  ItemDissent,
  PredictionReading,
  ItemResult,
  RoundResult,
  SideResult,
} from './types';
import { isCategoricalConfig } from './votes';

/** One side of one item, as `common-ground analyze` prints it. */
export interface CliSide {
  readonly n: number;
  /** Null for ownership and choice (a categorical answer has no mean), and when suppressed. */
  readonly mean: number | null;
  readonly median: number | null;
  readonly sd: number | null;
  /** Ownership and choice only: the share of the side's voters who picked each option. */
  readonly shares?: Readonly<Record<string, number>> | null;
  /** Present, and true, only when anonymity hides this side. */
  readonly suppressed?: true;
}

export interface CliItem {
  readonly itemId: string;
  readonly label: string;
  readonly it: CliSide;
  readonly marketing: CliSide;
  readonly gap: number | null;
  readonly hedgesG: number | null;
  /** Ownership and choice only. */
  readonly disconnect?: number | null;
  /** How sure the gap (the disconnect for ownership and choice) is, with the verdict in words. */
  readonly certainty: CliCertainty;
  /** Likert only: how sure the top-2-box gap is. */
  readonly top2Certainty?: CliCertainty;
  /** Likert, scale and points only: whether each side is itself split. */
  readonly dissent?: ItemDissent | null;
}

export interface CliCertainty {
  /** "clear gap", "likely gap", "could be chance with this few voters" or "too few voters to say". */
  readonly verdict: string;
  readonly interval: Interval | null;
  readonly p: number | null;
  readonly adjustedP: number | null;
  readonly method: GapCertainty['method'];
}

export interface CliActivity {
  readonly activityId: string;
  readonly kind: ActivityKind;
  readonly title: string;
  readonly items: readonly CliItem[];
  /** Ranking only, like `kendallTauB` and `kendallW`. */
  readonly spearmanRho?: number | null;
  readonly kendallTauB?: number | null;
  readonly kendallW?: { readonly it: number | null; readonly marketing: number | null };
  /** Prediction only: how well each side read the other. */
  readonly reading?: PredictionReading | null;
}

export interface CliAnalysis {
  readonly activities: readonly CliActivity[];
  readonly topDivergences: readonly DivergenceEntry[];
  readonly alignmentIndex: number | null;
  /** The divergences ranked by how sure they are. */
  readonly surestDivergences: readonly DivergenceEntry[];
}

const cliCertainty = (certainty: GapCertainty): CliCertainty => ({
  verdict: VERDICT_WORDS[certainty.verdict],
  interval: certainty.interval,
  p: certainty.p,
  adjustedP: certainty.adjustedP,
  method: certainty.method,
});

const UNTESTED_CLI: CliCertainty = {
  verdict: VERDICT_WORDS['too-few-voters'],
  interval: null,
  p: null,
  adjustedP: null,
  method: null,
};

const NOBODY: CliSide = { n: 0, mean: null, median: null, sd: null };

function cliSide(side: SideResult, categorical: boolean): CliSide {
  const stats = { n: side.n, mean: side.mean, median: side.median, sd: side.sd };
  const withShares = categorical ? { ...stats, shares: side.shares } : stats;
  return side.suppressed ? { ...withShares, suppressed: true } : withShares;
}

function cliItem(result: ItemResult, categorical: boolean): CliItem {
  const item: CliItem = {
    itemId: result.itemId,
    label: result.label,
    it: cliSide(result.it, categorical),
    marketing: cliSide(result.marketing, categorical),
    gap: result.gap,
    hedgesG: result.hedgesG,
    certainty: cliCertainty(result.certainty),
  };
  if (categorical) return { ...item, disconnect: result.disconnect };
  return {
    ...item,
    ...(result.top2Certainty ? { top2Certainty: cliCertainty(result.top2Certainty) } : {}),
    ...(result.dissent ? { dissent: result.dissent } : {}),
  };
}

function cliActivity(
  activity: AnalysisActivity,
  latest: RoundResult | null,
  reading: PredictionReading | null,
): CliActivity {
  const categorical = isCategoricalConfig(activity.config);
  const nobody: CliSide = categorical ? { ...NOBODY, shares: null } : NOBODY;
  // Before its first round an activity is still listed, with nobody having answered.
  const items =
    latest === null
      ? activity.items.map((item) => ({
          itemId: item.id,
          label: item.label,
          it: nobody,
          marketing: nobody,
          gap: null,
          hedgesG: null,
          certainty: UNTESTED_CLI,
          ...(categorical ? { disconnect: null } : {}),
        }))
      : latest.items.map((result) => cliItem(result, categorical));
  const base = { activityId: activity.id, kind: activity.config.kind, title: activity.title, items };
  if (activity.config.kind === 'prediction') return { ...base, reading };
  if (activity.config.kind !== 'ranking') return base;
  return {
    ...base,
    spearmanRho: latest?.ranking?.spearmanRho ?? null,
    kendallTauB: latest?.ranking?.kendallTauB ?? null,
    kendallW: latest?.ranking?.kendallW ?? { it: null, marketing: null },
  };
}

/**
 * The latest round of every activity as plain JSON, for `common-ground analyze <workshop.json>`:
 * per item each side's n, mean, median and sd, the gap and Hedges' g (and the disconnect
 * for ownership and choice) with how sure it is in words, dissent within each side, rank
 * agreement for rankings and how well each side read the other for predictions, then the
 * workshop's top divergences (by size and by certainty) and alignment index.
 */
export function analyzeForCli(input: AnalysisInput, options: AnalysisOptions = {}): CliAnalysis {
  const analysis = analyze(input, options);
  return {
    activities: input.activities.map((activity, i) =>
      cliActivity(activity, analysis.activities[i]?.latest ?? null, analysis.activities[i]?.reading ?? null),
    ),
    topDivergences: analysis.topDivergences,
    alignmentIndex: analysis.alignmentIndex,
    surestDivergences: analysis.surestDivergences,
  };
}
