/**
 * The side-by-side charts: IT always in var(--it) on the left, Marketing in
 * var(--marketing) on the right. Each chart's data shaping is a pure function beside it.
 */
export { ButterflyChart } from './ButterflyChart';
export { butterflyData, type ButterflyData, type ButterflyMeasure } from './butterfly.data';
export { DumbbellChart } from './DumbbellChart';
export { dumbbellData, dumbbellMeasure, type DumbbellData } from './dumbbell.data';
export { SlopeChart } from './SlopeChart';
export { slopeData, type SlopeData } from './slope.data';
export { LikertChart } from './LikertChart';
export { likertData, type LikertData } from './likert.data';
export { HeatmapChart } from './HeatmapChart';
export { heatmapData, type HeatmapData } from './heatmap.data';
export { ConvergenceChart } from './ConvergenceChart';
export { convergenceData, type ConvergenceData } from './convergence.data';
export { ReadingChart } from './ReadingChart';
export { readingData, type ReadingData } from './reading.data';
export { SummaryChart } from './SummaryChart';
export { summaryData, type SummaryData } from './summary.data';
export type { ChartProps } from './common';
export type { ChartTable } from './table';
