import type { z } from 'zod';
import { AppError } from './result';

/** ['activities', 2, 'items', 0, 'label'] → "activities[2].items[0].label" */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** The first problem of a failed parse, as an AppError that names where it is. */
export function firstProblem(error: z.ZodError, prefixWithPath = false): AppError {
  const issue = error.issues[0]!;
  const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
  const where = jsonPath(issue.path);
  const message = prefixWithPath && where !== '' ? `${where}: ${issue.message}` : issue.message;
  return new AppError('invalid-input', message, path);
}
