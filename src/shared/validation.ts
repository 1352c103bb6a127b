import type { z } from 'zod';
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
