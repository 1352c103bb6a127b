import { z } from 'zod';
import cioCmoAlignment from '../../../assets/templates/cio-cmo-alignment.json';
import { templateSchema, type Template } from '../../shared/agenda';

function parseBuiltIn(file: string, json: unknown): Template {
  const parsed = templateSchema.safeParse(json);
  // Thrown at module load, so a broken template stops the app at startup rather than in the room.
  if (!parsed.success) throw new Error(`The built-in template ${file} is invalid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The templates that ship with the app, read-only. */
export const BUILT_IN_TEMPLATES: readonly Template[] = Object.freeze([
  parseBuiltIn('cio-cmo-alignment.json', cioCmoAlignment),
]);

export function builtInTemplate(id: string): Template | undefined {
  return BUILT_IN_TEMPLATES.find((t) => t.id === id);
}

export interface TemplateOverview {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly language: string;
  readonly activityCount: number;
  readonly itemCount: number;
  /** Planned minutes over all activities; an activity without a plan counts as 0. */
  readonly minutes: number;
}

export function templateSummary(t: Template): TemplateOverview {
  return {
    id: t.id,
    name: t.name,
    description: t.description,
    language: t.language,
    activityCount: t.activities.length,
    itemCount: t.activities.reduce((sum, a) => sum + a.items.length, 0),
    minutes: t.activities.reduce((sum, a) => sum + (a.minutes ?? 0), 0),
  };
}
