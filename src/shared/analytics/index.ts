/**
 * Divergence analytics: where IT and Marketing stand apart, item by item and across the
 * workshop. Pure functions over a plain snapshot of the workshop; see docs/analytics.md.
 */
export {
  analyze,
  analyzeActivity,
  alignmentIndex,
  topDivergences,
  surestDivergences,
  verdictWords,
  DEFAULT_TOP_DIVERGENCES,
} from './workshop';
export {
  benjaminiHochberg,
  welchInterval,
  newcombeInterval,
  meanInterval,
  shareInterval,
  meanDifferenceTest,
  distributionTest,
  VERDICT_WORDS,
  VERDICT_MIN_SIDE,
  VERDICT_MIN_VOTERS,
  CLEAR_GAP_P,
  LIKELY_GAP_P,
  EXACT_RELABELLINGS,
  MONTE_CARLO_DRAWS,
  MONTE_CARLO_SEED,
} from './certainty';
export { sideDissent, DEFAULT_DISSENT_THRESHOLD, CAMP_GAP, CAMP_SHARE } from './dissent';
export { predictionReading, READING_TOLERANCE } from './reading';
export { studentTQuantile, studentTCdf } from './distributions';
export { analyzeRound, type RoundContext } from './round';
export { createRoster, type Roster } from './sides';
export { compareRounds } from './convergence';
export { compareWithBenchmarks, benchmarkMeasure } from './benchmark';
export { analyzeForCli, verdictReport, type CliAnalysis, type CliActivity, type CliItem, type CliSide } from './cli';
export {
  summarize,
  median,
  hedgesG,
  averageRanks,
  pearson,
  spearmanRho,
  kendallTauB,
  kendallW,
  totalVariationDistance,
} from './stats';
export { answerRange } from '../kinds';
export { MIN_GROUP_SIZE } from './suppression';
export type * from './types';
