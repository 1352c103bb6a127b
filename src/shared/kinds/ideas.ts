import { withRaised } from '../analytics/ideas';
import { MIN_IDEAS_TO_VOTE } from './ideasRules';
import type { KindStage } from './stages';

/** Collect first, then vote as many times as the room needs. */
export const IDEAS_STAGES = [
  {
    id: 'collect',
    open: 'Collect ideas',
    round: 'collect round',
    input: 'texts',
    minItems: 0,
    needsItems: '',
    results: false,
    readAlongside: withRaised,
  },
  {
    id: 'vote',
    open: 'Vote on ideas',
    round: 'vote round',
    input: 'items',
    minItems: MIN_IDEAS_TO_VOTE,
    needsItems: `Collect at least ${MIN_IDEAS_TO_VOTE} ideas before the room votes on them.`,
    results: true,
  },
] as const satisfies readonly KindStage[];
