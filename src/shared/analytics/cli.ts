import type { ActivityKind } from '../domain';
import { kindOf } from '../kinds';
import { analyze, surestDivergences } from './workshop';
import { VERDICT_WORDS } from './certainty';
import * as figure from '../figures';
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
  /** Ownership and choice only: each option's share gap with its 95% interval. */
  readonly optionGaps?: ItemResult['optionGaps'];
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
  if (categorical) return { ...item, disconnect: result.disconnect, optionGaps: result.optionGaps };
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
  // Kinds answered with options report shares per option and the disconnect.
  const categorical = 'options' in activity.config;
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
  const adds = kindOf(activity.config).adds;
  if (adds?.reading) return { ...base, reading };
  if (!adds?.order) return base;
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

const round2 = (value: number) => figure.number(value, { decimals: 2 });
const signed = (value: number) => figure.gap(value, { decimals: 2 });

/**
 * The verdicts in plain words, for `common-ground analyze --verdicts`: every gap of the
 * latest rounds, the surest first, then the sides split within themselves and how well
 * each side read the other.
 */
export function verdictReport(input: AnalysisInput, options: AnalysisOptions = {}): string {
  const analysis = analyze(input, options);
  const entries = surestDivergences(analysis.activities, Infinity);
  const lines = [
    'How sure each gap is: the latest round of each activity, p-values adjusted across every gap tested with enough voters.',
    '',
  ];
  const width = Math.max(...entries.map((entry) => VERDICT_WORDS[entry.certainty.verdict].length), 0);
  for (const entry of entries) {
    const { certainty } = entry;
    const figures: string[] = [];
    if (entry.gap !== null) figures.push(`gap ${signed(entry.gap)}`);
    else if (entry.disconnect !== null) figures.push(`disconnect ${round2(entry.disconnect)}`);
    if (certainty.interval)
      figures.push(`95% ${figure.interval(certainty.interval.low, certainty.interval.high, signed)}`);
    if (certainty.p !== null) figures.push(`p ${figure.pValue(certainty.p)}`);
    if (certainty.adjustedP !== null) figures.push(`adjusted ${figure.pValue(certainty.adjustedP)}`);
    const split = [entry.split.it ? 'IT' : null, entry.split.marketing ? 'Marketing' : null].filter(Boolean);
    if (split.length > 0) figures.push(`split within ${split.join(' and ')}`);
    lines.push(
      `${VERDICT_WORDS[certainty.verdict].padEnd(width)}  ${entry.label} (${entry.activityTitle}): ${figures.join(', ')}`,
    );
  }
  for (const activity of analysis.activities) {
    const reading = activity.reading;
    if (!reading) continue;
    const side = (name: string, other: string, r: typeof reading.it) =>
      r.meanError === null || r.direction === null
        ? `${name}: not enough answers`
        : `${name} ${r.direction === 'about right' ? `reads ${other} about right` : `${r.direction} ${other} by ${round2(Math.abs(r.meanError))}`}` +
          ` (a voter off by ${round2(r.meanAbsoluteError!)} on average)`;
    const best =
      reading.readBest === null
        ? ''
        : reading.readBest === 'even'
          ? '; both read the other about as well'
          : `; ${reading.readBest === 'it' ? 'IT' : 'Marketing'} read the other best`;
    lines.push(
      '',
      `How well each side reads the other, ${activity.title}: ${side('IT', 'Marketing', reading.it)}; ${side('Marketing', 'IT', reading.marketing)}${best}.`,
    );
  }
  return `${lines.join('\n')}\n`;
}
