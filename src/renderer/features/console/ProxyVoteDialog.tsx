import type { Activity, Round } from '../../../shared/domain';
import type { Voter } from '../../../shared/live';
import { Dialog } from '../../ui/Dialog';
import { BallotForm } from '../ballot/BallotForm';

interface Props {
  activity: Activity;
  round: Round;
  participant: Voter;
  onClose(): void;
}

/** The facilitator enters a vote on someone's behalf; it is stored as such. */
export function ProxyVoteDialog({ activity, round, participant, onClose }: Props) {
  return (
    <Dialog title={`Vote on behalf of ${participant.name}`} wide onClose={onClose}>
      <p className="dialog-message">This vote is marked as entered by the facilitator.</p>
      <BallotForm
        activity={activity}
        round={round}
        participant={participant}
        byFacilitator
        onDone={onClose}
        onCancel={onClose}
      />
    </Dialog>
  );
}
