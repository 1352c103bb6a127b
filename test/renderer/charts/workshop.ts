import {
  analyze,
  type AnalysisActivity,
  type AnalysisInput,
  type AnalysisParticipant,
  type AnalysisVote,
  type WorkshopAnalysis,
} from '../../../src/shared/analytics';
import type { ActivityConfig, Benchmark, RoundStatus, VoteValue } from '../../../src/shared/domain';

/** `it1..itN`, `mk1..mkN`, `ot1..otN`. */
export function room(it: number, marketing: number, other = 0): AnalysisParticipant[] {
  const make = (prefix: string, side: AnalysisParticipant['side'], n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i + 1}`, side }));
  return [...make('it', 'it', it), ...make('mk', 'marketing', marketing), ...make('ot', 'other', other)];
}

/** Each voter's answer per item, in item order. */
export type Ballots = Readonly<Record<string, readonly (VoteValue | undefined)[]>>;

/** A round with its status; a bare set of ballots is a revealed round. */
export interface RoundSpec {
  readonly status: RoundStatus;
  readonly ballots: Ballots;
}

function isRoundSpec(round: Ballots | RoundSpec): round is RoundSpec {
  return typeof round.status === 'string';
}

export interface ItemSpec {
  readonly label: string;
  readonly benchmark?: Partial<Benchmark> & { cio: number | null; cmo: number | null; unit: string };
}

export function activity(
  config: ActivityConfig,
  items: readonly (string | ItemSpec)[],
  rounds: readonly (Ballots | RoundSpec)[],
  id = 'a1',
): AnalysisActivity {
  const specs = items.map((item) => (typeof item === 'string' ? { label: item } : item));
  return {
    id,
    kind: config.kind,
    title: `Activity ${id}`,
    config,
    items: specs.map((spec, i) => ({
      id: `i${i + 1}`,
      label: spec.label,
      benchmark: spec.benchmark ? { source: 'Published study', year: 2013, ...spec.benchmark } : null,
    })),
    rounds: rounds.map((round, r) => {
      const { status, ballots }: RoundSpec = isRoundSpec(round) ? round : { status: 'revealed', ballots: round };
      const votes: AnalysisVote[] = [];
      for (const [participantId, answers] of Object.entries(ballots)) {
        answers.forEach((value, i) => {
          if (value !== undefined) votes.push({ participantId, itemId: `i${i + 1}`, value });
        });
      }
      return { id: `${id}-r${r + 1}`, number: r + 1, status, votes };
    }),
  };
}

export function analyzed(
  participants: readonly AnalysisParticipant[],
  activities: readonly AnalysisActivity[],
  anonymous = false,
): WorkshopAnalysis {
  const input: AnalysisInput = { anonymous, participants, activities };
  return analyze(input);
}

/** The latest round's item results of the only activity. */
export function latestItems(analysis: WorkshopAnalysis, index = 0) {
  const latest = analysis.activities[index]!.latest;
  if (!latest) throw new Error('no round');
  return latest.items;
}
