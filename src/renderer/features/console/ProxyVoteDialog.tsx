import type { Activity, Round } from '../../../shared/domain';
import type { Voter } from '../../../shared/live';
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
    <div className="overlay" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div className="dialog wide" role="dialog" aria-modal="true" aria-label={`Vote on behalf of ${participant.name}`}>
        <h2>Vote on behalf of {participant.name}</h2>
        <p className="dialog-message">This vote is marked as entered by the facilitator.</p>
        <BallotForm
          activity={activity}
          round={round}
          participant={participant}
          byFacilitator
          onDone={onClose}
          onCancel={onClose}
        />
      </div>
    </div>
  );
}
