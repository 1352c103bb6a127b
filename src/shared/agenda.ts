import { z } from 'zod';
import { activityConfigSchema, benchmarkSchema } from './domain';
import { roomWritesItems } from './kinds/stages';

/**
 * An agenda as it is written down, without ids: the shape shared by templates and by
 * the portable workshop file, validated the same way wherever it comes from.
 */
export const itemDefinitionSchema = z
  .object({
    label: z.string().trim().min(1, { error: 'An item needs a label.' }).max(300),
    description: z.string().trim().max(1000).nullable().default(null),
    benchmark: benchmarkSchema.nullable().default(null),
  })
  .strict();
export type ItemDefinition = z.infer<typeof itemDefinitionSchema>;

export const activityDefinitionSchema = z
  .object({
    title: z.string().trim().min(1, { error: 'An activity needs a title.' }).max(200),
    prompt: z.string().trim().max(1000).default(''),
    /** Planned time on the agenda, for the facilitator. */
    minutes: z.number().int().min(1).max(240).nullable().default(null),
    config: activityConfigSchema,
    items: z.array(itemDefinitionSchema).max(60, { error: 'An activity holds at most 60 items.' }),
  })
  .strict();
export type ActivityDefinition = z.infer<typeof activityDefinitionSchema>;

/** An activity ready to run: with items, unless the room writes them (ideas), when it may start with none. */
const plannedActivitySchema = activityDefinitionSchema.refine(
  (activity) => activity.items.length > 0 || roomWritesItems(activity.config.kind),
  { error: 'An activity needs at least one item.', path: ['items'] },
);

export const TEMPLATE_FORMAT = 'common-ground/template';

export const templateSchema = z
  .object({
    format: z.literal(TEMPLATE_FORMAT, {
      error: `This is not a Common Ground template (format must be "${TEMPLATE_FORMAT}").`,
    }),
    version: z.literal(1, { error: 'This template version is not supported by this version of Common Ground.' }),
    id: z.string().regex(/^[a-z0-9-]{1,64}$/, { error: 'A template id is lowercase words joined by dashes.' }),
    name: z.string().trim().min(1).max(200),
    description: z.string().trim().max(2000).default(''),
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, { error: 'Use a language code like "en" or "en-GB".' }),
    activities: z.array(plannedActivitySchema).min(1).max(50),
  })
  .strict();
export type Template = z.infer<typeof templateSchema>;
