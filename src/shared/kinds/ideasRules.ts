import { z } from 'zod';
import { hasVisibleText, textProblem } from '../validation';

/**
 * The ideas kind's settings and rules, shared by the core (which enforces them), the
 * ballot (which checks before sending) and the analysis. An idea is an item of the
 * activity; who wrote it is that person's vote `raised` on it in the collect round, and
 * who backs it, their vote `backed` in a vote round: authorship is exactly as private as
 * a vote, and every export that carries votes carries it.
 */

export const IDEAS_LIMITS = {
  perPerson: { min: 1, max: 10, default: 3 },
  maxLength: { min: 20, max: 280, default: 140 },
  picks: { min: 1, max: 10, default: 3 },
} as const;

/** The most ideas one activity holds, whatever the room writes: the agenda's own limit on items. */
export const MAX_IDEAS = 60;

/** Vote rounds need something to choose between. */
export const MIN_IDEAS_TO_VOTE = 2;

const whole = (what: string, limits: { min: number; max: number }) =>
  z
    .number({ error: `${what} is a number.` })
    .int({ error: `${what} is a whole number.` })
    .min(limits.min, { error: `${what} is at least ${limits.min}.` })
    .max(limits.max, { error: `${what} is at most ${limits.max}.` });

export const ideasConfigSchema = z
  .object({
    kind: z.literal('ideas'),
    /** How many ideas one person may write. */
    perPerson: whole('Ideas per person', IDEAS_LIMITS.perPerson),
    /** The longest an idea may be, in characters. */
    maxLength: whole('The longest idea', IDEAS_LIMITS.maxLength),
    /** How many ideas one person backs in a vote round, at most. */
    picks: whole('Picks per person', IDEAS_LIMITS.picks),
  })
  .strict();
export type IdeasConfig = z.infer<typeof ideasConfigSchema>;

export const defaultIdeasConfig = (): IdeasConfig => ({
  kind: 'ideas',
  perPerson: IDEAS_LIMITS.perPerson.default,
  maxLength: IDEAS_LIMITS.maxLength.default,
  picks: IDEAS_LIMITS.picks.default,
});

/** A writer's mark on an idea they wrote (collect round), and a voter's on one they back (vote round). */
export const RAISED = 'raised';
export const BACKED = 'backed';
export type IdeaMark = typeof RAISED | typeof BACKED;

/** An idea as it is kept: spaces trimmed, runs of white space made one space. */
export function tidyIdea(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** What makes two ideas the same one: letter case, accents' composition and spacing aside. */
export function ideaKey(text: string): string {
  return tidyIdea(text).normalize('NFC').toLocaleLowerCase('en');
}

/** What is wrong with one idea's wording, or null; `what` names it in the message ("Idea 2"). */
export function ideaTextProblem(text: string, maxLength: number, what = 'An idea'): string | null {
  const broken = textProblem(text);
  if (broken) return `${what} ${broken}`;
  const tidy = tidyIdea(text);
  if (!hasVisibleText(tidy)) return `${what} needs letters or digits, not only spaces or invisible characters.`;
  const length = [...tidy].length;
  if (length > maxLength) return `${what} is ${length} characters long; keep it to ${maxLength}.`;
  return null;
}

export interface IdeasProblem {
  readonly message: string;
  /** Which of the person's ideas (0-based) the problem is about, when one is. */
  readonly index?: number;
}

/**
 * What is wrong with one person's ideas in a collect round, or null: at least one, at
 * most `perPerson`, each with visible text within the length, and no idea twice. A
 * message names an idea by its number among `texts`, or by `numbers` when the ideas sit
 * in numbered fields some of which were left empty.
 */
export function ideasProblem(
  config: IdeasConfig,
  texts: readonly string[],
  numbers?: readonly number[],
): IdeasProblem | null {
  const number = (index: number) => numbers?.[index] ?? index + 1;
  if (texts.length === 0) return { message: 'Write at least one idea before you confirm.' };
  if (texts.length > config.perPerson) {
    return {
      message: `Write at most ${config.perPerson} ${config.perPerson === 1 ? 'idea' : 'ideas'}; these are ${texts.length}.`,
    };
  }
  const seen = new Map<string, number>();
  for (const [index, text] of texts.entries()) {
    const problem = ideaTextProblem(text, config.maxLength, `Idea ${number(index)}`);
    if (problem) return { message: problem, index };
    const key = ideaKey(text);
    const first = seen.get(key);
    if (first !== undefined) {
      return { message: `Ideas ${number(first)} and ${number(index)} say the same thing; keep one of them.`, index };
    }
    seen.set(key, index);
  }
  return null;
}

/** What is wrong with the ideas a person backs in a vote round, or null: one to `picks` of them. */
export function backingProblem(config: IdeasConfig, ideaCount: number, backed: number): string | null {
  const most = Math.min(config.picks, ideaCount);
  if (backed === 0) return 'Back at least one idea before you confirm.';
  if (backed > most) return `Back at most ${most} ${most === 1 ? 'idea' : 'ideas'}; you checked ${backed}.`;
  return null;
}
