import type { BallotActivity } from '../../shared/live';
import { ballotInputOf } from '../kinds/ballot';
import type { BallotDraft } from './draft';

interface Props {
  activity: BallotActivity;
  draft: BallotDraft;
  /** Changes are applied to the latest draft, so quick taps never overwrite each other. */
  onUpdate(change: (draft: BallotDraft) => BallotDraft): void;
}

/** The ballot for the activity's kind. */
export function KindInputs({ activity, draft, onUpdate }: Props) {
  const { BallotInput } = ballotInputOf(activity.config);
  return <BallotInput config={activity.config} items={activity.items} draft={draft} onUpdate={onUpdate} />;
}
