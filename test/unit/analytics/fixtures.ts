import type { ActivityConfig, Benchmark, Side, VoteValue } from '../../../src/shared/domain';
import type {
  AnalysisActivity,
  AnalysisInput,
  AnalysisParticipant,
  AnalysisRound,
} from '../../../src/shared/analytics';

/** Participants it1..itN, mk1..mkN, ot1..otN. */
export function participants(it: number, marketing: number, other = 0): AnalysisParticipant[] {
  const make = (side: Side, prefix: string, count: number) =>
    Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i + 1}`, side }));
  return [...make('it', 'it', it), ...make('marketing', 'mk', marketing), ...make('other', 'ot', other)];
}

/** One participant's answers, one value per item in the activity's order (undefined: no vote). */
export type Ballots = Readonly<Record<string, readonly (VoteValue | undefined)[]>>;

export interface ActivitySketch {
  readonly id?: string;
  readonly title?: string;
  readonly config: ActivityConfig;
  readonly items: readonly string[];
  readonly benchmarks?: readonly (Benchmark | null)[];
  /** Round 1, round 2, … */
  readonly rounds: readonly Ballots[];
}

export function round(activityId: string, number: number, itemIds: readonly string[], ballots: Ballots): AnalysisRound {
  const votes = Object.entries(ballots).flatMap(([participantId, values]) =>
    values.flatMap((value, i) => (value === undefined ? [] : [{ participantId, itemId: itemIds[i]!, value }])),
  );
  return { id: `${activityId}-r${number}`, number, status: 'revealed', votes };
}

export function activity(sketch: ActivitySketch): AnalysisActivity {
  const id = sketch.id ?? 'a1';
  const items = sketch.items.map((label, i) => ({
    id: `${id}-i${i + 1}`,
    label,
    benchmark: sketch.benchmarks?.[i] ?? null,
  }));
  const itemIds = items.map((item) => item.id);
  return {
    id,
    kind: sketch.config.kind,
    title: sketch.title ?? `Activity ${id}`,
    config: sketch.config,
    items,
    rounds: sketch.rounds.map((ballots, i) => round(id, i + 1, itemIds, ballots)),
  };
}

export function workshop(
  people: readonly AnalysisParticipant[],
  activities: readonly AnalysisActivity[],
  anonymous = false,
): AnalysisInput {
  return { anonymous, participants: people, activities };
}

export const OWNERSHIP: ActivityConfig = {
  kind: 'ownership',
  options: [
    { id: 'it-led', label: 'IT-led' },
    { id: 'marketing-led', label: 'Marketing-led' },
    { id: 'co-led', label: 'Co-led' },
    { id: 'outside-vendor', label: 'Outside vendor' },
  ],
};
export const RANKING: ActivityConfig = { kind: 'ranking' };
export const POINTS: ActivityConfig = { kind: 'points', total: 100 };
export const LIKERT: ActivityConfig = {
  kind: 'likert',
  labels: ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'],
};
export const SCALE: ActivityConfig = { kind: 'scale', min: 0, max: 10, minLabel: '', maxLabel: '' };
export const CHOICE_ONE: ActivityConfig = {
  kind: 'choice',
  multiple: false,
  options: [
    { id: 'funding', label: 'Funding' },
    { id: 'complexity', label: 'Complexity and integration' },
    { id: 'skills', label: 'Skills' },
  ],
};
export const CHOICE_MANY: ActivityConfig = { ...CHOICE_ONE, multiple: true };
export const PREDICTION: ActivityConfig = {
  kind: 'prediction',
  ask: 'What share of the other side think collaboration is at the right level?',
  min: 0,
  max: 100,
  unit: '%',
};
