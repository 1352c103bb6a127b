import { z } from 'zod';
import { analyzeIdeas, withRaised } from '../analytics/ideas';
import * as figure from '../figures';
import { answeredEntries, bothShown, pickWeighted, sideText } from './common';
import {
  BACKED,
  backingProblem,
  defaultIdeasConfig,
  ideasConfigSchema,
  MIN_IDEAS_TO_VOTE,
  RAISED,
  type IdeaMark,
  type IdeasConfig,
} from './ideasRules';
import type { KindStage } from './stages';
import type { KindDefinition } from './types';

/** Collect first, then vote as many times as the room needs. */
export const IDEAS_STAGES = [
  {
    id: 'collect',
    open: 'Collect ideas',
    round: 'collect round',
    input: 'texts',
    answer: { value: RAISED, says: 'who wrote the idea' },
    words: {
      answered: 'have written',
      answeredInRoom: 'have written their ideas',
      pending: 'Still to write',
      closed: 'Thank you. The ideas are being gathered for the vote.',
    },
    minItems: 0,
    needsItems: '',
    results: false,
    readAlongside: withRaised,
  },
  {
    id: 'vote',
    open: 'Vote on ideas',
    round: 'vote round',
    input: 'items',
    minItems: MIN_IDEAS_TO_VOTE,
    needsItems: `Collect at least ${MIN_IDEAS_TO_VOTE} ideas before the room votes on them.`,
    results: true,
  },
] as const satisfies readonly KindStage[];

const valueSchema = z.enum([RAISED, BACKED]);

/**
 * Each person writes a few short ideas in a collect round (each becomes an item, and their
 * vote on it says they raised it); the facilitator merges duplicates and edits wording;
 * then each person backs their top picks in a vote round.
 */
export const ideas = {
  kind: 'ideas',
  label: 'Ideas',
  answer: 'Write a few short ideas, then back the best ones.',
  configSchema: ideasConfigSchema,
  defaultConfig: defaultIdeasConfig,
  stages: IDEAS_STAGES,

  valueSchema,
  valueShapes: ['"raised" or "backed"'],
  expectedValue: () => 'An ideas vote is "raised" (its writer, in a collect round) or "backed" (in a vote round).',
  acceptsValue: () => true,
  ballot: {
    answers: 'chosen-items',
    whole: true,
    toEntries: (_config, items, draft) => answeredEntries(items, draft.values),
    check(config, items, entries) {
      // Ideas are raised by writing them in a collect round, never by a ballot.
      if (entries.some((entry) => entry.value !== BACKED)) {
        return { message: 'A vote on ideas backs them; ideas are written in a collect round.' };
      }
      const problem = backingProblem(config, items.length, entries.length);
      return problem ? { message: problem } : null;
    },
  },

  analyze: (_config, items, context) => analyzeIdeas(items, context),
  answerBounds: () => null,
  benchmark: null,
  text: {
    answer: (_config, value) => (value === RAISED ? 'wrote it' : 'backed it'),
    cell: (_config, value) => value,
    sideFigure: (_config, side) => sideText(side, (share) => figure.share(share)),
    gapFigure: (_config, item) => figure.shareGap(item.gap),
    gapUnit: 'pp apart in share backing it',
    gapAs: { factor: 100, unit: ' pp' },
    divergenceSentence: (_config, { it, marketing, ideas: figures }) => {
      if (!bothShown(it, marketing) || it.mean === null || marketing.mean === null) return null;
      const shares = `${figure.share(it.mean)} of IT back it, against ${figure.share(marketing.mean)} of Marketing`;
      return figures?.bridge ? `${shares}: a bridge both sides back.` : `${shares}.`;
    },
    summary: () => ({ rows: 'figure', label: 'share backing it (0–1)', figure: 'mean' }),
  },

  // What each side of a demo room writes about the other not understanding it, after the research's complaints.
  demoItems: [
    { label: 'Every new tool is another system we secure, integrate and support for years.', side: 'it' },
    { label: 'Joining the data up takes longer than buying the tool that needs it.', side: 'it' },
    { label: 'Our standards exist because of incidents you never hear about.', side: 'it' },
    { label: 'We are judged on uptime and cost, not on campaign results.', side: 'it' },
    { label: 'Campaign dates are set by the market, not by our planning cycle.', side: 'marketing' },
    { label: 'A six-week ticket queue means we miss the moment.', side: 'marketing' },
    { label: 'Customer data is what we know about our buyers, not just a system to protect.', side: 'marketing' },
    { label: 'We are measured on this quarter’s revenue, so speed beats perfection.', side: 'marketing' },
    { label: 'Neither of us sees the other’s budget until it is spent.', side: 'both' },
    { label: 'We both want one view of the customer; we start from different ends.', side: 'both' },
  ],

  demoAnswers(config, person) {
    // Each simulated person backs their top picks, drawn by how strongly they lean to each idea.
    const weights = Array.from({ length: person.itemCount }, (_, i) => Math.exp(2 * person.lean(i)));
    const picks = Math.min(config.picks, person.itemCount);
    const backed = new Set<number>();
    while (backed.size < picks) {
      const i = pickWeighted(weights, person.random);
      backed.add(i);
      weights[i] = 0;
    }
    return weights.map((_, i) => (backed.has(i) ? BACKED : null));
  },
} satisfies KindDefinition<IdeasConfig, IdeaMark>;
