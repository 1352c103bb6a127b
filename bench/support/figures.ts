/**
 * What one figure of `npm run bench` is, and the list of every figure the bench writes:
 * the launcher, the results writer and the smoke test all read the same list.
 */

/** A limit the figure must stay under (`max`) or above (`min`). */
export type Budget = { readonly max: number } | { readonly min: number };

export interface Figure {
  /** e.g. `ingest.12x7`: the group, then which case. */
  readonly name: string;
  /** What `--only` selects: one bench file measures one group. */
  readonly group: string;
  /** The number the budget applies to: a median, or a p95 where one is named. */
  readonly value: number;
  readonly unit: string;
  readonly budget: Budget;
  readonly pass: boolean;
  /** How it was measured, in one or two sentences. */
  readonly how: string;
  readonly median?: number;
  readonly p95?: number;
  /** How many runs the median was taken over, after the warm-up. */
  readonly runs: number;
  readonly warmUp: number;
  /** Other numbers worth reading beside the figure (both sides of a ratio, the max, …). */
  readonly detail?: Readonly<Record<string, number>>;
  /** Where the figure misses its budget: why, in words. */
  readonly note?: string;
}

/** A figure that could not be taken: the bench failed to measure it, and says why. */
export interface FailedGroup {
  readonly group: string;
  readonly error: string;
}

/** A feature that does not exist yet: listed, never given a number. */
export interface NotMeasured {
  readonly group: string;
  readonly what: string;
  readonly budget: string;
  readonly why: string;
}

export interface BenchResults {
  readonly measuredAt: string;
  readonly smoke: boolean;
  readonly machine: {
    readonly cpus: number;
    readonly cpuModel: string;
    readonly platform: string;
    readonly node: string;
    /** The 1-minute load average when the results were written: above the core count, others were using the machine. */
    readonly loadAverage: number;
  };
  readonly figures: readonly Figure[];
  readonly failed: readonly FailedGroup[];
  readonly notMeasured: readonly NotMeasured[];
}

/** Every group, in the order RESULTS.md lists them; each is one file in bench/figures/. */
export const GROUPS = [
  'ingest',
  'screen',
  'reveal',
  'render',
  'analysis',
  'report',
  'import-stall',
  'list',
  'paint',
  'size',
  'cli-start',
] as const;
export type Group = (typeof GROUPS)[number];

/** The figures each group writes: the smoke test checks every one is there. */
export const FIGURE_NAMES: Readonly<Record<Group, readonly string[]>> = {
  ingest: ['ingest.12x7', 'ingest.40x15'],
  screen: ['screen'],
  reveal: ['reveal'],
  render: ['render.butterfly', 'render.dumbbell', 'render.slope', 'render.likert', 'render.heatmap'],
  analysis: ['analysis'],
  report: ['report.demo-12', 'report.room-40'],
  'import-stall': ['import-stall'],
  list: ['list.core', 'list.screen'],
  paint: ['paint'],
  size: ['size'],
  'cli-start': ['cli-start'],
};

export const NOT_MEASURED: readonly NotMeasured[] = [
  {
    group: 'phones',
    what: '200 phones × 20 items in 10 s: acknowledgement p99, and votes lost',
    budget: 'p99 ≤ 100 ms; 0 lost',
    why: 'Voting from phones over the room’s network does not exist yet: there is no server for a phone to reach.',
  },
  {
    group: 'portfolio',
    what: 'open 500 workshops of 40 people; compare one room against them',
    budget: '≤ 1 s; ≤ 200 ms',
    why: 'The portfolio (a room against the consultant’s earlier workshops) does not exist yet.',
  },
];

export function passes(value: number, budget: Budget): boolean {
  return 'max' in budget ? value <= budget.max : value >= budget.min;
}

export function budgetText(budget: Budget, unit: string): string {
  const space = unit === '×' ? '' : ' ';
  return 'max' in budget ? `≤ ${budget.max}${space}${unit}` : `≥ ${budget.min}${space}${unit}`;
}
