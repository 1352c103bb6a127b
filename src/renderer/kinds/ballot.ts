import type { ActivityConfig, ActivityKind } from '../../shared/domain';
import { choiceBallotInput } from './choice/BallotInput';
import { ideasBallotInput, ideasWritingForm } from './ideas/BallotInput';
import { likertBallotInput } from './likert/BallotInput';
import { MatrixBallot } from './matrix/MatrixBallot';
import { ownershipBallotInput } from './ownership/BallotInput';
import { pointsBallotInput } from './points/BallotInput';
import { predictionBallotInput } from './prediction/BallotInput';
import { rankingBallotInput } from './ranking/BallotInput';
import { scaleBallotInput } from './scale/BallotInput';
import type { KindView, BallotFormProps } from './types';
import type { ComponentType } from 'react';

/**
 * Each kind's ballot input alone, for the shared-screen ballot: it loads none of the
 * designer's editors or the result charts (the same inputs as `KIND_VIEWS`).
 */
export const BALLOT_INPUTS = {
  ownership: ownershipBallotInput,
  ranking: rankingBallotInput,
  points: pointsBallotInput,
  likert: likertBallotInput,
  scale: scaleBallotInput,
  choice: choiceBallotInput,
  prediction: predictionBallotInput,
  ideas: ideasBallotInput,
  matrix: MatrixBallot,
} satisfies { readonly [K in ActivityKind]: KindView<Extract<ActivityConfig, { kind: K }>>['BallotInput'] };

/** The ballot input of a config's kind; it is only handed its own kind's settings (see `viewOf`). */
export function ballotInputOf(config: ActivityConfig): Pick<KindView<ActivityConfig>, 'BallotInput'> {
  return { BallotInput: BALLOT_INPUTS[config.kind] as unknown as KindView<ActivityConfig>['BallotInput'] };
}

/** The writing forms of the kinds whose first stage collects texts (the same as their views' `WritingForm`). */
const WRITING_FORMS: Partial<Record<ActivityKind, ComponentType<BallotFormProps>>> = { ideas: ideasWritingForm };

/** The form a person writes texts in, for a kind that collects them (none for every other kind). */
export function writingFormOf(config: ActivityConfig): Pick<KindView<ActivityConfig>, 'WritingForm'> {
  const WritingForm = WRITING_FORMS[config.kind];
  return WritingForm ? { WritingForm } : {};
}
