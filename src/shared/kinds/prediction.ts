import { z } from 'zod';
import { requiredText } from '../validation';
import * as figure from '../figures';
import { answeredEntries, bothShown, clamp, gapText, higherFirst, isNumberIn, sideText } from './common';
import type { KindDefinition } from './types';

const configSchema = z
  .object({
    kind: z.literal('prediction'),
    ask: requiredText('What the prediction asks', 300),
    min: z.number().int(),
    max: z.number().int(),
    unit: z.string().max(12).default(''),
  })
  .strict()
  .refine((c) => c.max > c.min, { error: 'The prediction range needs max above min.' });
export type PredictionConfig = z.infer<typeof configSchema>;

const valueSchema = z.object({ own: z.number(), guess: z.number() }).strict();
export type PredictionValue = z.infer<typeof valueSchema>;

const bounds = (config: PredictionConfig) => (config.max > config.min ? { min: config.min, max: config.max } : null);

/** Each person gives their own answer, and guesses the other side's. */
export const prediction = {
  kind: 'prediction',
  label: 'Prediction',
  answer: 'Give your answer, and guess the other side’s.',
  configSchema,
  defaultConfig: () => ({
    kind: 'prediction',
    ask: 'What share of the other side will agree?',
    min: 0,
    max: 100,
    unit: '%',
  }),

  valueSchema,
  valueShapes: ['{ "own", "guess" }'],
  expectedValue: (config) =>
    `A prediction vote is { "own": …, "guess": … }, each a number from ${config.min} to ${config.max}.`,
  acceptsValue: (config, _itemCount, value) =>
    isNumberIn(value.own, config.min, config.max) && isNumberIn(value.guess, config.min, config.max),
  ballot: {
    answers: 'every-item',
    whole: false,
    toEntries: (_config, items, draft) => answeredEntries(items, draft.values),
    // A slider left where it started is not an answer: the person is asked to set it.
    unfinished(value, item) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
      if (!('own' in value) || value.own === undefined) return `Move the slider for your own answer to ${item}.`;
      if (!('guess' in value) || value.guess === undefined)
        return `Move the slider for your guess of the other side on ${item}.`;
      return null;
    },
  },

  analyze: (config, items, context) => ({ items: context.analyses.prediction(items, context, bounds(config)) }),
  answerBounds: (config) => bounds(config),
  adds: { reading: true },
  benchmark: { measure: () => 'mean', shareOf: () => null },
  text: {
    meanAxis: (config) => ({
      label: config.unit ? `mean answer (${config.unit})` : 'mean answer',
      unit: config.unit,
      domain: [config.min, config.max],
    }),
    answer: (config, value) => `own ${value.own}${config.unit}, guess ${value.guess}${config.unit}`,
    cell: (_config, value) => `own=${value.own};guess=${value.guess}`,
    sideFigure: (config, side) => sideText(side, (mean) => figure.mean(mean, { decimals: 0, unit: config.unit })),
    gapFigure: (_config, item) => gapText(item, 0),
    divergenceSentence(config, { it, marketing }) {
      if (!bothShown(it, marketing)) return null;
      const { first, second, high, low } = higherFirst(it.mean!, marketing.mean!);
      return `${first} answers ${figure.mean(high)}${config.unit} on average, ${second} ${figure.mean(low)}${config.unit}.`;
    },
    summary: (config) => ({
      rows: 'figure',
      label: `mean own answer${config.unit ? ` (${config.unit})` : ''}`,
      figure: 'mean',
    }),
  },

  demoAnswers: (config, person) =>
    Array.from({ length: person.itemCount }, (_, i) => {
      const own = clamp(Math.round(50 + 45 * person.lean(i) + person.normal() * 8), config.min, config.max);
      // People expect the other side to agree less than it does.
      const guess = clamp(
        Math.round(50 + 45 * person.otherSideLean(i) - 15 + person.normal() * 12),
        config.min,
        config.max,
      );
      return { own, guess };
    }),
} satisfies KindDefinition<PredictionConfig, PredictionValue>;
