import { z } from 'zod';
import * as figure from '../figures';
import { bothShown, gapText, higherFirst, isWholeNumberIn, sideText } from './common';
import type { KindDefinition } from './types';
import { numberValueSchema } from './values';

const configSchema = z.object({ kind: z.literal('ranking') }).strict();
export type RankingConfig = z.infer<typeof configSchema>;

const bounds = (itemCount: number) => (itemCount > 0 ? { min: 1, max: itemCount } : null);

/** Each person puts every item in order; an answer is the item's place, 1 first. */
export const ranking = {
  kind: 'ranking',
  label: 'Ranking',
  answer: 'Put all the items in order.',
  configSchema,
  defaultConfig: () => ({ kind: 'ranking' }),

  valueSchema: numberValueSchema,
  valueShapes: ['a number'],
  expectedValue: (_config, itemCount) => `A ranking vote is a rank, a whole number from 1 to ${itemCount}.`,
  acceptsValue: (_config, itemCount, value) => isWholeNumberIn(value, 1, itemCount),
  ballot: {
    answers: 'every-item',
    whole: true,
    // The order is always complete: every item has its place.
    toEntries: (_config, _items, draft) => draft.order.map((itemId, index) => ({ itemId, value: index + 1 })),
    check(_config, items, entries) {
      const ranks = new Set(entries.map((e) => e.value));
      return ranks.size === items.length ? null : { message: 'A ranking puts every item in its own place: no ties.' };
    },
  },

  analyze: (_config, items, context) =>
    context.analyses.numeric(items, context, { bounds: bounds(items.length), order: true }),
  answerBounds: (_config, itemCount) => bounds(itemCount),
  adds: { order: true },
  benchmark: { measure: () => 'aggregate-position', shareOf: () => null },
  text: {
    gapUnit: 'places apart in mean rank',
    answer: (_config, value) => `ranked ${value}`,
    cell: (_config, value) => value,
    sideFigure: (_config, side) => sideText(side, figure.position),
    gapFigure: (_config, item) => gapText(item, 1),
    divergenceSentence(_config, { it, marketing }) {
      if (!bothShown(it, marketing)) return null;
      // A lower mean rank is a higher place.
      const { first, second, high, low } = higherFirst(-it.mean!, -marketing.mean!);
      return `${first} ranks it higher: ${figure.rank(-high)} on average against ${figure.rank(-low)} from ${second} (1 = most important).`;
    },
    summary: () => ({ rows: 'figure', label: 'mean rank (1 = first)', figure: 'mean' }),
  },

  demoAnswers(_config, person) {
    const scores = Array.from({ length: person.itemCount }, (_, i) => person.lean(i) + person.normal() * 0.3);
    const order = scores.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0]);
    const positions = new Array<number>(person.itemCount);
    order.forEach(([, i], position) => (positions[i] = position + 1));
    return positions;
  },
} satisfies KindDefinition<RankingConfig, number>;
