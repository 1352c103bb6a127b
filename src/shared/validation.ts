import { z } from 'zod';
import type { AppErrorShape } from './result';

/** A path as it would be written in JavaScript: `activities[2].items[0].label`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/**
 * The first problem of a failed parse of a file, with its JSON path both in the message
 * (`activities[2].items[0].label: An item needs a label.`) and in `path`.
 */
export function firstProblem(error: z.ZodError, fallback: string): AppErrorShape {
  const issue = error.issues[0];
  if (!issue) return { code: 'invalid-input', message: fallback };
  const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
  // Point at the unknown field itself rather than at the object that holds it.
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
  return path.length > 0
    ? { code: 'invalid-input', message: `${formatJsonPath(path)}: ${issue.message}`, path }
    : { code: 'invalid-input', message: issue.message };
}

// ── What text the app accepts ──────────────────────────────────────────────────────

/**
 * The one rule for text that enters the app, from a window, a file or the command line:
 * tab, line feed and carriage return are the only control characters (no NUL, which
 * SQLite's text functions stop at, no escape sequences), and every UTF-16 surrogate is
 * half of a pair (a lone one cannot be stored as UTF-8 and would come back altered).
 */
export function textProblem(text: string): string | null {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if ((unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) || (unit >= 0x7f && unit <= 0x9f)) {
      return unit === 0
        ? 'contains a NUL character, which text cannot hold. Remove it and try again.'
        : `contains an invisible control character (U+${unit.toString(16).toUpperCase().padStart(4, '0')}). Remove it and try again.`;
    }
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return 'contains a broken character (half of an emoji or symbol). Type it again and retry.';
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) {
      return 'contains a broken character (half of an emoji or symbol). Type it again and retry.';
    }
  }
  return null;
}

/** Text with something to see: not only spaces and invisible characters (zero-width spaces, joiners, marks). */
export function hasVisibleText(text: string): boolean {
  return /[^\s\p{Cf}\p{Cc}]/u.test(text);
}

/** Text a person must give: trimmed, not empty, at most `max` characters, with something to see. */
export function requiredText(label: string, max: number) {
  return z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, { error: `${label} is required.` })
    .max(max, { error: `${label} must be at most ${max} characters.` })
    .refine(hasVisibleText, { error: `${label} needs letters or digits, not only spaces or invisible characters.` });
}

/** Deeper than any input or file of Common Ground nests; a deeper value is refused before it is walked. */
export const MAX_NESTING = 32;

/**
 * The first place in an input or a file's data that no schema should even see: a string
 * (or key) that breaks the text rule, a value that is not plain data (a typed array, a Map,
 * a Date: inputs are JSON-like), or nesting deeper than any real input. Walked without
 * recursion, so a hostile, deeply nested value cannot exhaust the stack.
 */
export function findInputProblem(value: unknown): AppErrorShape | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      const problem = textProblem(current);
      if (problem) return { code: 'invalid-input', message: `${fieldLabel(path)} ${problem}`, path };
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (path.length >= MAX_NESTING) {
      return { code: 'invalid-input', message: 'This input is nested too deeply to be Common Ground’s.', path };
    }
    if (Array.isArray(current)) {
      current.forEach((entry, index) => stack.push({ value: entry, path: [...path, index] }));
      continue;
    }
    const prototype: unknown = Object.getPrototypeOf(current);
    if (prototype !== Object.prototype && prototype !== null) {
      return {
        code: 'invalid-input',
        message: `${fieldLabel(path)} holds a kind of value Common Ground does not accept (binary data, a date object or a collection).`,
        path,
      };
    }
    for (const key of Object.keys(current)) {
      const problem = textProblem(key);
      if (problem) return { code: 'invalid-input', message: `A field name ${problem}`, path };
      stack.push({ value: (current as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}

// ── Messages in the app's words ───────────────────────────────────────────────────

/** The field names of inputs and files, as the screens call them. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  title: 'The title',
  organization: 'The organization',
  date: 'The date',
  facilitator: 'The facilitator',
  language: 'The language',
  anonymous: 'Anonymity',
  status: 'The status',
  name: 'The name',
  side: 'The side',
  label: 'The label',
  description: 'The description',
  prompt: 'The question',
  minutes: 'The minutes',
  kind: 'The kind',
  config: 'The settings',
  items: 'The items',
  item: 'The item',
  options: 'The options',
  labels: 'The labels',
  total: 'The points total',
  min: 'The lowest value',
  max: 'The highest value',
  minLabel: 'The label of the lowest value',
  maxLabel: 'The label of the highest value',
  ask: 'What the prediction asks',
  unit: 'The unit',
  multiple: 'Several answers',
  benchmark: 'The benchmark',
  cio: 'The CIO figure',
  cmo: 'The CMO figure',
  source: 'The source',
  year: 'The year',
  quote: 'The quote',
  id: 'The id',
  workshopId: 'The workshop',
  activityId: 'The activity',
  roundId: 'The round',
  participantId: 'The participant',
  participants: 'The participants',
  participant: 'The participant',
  itemId: 'The item',
  templateId: 'The template',
  entries: 'The answers',
  value: 'The answer',
  own: 'Your own answer',
  guess: 'Your guess',
  byFacilitator: 'Entered by the facilitator',
  body: 'The note',
  text: 'The text',
  ownerIt: 'The IT owner',
  ownerMarketing: 'The Marketing owner',
  dueDate: 'The due date',
  details: 'The workshop details',
  archived: 'Archived',
  withVotes: 'With votes',
  toIndex: 'The position',
  paper: 'The paper size',
  seed: 'The seed',
  number: 'The round number',
  openedAt: 'The time the round opened',
  closedAt: 'The time the round closed',
  revealedAt: 'The time the round was revealed',
  deadlineAt: 'The deadline',
  recordedAt: 'The time of the vote',
  createdAt: 'The creation time',
  updatedAt: 'The time of the last change',
  exportedAt: 'The export time',
  activities: 'The activities',
  rounds: 'The rounds',
  votes: 'The votes',
  notes: 'The notes',
  actionItems: 'The agreements and actions',
  workshop: 'The workshop',
  format: 'The format',
  version: 'The version',
};

/** The last named key of a path, in the app's words: `entries[2].value` → "The answer". */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const key = [...path].reverse().find((k): k is string => typeof k === 'string');
  if (key === undefined) return 'This input';
  const known = Object.hasOwn(FIELD_LABELS, key) ? FIELD_LABELS[key] : undefined;
  if (known) return known;
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `The field “${words}”`;
}

function expectedText(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
    case 'int':
    case 'bigint':
      return 'a number';
    case 'boolean':
      return 'yes or no (true or false)';
    case 'array':
    case 'tuple':
      return 'a list';
    case 'object':
    case 'record':
      return 'a group of fields';
    case 'null':
      return 'empty';
    default:
      return 'of another kind';
  }
}

/**
 * Every built-in check's message, naming the field as the app does, for the schemas that
 * do not word their own. Installed once for the whole app by importing this module.
 */
export const appErrorMap: z.core.$ZodErrorMap = (issue) => {
  const field = fieldLabel(issue.path ?? []);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `${field} is missing.`;
      if (issue.expected === 'number' && typeof issue.input === 'number') return `${field} must be a finite number.`;
      return `${field} must be ${expectedText(issue.expected)}.`;
    case 'too_big':
      return issue.origin === 'string'
        ? `${field} must be at most ${issue.maximum} characters.`
        : issue.origin === 'array' || issue.origin === 'set'
          ? `${field} can hold at most ${issue.maximum} entries.`
          : `${field} must be at most ${issue.maximum}.`;
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum) <= 1
          ? `${field} is required.`
          : `${field} must be at least ${issue.minimum} characters.`
        : issue.origin === 'array' || issue.origin === 'set'
          ? `${field} needs at least ${issue.minimum} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}.`
          : `${field} must be at least ${issue.minimum}.`;
    case 'unrecognized_keys':
      return `Common Ground does not know the field${issue.keys.length > 1 ? 's' : ''} ${issue.keys
        .map((k) => `“${k}”`)
        .join(', ')} here.`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `${field} must be ${JSON.stringify(issue.values[0])}.`
        : `${field} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'invalid_format':
      return `${field} is not in the form Common Ground expects.`;
    case 'invalid_union':
      return `${field} does not have any of the forms Common Ground accepts.`;
    case 'not_multiple_of':
      return `${field} must be a multiple of ${issue.divisor}.`;
    default:
      return `${field} is not valid.`;
  }
};

z.config({ customError: appErrorMap });
