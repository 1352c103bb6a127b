import { z } from 'zod';
import * as figure from '../figures';
import { bothShown, gapText, higherFirst, isNumberIn, PERCENT_UNIT, sideText } from './common';
import type { KindDefinition } from './types';
import { numberValueSchema } from './values';

const configSchema = z
  .object({
    kind: z.literal('points'),
    total: z
      .number()
      .int({ error: 'The points total must be a whole number.' })
      .min(10, { error: 'The points total must be at least 10.' })
      .max(1000, { error: 'The points total must be at most 1000.' }),
  })
  .strict();
export type PointsConfig = z.infer<typeof configSchema>;

/** Splits `total` over the weights in whole numbers that add up exactly (largest remainder). */
function apportion(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const whole = exact.map(Math.floor);
  let left = total - whole.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    whole[i]! += 1;
  }
  return whole;
}

/** Each person spreads a budget of points over the items; an answer is the points an item got. */
export const points = {
  kind: 'points',
  label: 'Points',
  answer: 'Spread a budget of points over the items.',
  configSchema,
  defaultConfig: () => ({ kind: 'points', total: 100 }),

  valueSchema: numberValueSchema,
  valueShapes: ['a number'],
  expectedValue: (config) => `A points vote is a number from 0 to ${config.total}.`,
  acceptsValue: (config, _itemCount, value) => isNumberIn(value, 0, config.total),
  ballot: {
    answers: 'every-item',
    whole: true,
    // An item given no points has been given zero.
    toEntries: (_config, items, draft) => items.map((item) => ({ itemId: item.id, value: draft.values[item.id] ?? 0 })),
    check(config, _items, entries) {
      const given = entries.map((e) => e.value);
      if (given.some((p) => !Number.isInteger(p))) return { message: 'Points are whole numbers.' };
      const total = given.reduce((a, b) => a + b, 0);
      return total === config.total
        ? null
        : { message: `The points must add up to ${config.total}; these add up to ${total}.` };
    },
  },

  analyze: (config, items, context) =>
    context.analyses.numeric(items, context, { bounds: { min: 0, max: config.total } }),
  answerBounds: (config) => ({ min: 0, max: config.total }),
  benchmark: {
    measure: (unit) => (PERCENT_UNIT.test(unit) ? 'points-share-percent' : 'mean'),
    shareOf: (config) => config.total,
    listed: true,
  },
  text: {
    gapUnit: 'points apart',
    meanAxis: (config) => ({ label: `mean points (of ${config.total})`, unit: '', domain: null }),
    answer: (_config, value) => `${value} ${value === 1 ? 'point' : 'points'}`,
    cell: (_config, value) => value,
    sideFigure: (_config, side) => sideText(side, figure.points),
    gapFigure: (_config, item) => gapText(item, 0),
    divergenceSentence(config, { it, marketing }) {
      if (!bothShown(it, marketing)) return null;
      const { first, second, high, low } = higherFirst(it.mean!, marketing.mean!);
      return `${first} gives it ${figure.mean(high)} of ${config.total} points on average, ${second} only ${figure.mean(low)}.`;
    },
    summary: (config) => ({ rows: 'figure', label: `mean points (of ${config.total})`, figure: 'mean' }),
  },

  demoAnswers: (config, person) =>
    apportion(
      Array.from({ length: person.itemCount }, (_, i) => Math.exp(1.5 * person.lean(i) + person.normal() * 0.35)),
      config.total,
    ),
} satisfies KindDefinition<PointsConfig, number>;
