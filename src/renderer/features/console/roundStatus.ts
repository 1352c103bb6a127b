import type { Round } from '../../../shared/domain';

export type ActivityStage = 'not-started' | 'open' | 'closed' | 'revealed';

/** Where an activity stands, from its latest round. */
export function stageOf(rounds: readonly Round[]): ActivityStage {
  const latest = rounds.at(-1);
  return latest ? latest.status : 'not-started';
}

export const STAGE_LABELS: Record<ActivityStage, string> = {
  'not-started': 'Not started',
  open: 'Voting open',
  closed: 'Closed',
  revealed: 'Revealed',
};

/** "4:05" left until the deadline, or null when there is none; never negative. */
export function timeLeft(
  deadlineAt: string | null,
  now: number,
): { text: string; seconds: number; over: boolean } | null {
  if (deadlineAt === null) return null;
  const ms = Math.max(0, Date.parse(deadlineAt) - now);
  const seconds = Math.ceil(ms / 1000);
  return { text: `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`, seconds, over: ms === 0 };
}

/** The last stretch of a countdown, when the projector's clock turns to warn the room. */
export const FINAL_SECONDS = 30;
