import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src/main/core';
import { analyzeRound } from '../../../src/shared/analytics/round';
import { createRoster } from '../../../src/shared/analytics/sides';
import type { ActivityKind } from '../../../src/shared/domain';
import {
  ACTIVITY_KINDS,
  activityConfigSchema,
  ballotProblem,
  draftEntries,
  KINDS,
  kindOf,
  voteValueProblem,
  voteValueSchema,
} from '../../../src/shared/kinds';
import type { DemoPerson } from '../../../src/shared/kinds/types';
import { fixedClock } from '../../support/clock';
import { tempDir } from '../../support/temp';

const ITEMS = ['Data', 'Customer journey', 'Marketing technology', 'Privacy'].map((label, i) => ({
  id: `i${i + 1}`,
  label,
}));

/** A simulated person with fixed draws, so each kind's demo answers are reproducible here. */
function person(side: 'it' | 'marketing', seed: number): DemoPerson {
  let state = seed;
  const random = () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
  return {
    side,
    itemCount: ITEMS.length,
    lean: (i) => (side === 'it' ? 0.6 : -0.4) * (i % 2 === 0 ? 1 : -1),
    otherSideLean: (i) => (side === 'it' ? -0.4 : 0.6) * (i % 2 === 0 ? 1 : -1),
    optionLean: (id) => (id.length % 3) / 2 - 0.5,
    itemClaim: (id, i) => (id.startsWith(side) ? 0.5 + i / 10 : 0),
    random,
    normal: () => random() * 2 - 1,
  };
}

/** The renderer's side of each kind is held to the same list in test/renderer/kinds/registry.test.ts. */
describe('the registry of activity kinds', () => {
  it('holds one definition per kind, filed under its own id', () => {
    expect(ACTIVITY_KINDS).toEqual([
      'ownership',
      'ranking',
      'points',
      'likert',
      'scale',
      'choice',
      'prediction',
      'ideas',
      'matrix',
    ]);
    for (const kind of ACTIVITY_KINDS) expect(KINDS[kind].kind).toBe(kind);
  });

  describe.each(ACTIVITY_KINDS)('%s', (kind: ActivityKind) => {
    const definition = kindOf(KINDS[kind].defaultConfig());
    const config = definition.defaultConfig();

    it('provides every part', () => {
      expect(definition.label.trim()).not.toBe('');
      expect(definition.answer.trim()).not.toBe('');
      expect(definition.valueShapes.length).toBeGreaterThan(0);
      for (const part of [
        definition.defaultConfig,
        definition.expectedValue,
        definition.acceptsValue,
        definition.ballot.toEntries,
        definition.analyze,
        definition.answerBounds,
        definition.text.answer,
        definition.text.cell,
        definition.text.sideFigure,
        definition.text.gapFigure,
        definition.text.divergenceSentence,
        definition.text.summary,
        definition.demoAnswers,
      ]) {
        expect(part).toBeTypeOf('function');
      }
      expect(['every-item', 'chosen-items']).toContain(definition.ballot.answers);
      expect(definition.expectedValue(config, ITEMS.length)).toMatch(/vote/);
    });

    it('starts from settings its own schema and the registry schema accept as they are', () => {
      expect(config.kind).toBe(kind);
      expect(definition.configSchema.parse(config)).toEqual(config);
      expect(activityConfigSchema.parse(config)).toEqual(config);
    });

    it('answers its own demo ballots in a shape that passes its own checks', () => {
      for (const [side, seed] of [
        ['it', 7],
        ['marketing', 11],
      ] as const) {
        const answers = definition.demoAnswers(config, person(side, seed));
        expect(answers).toHaveLength(ITEMS.length);
        // A kind whose ballot answers chosen items leaves the others unanswered (null).
        const entries = answers.flatMap((value, i) => (value === null ? [] : [{ itemId: ITEMS[i]!.id, value }]));
        expect(entries.length).toBeGreaterThan(0);
        for (const { value } of entries) {
          expect(voteValueSchema.safeParse(value).success).toBe(true);
          expect(definition.valueSchema.safeParse(value).success).toBe(true);
          expect(voteValueProblem(config, ITEMS.length, value)).toBeNull();
        }
        expect(ballotProblem(config, ITEMS, entries)).toBeNull();

        // The ballot screen's draft of the same answers sends the same entries.
        const order = [...entries].sort((a, b) => Number(a.value) - Number(b.value)).map((e) => e.itemId);
        const draft = { order, values: Object.fromEntries(entries.map((e) => [e.itemId, e.value])) };
        expect(ballotProblem(config, ITEMS, draftEntries(config, ITEMS, draft))).toBeNull();
      }
    });

    it('refuses an answer of another shape with what the answer must be', () => {
      const wrong = kind === 'prediction' ? 5 : { own: 1, guess: 2 };
      expect(voteValueProblem(config, ITEMS.length, wrong)).toBe(definition.expectedValue(config, ITEMS.length));
      expect(ballotProblem(config, ITEMS, [{ itemId: 'i9', value: wrong }])?.message).toBe(
        'This answer is for an item that is not in the activity.',
      );
    });

    it('analyses a round of its demo answers and reads every figure as text', () => {
      const participants = [
        ...[1, 2, 3].map((n) => ({ id: `it${n}`, side: 'it' as const })),
        ...[1, 2, 3].map((n) => ({ id: `mk${n}`, side: 'marketing' as const })),
      ];
      const votes = participants.flatMap((p, n) =>
        definition
          .demoAnswers(config, person(p.side as 'it' | 'marketing', 3 + n * 5))
          .flatMap((value, i) => (value === null ? [] : [{ participantId: p.id, itemId: ITEMS[i]!.id, value }])),
      );
      const activity = {
        id: 'a1',
        kind,
        title: 'Activity',
        config,
        items: ITEMS.map((item) => ({ ...item, benchmark: null })),
        rounds: [],
      };
      const round = analyzeRound(
        activity,
        { id: 'r1', number: 1, status: 'revealed', votes },
        { roster: createRoster(participants), anonymous: false },
      );
      expect(round.items.map((item) => item.itemId)).toEqual(ITEMS.map((item) => item.id));
      expect(round.voters).toMatchObject({ it: 3, marketing: 3 });
      for (const item of round.items) {
        expect(definition.text.sideFigure(config, item.it)).not.toMatch(/^(—|fewer than 3)?$/);
        expect(definition.text.gapFigure(config, item)).not.toBe('—');
        expect(definition.text.divergenceSentence(config, item)).toMatch(/IT|Marketing/);
      }
      for (const vote of votes) expect(definition.text.answer(config, vote.value)).not.toBe('');

      const bounds = definition.answerBounds(config, ITEMS.length);
      if (bounds !== null) expect(bounds.max).toBeGreaterThan(bounds.min);
      if (definition.benchmark) {
        expect(definition.benchmark.measure('%')).toBeTypeOf('string');
        expect(definition.benchmark.measure('')).toBeTypeOf('string');
      }
    });
  });

  it('refuses a kind it does not know, saying which kinds there are', () => {
    const parsed = activityConfigSchema.safeParse({ kind: 'mood-board' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(
      '“mood-board” is not a kind of activity Common Ground knows; the kinds are ownership, ranking, points, likert, scale, choice, prediction, ideas, matrix.',
    );
  });
});

describe('the core with the registry of kinds', () => {
  let core: Core;
  let cleanup: () => void;
  beforeEach(() => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    core = createCore(join(temp.dir, 'common-ground.sqlite'), fixedClock());
  });
  afterEach(() => {
    core.close();
    cleanup();
  });

  it('adds an activity of each kind with its default settings, and refuses a kind it does not know', () => {
    const workshop = core.workshops.create({
      title: 'Alignment day',
      organization: 'Acme',
      date: '2026-11-22',
      facilitator: 'Dana',
    });
    for (const kind of ACTIVITY_KINDS) core.agenda.addActivity(workshop.id, kind);
    const detail = core.workshops.detail(workshop.id);
    expect(detail.activities.map((a) => a.kind)).toEqual(ACTIVITY_KINDS);
    expect(detail.activities.map((a) => a.config)).toEqual(ACTIVITY_KINDS.map((kind) => KINDS[kind].defaultConfig()));

    expect(() => core.agenda.addActivity(workshop.id, 'mood-board' as ActivityKind)).toThrow(
      '“mood-board” is not a kind of activity Common Ground knows',
    );
    expect(core.workshops.detail(workshop.id).activities).toHaveLength(ACTIVITY_KINDS.length);
  });
});
