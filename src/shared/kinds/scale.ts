import { z } from 'zod';
import * as figure from '../figures';
import {
  answeredEntries,
  bothShown,
  clamp,
  gapText,
  higherFirst,
  isNumberIn,
  levelsOffered,
  PERCENT_UNIT,
  sideText,
} from './common';
import type { KindDefinition } from './types';
import { numberValueSchema } from './values';

const configSchema = z
  .object({
    kind: z.literal('scale'),
    min: z.number().int(),
    max: z.number().int(),
    minLabel: z.string().max(40).default(''),
    maxLabel: z.string().max(40).default(''),
  })
  .strict()
  .refine((c) => c.max > c.min && c.max - c.min <= 100, {
    error: 'The scale needs max above min, at most 100 apart.',
  });
export type ScaleConfig = z.infer<typeof configSchema>;

const bounds = (config: ScaleConfig) => (config.max > config.min ? { min: config.min, max: config.max } : null);

/** Each person rates each item on a scale of whole numbers. */
export const scale = {
  kind: 'scale',
  label: 'Scale',
  answer: 'Rate each item on a scale.',
  configSchema,
  defaultConfig: () => ({ kind: 'scale', min: 0, max: 10, minLabel: 'Not at all', maxLabel: 'Completely' }),

  valueSchema: numberValueSchema,
  valueShapes: ['a number'],
  expectedValue: (config) => `A scale vote is a number from ${config.min} to ${config.max}.`,
  acceptsValue: (config, _itemCount, value) => isNumberIn(value, config.min, config.max),
  ballot: {
    answers: 'every-item',
    whole: false,
    toEntries: (_config, items, draft) => answeredEntries(items, draft.values),
    check: (_config, _items, entries) => levelsOffered(entries),
  },

  analyze: (config, items, context) =>
    context.analyses.numeric(items, context, { bounds: bounds(config), aboveMidpoint: true }),
  answerBounds: (config) => bounds(config),
  benchmark: {
    measure: (unit) => (PERCENT_UNIT.test(unit) ? 'above-midpoint-percent' : 'mean'),
    shareOf: () => null,
  },
  text: {
    meanAxis: (config) => ({ label: `mean (${config.min}–${config.max})`, unit: '', domain: [config.min, config.max] }),
    answer: (config, value) => `${value} on ${config.min}–${config.max}`,
    cell: (_config, value) => value,
    sideFigure: (_config, side) => sideText(side, (mean) => figure.mean(mean, { decimals: 1 })),
    gapFigure: (_config, item) => gapText(item, 1),
    divergenceSentence(config, { it, marketing }) {
      if (!bothShown(it, marketing)) return null;
      const { first, second, high, low } = higherFirst(it.mean!, marketing.mean!);
      return `${first} rates it ${figure.mean(high)} out of ${config.max}, ${second} ${figure.mean(low)}.`;
    },
    summary: (config) => ({ rows: 'figure', label: `mean rating (${config.min}–${config.max})`, figure: 'mean' }),
  },

  demoAnswers(config, person) {
    const mid = (config.min + config.max) / 2;
    const spread = (config.max - config.min) / 2.5;
    return Array.from({ length: person.itemCount }, (_, i) =>
      clamp(Math.round(mid + spread * person.lean(i) + person.normal() * 0.8), config.min, config.max),
    );
  },
} satisfies KindDefinition<ScaleConfig, number>;
