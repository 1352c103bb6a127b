import { z } from 'zod';
import { answeredEntries, optionSchema, uniqueOptions } from './common';
import { demoPicks, optionList, optionsBenchmark, optionsText, type OptionsValue, picksFit } from './options';
import type { KindDefinition } from './types';
import { optionsValueSchema } from './values';

const configSchema = z
  .object({
    kind: z.literal('choice'),
    options: z
      .array(optionSchema)
      .min(2, { error: 'Give at least two options.' })
      .max(12)
      .refine(uniqueOptions, { error: 'Option ids must be unique.' }),
    multiple: z.boolean(),
  })
  .strict();
export type ChoiceConfig = z.infer<typeof configSchema>;

/** For each item, each person picks one option, or several when the activity allows it. */
export const choice = {
  kind: 'choice',
  label: 'Choice',
  answer: 'Pick one option (or several) for each item.',
  configSchema,
  defaultConfig: () => ({
    kind: 'choice',
    options: [
      { id: 'option-1', label: 'Option 1' },
      { id: 'option-2', label: 'Option 2' },
    ],
    multiple: false,
  }),

  valueSchema: optionsValueSchema,
  valueShapes: ['an option id', 'a list of option ids'],
  expectedValue: (config) =>
    config.multiple
      ? `A multiple-choice vote is a list of different options among: ${optionList(config.options)}.`
      : `A choice vote is one of the options: ${optionList(config.options)}.`,
  acceptsValue: (config, _itemCount, value) => picksFit(config.options, config.multiple, value),
  ballot: {
    answers: 'every-item',
    whole: false,
    toEntries: (_config, items, draft) => answeredEntries(items, draft.values),
  },

  analyze: (config, items, context) => ({
    items: context.analyses.categorical(config.options, config.multiple, items, context),
  }),
  answerBounds: () => null,
  comparedBy: 'distribution',
  benchmark: optionsBenchmark<ChoiceConfig>(),
  text: optionsText<ChoiceConfig>(),

  demoAnswers: (config, person) => demoPicks(config.options, person, false, config.multiple),
} satisfies KindDefinition<ChoiceConfig, OptionsValue>;
