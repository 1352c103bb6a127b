/**
 * Divergence analytics: where IT and Marketing stand apart, item by item and across the
 * workshop. Pure functions over a plain snapshot of the workshop; see docs/analytics.md.
 */
export { analyze, analyzeActivity, alignmentIndex, topDivergences, DEFAULT_TOP_DIVERGENCES } from './workshop';
export { analyzeRound, type RoundContext } from './round';
export { createRoster, type Roster } from './sides';
export { compareRounds } from './convergence';
export { compareWithBenchmarks, benchmarkMeasure } from './benchmark';
export { analyzeForCli, type CliAnalysis, type CliActivity, type CliItem, type CliSide } from './cli';
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
export { answerRange } from './votes';
export { MIN_GROUP_SIZE } from './suppression';
export type * from './types';
