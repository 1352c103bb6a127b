/** One person's answers to an activity, and the rules a whole ballot keeps: see src/shared/kinds. */
export { ballotProblem, type BallotEntry } from './kinds';
export type { BallotProblem } from './kinds/types';
