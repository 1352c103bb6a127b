import { useEffect, useState } from 'react';
import { ideasProblem, tidyIdea, type IdeasConfig } from '../../../shared/kinds/ideasRules';
import { BallotActions } from '../../ballot/BallotActions';
import { BALLOT_QUESTION_ID } from '../../ballot/draft';
import { api } from '../../ipc/client';
import './ideas.css';
import type { BallotFormProps } from '../types';

type Props = BallotFormProps;

const fieldId = (index: number) => `idea-field-${index}`;

/**
 * A collect round: one field per idea a person may write, empty for every person. Only
 * the fields with something in them are sent; the core checks them again and keeps who
 * wrote what as private as a vote.
 */
export function WriteIdeasForm({ activity, round, participant, byFacilitator, onDone, onCancel }: Props) {
  const config = activity.config as IdeasConfig;
  const [texts, setTexts] = useState<string[]>(() => Array.from({ length: config.perPerson }, () => ''));
  const [error, setError] = useState<{ message: string; index?: number } | null>(null);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    if (!byFacilitator) document.getElementById(BALLOT_QUESTION_ID)?.focus();
  }, [byFacilitator]);

  // Empty fields are simply not used; which field an idea was in is not kept.
  const filled = texts.map((text, index) => ({ text, index })).filter(({ text }) => tidyIdea(text) !== '');
  const problem = ideasProblem(
    config,
    filled.map(({ text }) => text),
    // A message names the field the person sees, not the idea's place among the filled ones.
    filled.map(({ index }) => index + 1),
  );
  const fieldOf = (index: number | undefined) => (index === undefined ? undefined : filled[index]?.index);

  async function confirm() {
    if (problem) {
      const index = fieldOf(problem.index);
      setError({ message: problem.message, ...(index === undefined ? {} : { index }) });
      if (index !== undefined) document.getElementById(fieldId(index))?.focus();
      return;
    }
    setSending(true);
    const result = await api.live.submitIdeas({
      roundId: round.id,
      participantId: participant.id,
      ideas: filled.map(({ text }) => text),
      byFacilitator,
    });
    setSending(false);
    if (result.ok) onDone();
    else setError({ message: result.error.message });
  }

  return (
    <form
      className="ballot-form ideas-write"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void confirm();
      }}
    >
      <p className="ballot-instruction">
        {config.perPerson === 1
          ? 'Write one short idea.'
          : `One idea per field, up to ${config.perPerson}; leave a field empty if you have fewer.`}{' '}
        Nobody sees who wrote what.
      </p>
      <ol className="ideas-fields">
        {texts.map((text, index) => {
          const length = [...tidyIdea(text)].length;
          const wrong = error?.index === index;
          return (
            <li key={index}>
              <label htmlFor={fieldId(index)}>Idea {index + 1}</label>
              <textarea
                id={fieldId(index)}
                rows={2}
                value={text}
                maxLength={1000}
                aria-invalid={wrong || length > config.maxLength}
                aria-describedby={`${fieldId(index)}-count`}
                onChange={(event) => {
                  const value = event.target.value;
                  setTexts((current) => current.map((t, i) => (i === index ? value : t)));
                  setError(null);
                }}
              />
              <span
                id={`${fieldId(index)}-count`}
                className={length > config.maxLength ? 'idea-length over' : 'idea-length'}
              >
                {length} / {config.maxLength}
              </span>
            </li>
          );
        })}
      </ol>
      <BallotActions
        error={error?.message ?? null}
        problem={problem}
        sending={sending}
        confirm="Confirm my ideas"
        onCancel={onCancel}
      />
    </form>
  );
}
