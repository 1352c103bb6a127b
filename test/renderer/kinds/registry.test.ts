import { describe, expect, it } from 'vitest';
import { KIND_VIEWS, viewOf } from '../../../src/renderer/kinds';
import { BALLOT_INPUTS } from '../../../src/renderer/kinds/ballot';
import { analyze } from '../../../src/shared/analytics';
import type { ActivityKind } from '../../../src/shared/domain';
import { ACTIVITY_KINDS, KINDS, kindOf } from '../../../src/shared/kinds';
import type { DemoPerson } from '../../../src/shared/kinds/types';

const ITEMS = ['Data', 'Customer journey', 'Privacy'].map((label, i) => ({ id: `i${i + 1}`, label, benchmark: null }));

/** A fixed, plausible person for the kind's demo answers. */
const person = (side: 'it' | 'marketing', seed: number): DemoPerson => {
  let state = seed;
  const random = () => (state = (state * 16807) % 2147483647) / 2147483647;
  return {
    side,
    itemCount: ITEMS.length,
    lean: (i: number) => (side === 'it' ? 0.5 : -0.5) * (i - 1),
    otherSideLean: (i: number) => (side === 'it' ? -0.5 : 0.5) * (i - 1),
    optionLean: (id: string) => (id.length % 3) / 2 - 0.5,
    itemClaim: () => 0,
    random,
    normal: () => random() * 2 - 1,
  };
};

describe('the renderer’s registry of activity kinds', () => {
  it('has a view for every kind the shared registry holds, and no other', () => {
    expect(Object.keys(KIND_VIEWS).sort()).toEqual([...ACTIVITY_KINDS].sort());
    expect(Object.keys(BALLOT_INPUTS).sort()).toEqual([...ACTIVITY_KINDS].sort());
  });

  describe.each(ACTIVITY_KINDS)('%s', (kind: ActivityKind) => {
    const config = KINDS[kind].defaultConfig();
    const view = viewOf(config);

    it('provides a ballot input, a settings editor and its result charts', () => {
      expect(view).toBe(KIND_VIEWS[kind]);
      expect(view.BallotInput).toBeTypeOf('function');
      // The shared-screen ballot's own list holds the very same input.
      expect(BALLOT_INPUTS[kind]).toBe(view.BallotInput);
      expect(view.SettingsEditor).toBeTypeOf('function');
      expect(view.resultParts).toBeTypeOf('function');
      expect(view.listsBenchmarks).toBeTypeOf('boolean');
    });

    it('draws a round of its demo answers in parts, each once', () => {
      const participants = [1, 2, 3, 4, 5, 6].map((n) => ({ id: `p${n}`, side: n <= 3 ? 'it' : 'marketing' }) as const);
      const definition = kindOf(config);
      const votes = participants.flatMap((p, n) =>
        definition
          .demoAnswers(config, person(p.side, 5 + n * 7))
          .flatMap((value, i) => (value === null ? [] : [{ participantId: p.id, itemId: ITEMS[i]!.id, value }])),
      );
      const activity = { id: 'a1', kind, title: 'Activity', config, items: ITEMS, rounds: [] };
      const result = analyze({
        anonymous: false,
        participants,
        activities: [{ ...activity, rounds: [{ id: 'r1', number: 1, status: 'revealed', votes }] }],
      }).activities[0]!;
      const parts = view.resultParts({ activity, config, result, round: result.latest! });
      expect(parts.length).toBeGreaterThan(0);
      expect(new Set(parts.map((part) => part.key)).size).toBe(parts.length);
      for (const part of parts) expect(part.perPage === null || part.perPage > 0).toBe(true);
    });
  });
});
