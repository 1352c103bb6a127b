interface Props {
  /** Why the last confirm was refused, in the person's words. */
  readonly error: string | null;
  /** What still keeps the ballot from being confirmed, shown quietly until a confirm is refused. */
  readonly problem: { readonly message: string } | null;
  readonly sending: boolean;
  /** The confirm button's words: "Confirm my answers". */
  readonly confirm: string;
  readonly onCancel: () => void;
}

/** The foot of every ballot: a refusal, Cancel and Confirm, and what is still missing. */
export function BallotActions({ error, problem, sending, confirm, onCancel }: Props) {
  return (
    <>
      {error && (
        <p className="banner error" role="alert">
          {error}
        </p>
      )}
      <div className="ballot-actions">
        <button type="button" className="button big" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button primary big" disabled={sending}>
          {sending ? 'Saving…' : confirm}
        </button>
      </div>
      {problem && !error && <p className="ballot-hint muted">{problem.message}</p>}
    </>
  );
}
