import { z } from 'zod';
import { requiredText } from '../validation';
import * as figure from '../figures';
import {
  answeredEntries,
  bothShown,
  clamp,
  gapText,
  isWholeNumberIn,
  levelsOffered,
  PERCENT_UNIT,
  sideText,
} from './common';
import type { KindDefinition } from './types';
import { numberValueSchema } from './values';

export const DEFAULT_LIKERT_LABELS = ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'] as const;

const configSchema = z
  .object({
    kind: z.literal('likert'),
    labels: z.tuple([
      requiredText('Label 1', 40),
      requiredText('Label 2', 40),
      requiredText('Label 3', 40),
      requiredText('Label 4', 40),
      requiredText('Label 5', 40),
    ]),
  })
  .strict();
export type LikertConfig = z.infer<typeof configSchema>;

const BOUNDS = { min: 1, max: 5 };

/** The five levels, 1 to 5; the top two (4 and 5) agree. */
export const LIKERT_LEVELS = [1, 2, 3, 4, 5] as const;

/** Each person agrees or disagrees with each statement, on five named levels. */
export const likert = {
  kind: 'likert',
  label: 'Agreement (1–5)',
  answer: 'Agree or disagree with each statement.',
  configSchema,
  defaultConfig: () => ({ kind: 'likert', labels: [...DEFAULT_LIKERT_LABELS] }),

  valueSchema: numberValueSchema,
  valueShapes: ['a number'],
  expectedValue: () => 'A likert vote is a whole number from 1 to 5.',
  acceptsValue: (_config, _itemCount, value) => isWholeNumberIn(value, 1, 5),
  ballot: {
    answers: 'every-item',
    whole: false,
    toEntries: (_config, items, draft) => answeredEntries(items, draft.values),
    check: (_config, _items, entries) => levelsOffered(entries),
  },

  analyze: (_config, items, context) =>
    context.analyses.numeric(items, context, { bounds: BOUNDS, whole: true, levels: LIKERT_LEVELS }),
  answerBounds: () => BOUNDS,
  benchmark: { measure: (unit) => (PERCENT_UNIT.test(unit) ? 'top-two-box-percent' : 'mean'), shareOf: () => null },
  text: {
    meanAxis: () => ({ label: 'mean agreement (1–5)', unit: '', domain: [1, 5] }),
    answer: (config, value) => `${config.labels[value - 1] ?? value} (${value})`,
    cell: (_config, value) => value,
    sideFigure: (_config, side) => sideText(side, (mean) => figure.mean(mean, { decimals: 1 })),
    gapFigure: (_config, item) => gapText(item, 1),
    divergenceSentence: (_config, { it, marketing }) =>
      bothShown(it, marketing)
        ? `${figure.share(it.top2Share ?? 0)} of IT agree, against ${figure.share(marketing.top2Share ?? 0)} of Marketing.`
        : null,
    summary: () => ({ rows: 'figure', label: 'share agreeing (4–5)', figure: 'share' }),
  },

  demoAnswers: (_config, person) =>
    Array.from({ length: person.itemCount }, (_, i) =>
      clamp(Math.round(3 + 1.6 * person.lean(i) + person.normal() * 0.7), 1, 5),
    ),
} satisfies KindDefinition<LikertConfig, number>;
