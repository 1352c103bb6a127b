import { z } from 'zod';
import { answeredEntries, optionSchema, uniqueOptions, type Option } from './common';
import { demoPicks, optionList, optionsBenchmark, optionsText, type OptionsValue, picksFit } from './options';
import type { KindDefinition } from './types';
import { optionsValueSchema } from './values';

export const DEFAULT_OWNERSHIP_OPTIONS: readonly Option[] = [
  { id: 'it-led', label: 'IT-led' },
  { id: 'marketing-led', label: 'Marketing-led' },
  { id: 'co-led', label: 'Co-led' },
  { id: 'outside-vendor', label: 'Outside vendor' },
];

const configSchema = z
  .object({
    kind: z.literal('ownership'),
    options: z
      .array(optionSchema)
      .min(2, { error: 'Give at least two ownership options.' })
      .max(8)
      .refine(uniqueOptions, { error: 'Option ids must be unique.' }),
  })
  .strict();
export type OwnershipConfig = z.infer<typeof configSchema>;

/** For each item, each person says who should drive it: one of the options. */
export const ownership = {
  kind: 'ownership',
  label: 'Ownership',
  answer: 'For each item, who should drive it.',
  configSchema,
  defaultConfig: () => ({ kind: 'ownership', options: DEFAULT_OWNERSHIP_OPTIONS.map((o) => ({ ...o })) }),

  valueSchema: optionsValueSchema,
  valueShapes: ['an option id', 'a list of option ids'],
  expectedValue: (config) => `An ownership vote is one of the options: ${optionList(config.options)}.`,
  acceptsValue: (config, _itemCount, value) => picksFit(config.options, false, value),
  ballot: {
    answers: 'every-item',
    whole: false,
    toEntries: (_config, items, draft) => answeredEntries(items, draft.values),
  },

  analyze: (config, items, context) => ({ items: context.analyses.categorical(config.options, false, items, context) }),
  answerBounds: () => null,
  comparedBy: 'distribution',
  benchmark: optionsBenchmark<OwnershipConfig>(),
  text: optionsText<OwnershipConfig>(),

  demoAnswers: (config, person) => demoPicks(config.options, person, true, false),
} satisfies KindDefinition<OwnershipConfig, OptionsValue>;
