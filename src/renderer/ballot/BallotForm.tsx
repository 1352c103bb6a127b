import { useEffect, useState } from 'react';
import { readBallot } from '../../shared/kinds';
import { stageOf } from '../../shared/kinds/stages';
import { api } from '../ipc/client';
import { BallotActions } from './BallotActions';
import { writingFormOf } from '../kinds/ballot';
import { BALLOT_QUESTION_ID, ballotItemId, emptyDraft, toEntries, type BallotDraft } from './draft';
import { KindInputs } from './KindInputs';
import type { BallotFormProps } from '../kinds/types';

type Props = BallotFormProps;

/**
 * A person's answer to the open round: the ballot of the activity's items, or, in a round
 * whose stage collects texts (ideas), the kind's own form to write them.
 */
export function BallotForm(props: Props) {
  const { activity, round } = props;
  const { WritingForm } = writingFormOf(activity.config);
  if (WritingForm && stageOf(activity.kind, round.stage)?.input === 'texts') return <WritingForm {...props} />;
  return <ItemsBallotForm {...props} />;
}

function ItemsBallotForm({ activity, round, participant, byFacilitator, onDone, onCancel }: Props) {
  // Every ballot starts empty, a changed one too: nobody's earlier answers are ever shown
  // at the shared screen. The draft lives as long as this form (keyed per person and round).
  const [draft, setDraft] = useState<BallotDraft>(() => emptyDraft(activity));
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    if (!byFacilitator) document.getElementById(BALLOT_QUESTION_ID)?.focus();
  }, [byFacilitator]);

  const { entries, problem } = readBallot(activity.config, activity.items, toEntries(activity, draft));

  async function confirm() {
    if (entries === null) {
      setError(problem.message);
      if (problem.itemId) bringIntoView(problem.itemId);
      return;
    }
    setSending(true);
    const result = await api.live.recordBallot({
      roundId: round.id,
      participantId: participant.id,
      entries,
      byFacilitator,
    });
    setSending(false);
    // Only an answer the main process has committed counts as given.
    if (result.ok) onDone();
    else setError(result.error.message);
  }

  return (
    <form
      className="ballot-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void confirm();
      }}
    >
      <KindInputs
        activity={activity}
        draft={draft}
        onUpdate={(change) => {
          setDraft((current) => change(current));
          setError(null);
        }}
      />
      <BallotActions
        error={error}
        problem={problem}
        sending={sending}
        confirm="Confirm my answers"
        onCancel={onCancel}
      />
    </form>
  );
}

/** Scrolls to the item that needs an answer and puts the keyboard on its first control. */
function bringIntoView(itemId: string) {
  const row = document.getElementById(ballotItemId(itemId));
  if (!row) return;
  row.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const control = row.querySelector<HTMLElement>('[tabindex="0"], input, button:not([tabindex="-1"])');
  control?.focus({ preventScroll: true });
}
