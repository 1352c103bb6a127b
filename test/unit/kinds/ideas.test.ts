import { describe, expect, it } from 'vitest';
import { KIND_ANALYSES } from '../../../src/shared/analytics/round';
import { analyzeIdeas, bridges, BRIDGE_SHARE, mostBackedFirst, withRaised } from '../../../src/shared/analytics/ideas';
import { createRoster, type ItemResult, type RoundResult } from '../../../src/shared/analytics';
import type { ItemAnswers, KindContext } from '../../../src/shared/analytics/sides';
import {
  backingProblem,
  BACKED,
  defaultIdeasConfig,
  ideaKey,
  ideasConfigSchema,
  ideasProblem,
  RAISED,
  tidyIdea,
} from '../../../src/shared/kinds/ideasRules';
import type { Side } from '../../../src/shared/domain';

const config = defaultIdeasConfig();

describe('the ideas a person writes', () => {
  it('starts from three ideas of at most 140 characters and three picks, within the settings’ bounds', () => {
    expect(config).toEqual({ kind: 'ideas', perPerson: 3, maxLength: 140, picks: 3 });
    expect(ideasConfigSchema.safeParse({ ...config, perPerson: 11 }).error?.issues[0]?.message).toBe(
      'Ideas per person is at most 10.',
    );
    expect(ideasConfigSchema.safeParse({ ...config, picks: 0 }).error?.issues[0]?.message).toBe(
      'Picks per person is at least 1.',
    );
  });

  it('keeps an idea tidy and knows two wordings of one idea', () => {
    expect(tidyIdea('  We   carry\tthe\nrisk  ')).toBe('We carry the risk');
    expect(ideaKey('We carry THE risk')).toBe(ideaKey(' we  carry the risk'));
    expect(ideaKey('We carry the risk')).not.toBe(ideaKey('We carry the risks'));
  });

  it('takes one to N ideas with visible text, within the length, none twice', () => {
    expect(ideasProblem(config, ['Budgets are not ours to cut'])).toBeNull();
    expect(ideasProblem(config, [])?.message).toBe('Write at least one idea before you confirm.');
    expect(ideasProblem(config, ['a', 'b', 'c', 'd'])?.message).toBe('Write at most 3 ideas; these are 4.');
    expect(ideasProblem({ ...config, perPerson: 1 }, ['a', 'b'])?.message).toBe('Write at most 1 idea; these are 2.');
    expect(ideasProblem(config, ['Fine', ' \u200b '])).toEqual({
      message: 'Idea 2 needs letters or digits, not only spaces or invisible characters.',
      index: 1,
    });
    expect(ideasProblem(config, ['x'.repeat(141)])).toEqual({
      message: 'Idea 1 is 141 characters long; keep it to 140.',
      index: 0,
    });
    // Length counts characters as a person sees them: an emoji is one.
    expect(ideasProblem(config, ['😀'.repeat(140)])).toBeNull();
    expect(ideasProblem(config, ['Security is a feature', 'security  is a FEATURE'])).toEqual({
      message: 'Ideas 1 and 2 say the same thing; keep one of them.',
      index: 1,
    });
    expect(ideasProblem(config, ['bad \u0000 byte'])?.message).toMatch(/^Idea 1 contains a NUL character/);
  });

  it('backs one to `picks` ideas, never more than there are', () => {
    expect(backingProblem(config, 8, 0)).toBe('Back at least one idea before you confirm.');
    expect(backingProblem(config, 8, 3)).toBeNull();
    expect(backingProblem(config, 8, 4)).toBe('Back at most 3 ideas; you checked 4.');
    expect(backingProblem(config, 2, 3)).toBe('Back at most 2 ideas; you checked 3.');
  });
});

/** A round's answers, by idea: who marked it. */
function roundOf(sides: readonly Side[], marks: Record<string, readonly number[]>, value: string, anonymous = false) {
  const roster = createRoster(sides.map((side, p) => ({ id: `p${p}`, side })));
  const counted = new Set<number>();
  const context: KindContext = {
    analyses: KIND_ANALYSES,
    sides: roster.sides,
    anonymous,
    countVoter: (p) => counted.add(p),
    dissentThreshold: 0.5,
  };
  const items: ItemAnswers[] = Object.entries(marks).map(([label, who]) => {
    const answers = new Array<string | undefined>(sides.length);
    for (const p of who) answers[p] = value;
    return { item: { id: label, label, benchmark: null }, answers };
  });
  return { result: analyzeIdeas(items, context).items, counted };
}

const byLabel = (items: readonly ItemResult[]) => new Map(items.map((item) => [item.label, item]));

// Three IT (0–2), three Marketing (3–5) and one other (6).
const ROOM: Side[] = ['it', 'it', 'it', 'marketing', 'marketing', 'marketing', 'other'];

describe('a vote round on ideas', () => {
  // IT 0 backs A, B; IT 1 backs A; IT 2 backs C; Marketing 3 backs C; 4 backs B, C; 5 backs C, D; other backs D.
  const { result, counted } = roundOf(ROOM, { A: [0, 1], B: [0, 4], C: [2, 3, 4, 5], D: [5, 6] }, BACKED);
  const ideas = byLabel(result);

  it('counts everyone who answered as a voter of their side, for every idea', () => {
    expect([...counted].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const item of result) expect([item.it.n, item.marketing.n, item.room.n]).toEqual([3, 3, 7]);
  });

  it('gives each side’s backing share, the gap and the divergence, by hand', () => {
    const a = ideas.get('A')!;
    expect([a.it.mean, a.marketing.mean, a.room.mean]).toEqual([2 / 3, 0, 2 / 7]);
    expect(a.gap).toBeCloseTo(2 / 3, 12);
    expect(a.divergence).toBeCloseTo(2 / 3, 12);
    expect(a.ideas).toEqual({ raised: null, backed: { it: 2, marketing: 0, room: 2 }, bridge: false });
    const c = ideas.get('C')!;
    expect([c.it.mean, c.marketing.mean]).toEqual([1 / 3, 1]);
    expect(c.gap).toBeCloseTo(-2 / 3, 12);
    expect(c.divergence).toBeCloseTo(2 / 3, 12);
    expect(ideas.get('B')!.gap).toBe(0);
    expect(ideas.get('D')!.divergence).toBeCloseTo(1 / 3, 12);
  });

  it('tests the gap like any share: exact permutations and Newcombe’s interval', () => {
    const a = ideas.get('A')!.certainty;
    // IT [1,1,0] vs Marketing [0,0,0]: of the C(6,3) = 20 relabellings, 8 put both marks on
    // one side (4 with both in the first group, 4 with none), each a gap of 2/3.
    expect(a.p).toBeCloseTo(8 / 20, 12);
    expect(a.method).toBe('exact');
    expect(a.relabellings).toBe(20);
    // Six voters of the two sides are fewer than a verdict needs.
    expect(a.verdict).toBe('too-few-voters');
    expect(a.interval!.low).toBeLessThan(2 / 3);
    expect(a.interval!.high).toBeGreaterThan(2 / 3);
    expect(a.interval!.high).toBeLessThanOrEqual(1);
  });

  it('calls an idea a bridge when at least a third of each side backed it', () => {
    expect(BRIDGE_SHARE).toBeCloseTo(1 / 3, 12);
    expect(result.filter((item) => item.ideas?.bridge).map((item) => item.label)).toEqual(['B', 'C']);
    // C is backed by at least a third of IT and all of Marketing, B by a third of each.
    expect(bridges(result).map((item) => item.label)).toEqual(['C', 'B']);
  });

  it('reads most backed first: by the room, then by the less keen side, ties in the order written', () => {
    // Room shares: C 4/7, then A, B and D 2/7 each; of those B has a third of each side.
    expect(mostBackedFirst(result).map((item) => item.label)).toEqual(['C', 'B', 'A', 'D']);
    expect(result.map((item) => item.label)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('hides a side of fewer than three voters under anonymity, and then finds no bridge', () => {
    const small: Side[] = ['it', 'it', 'marketing', 'marketing', 'marketing'];
    const { result: hidden } = roundOf(small, { A: [0, 2, 3], B: [1, 4] }, BACKED, true);
    for (const item of hidden) {
      expect(item.it.suppressed).toBe(true);
      expect(item.it.mean).toBeNull();
      expect(item.ideas?.backed?.it).toBeNull();
      expect(item.gap).toBeNull();
      expect(item.ideas?.bridge).toBe(false);
    }
    expect(byLabel(hidden).get('A')!.ideas?.backed?.marketing).toBe(2);
  });
});

describe('a collect round', () => {
  // IT 0 writes A and B; Marketing 3 writes A; Marketing 4 writes C.
  const { result } = roundOf(ROOM, { A: [0, 3], B: [0], C: [4] }, RAISED);
  const ideas = byLabel(result);

  it('counts who raised each idea, per side, with no gap to test', () => {
    expect(ideas.get('A')!.ideas).toEqual({ raised: { it: 1, marketing: 1, room: 2 }, backed: null, bridge: false });
    // Voters are the writers: one from IT, two from Marketing.
    expect([ideas.get('C')!.it.n, ideas.get('C')!.marketing.n]).toEqual([1, 2]);
    expect(ideas.get('C')!.marketing.mean).toBe(1 / 2);
    for (const item of result) {
      expect(item.divergence).toBeNull();
      expect(item.certainty.verdict).toBe('too-few-voters');
    }
  });

  it('is read alongside a vote round: each idea carries who raised it', () => {
    const { result: vote } = roundOf(ROOM, { A: [0, 3], B: [1], C: [2, 4, 5] }, BACKED);
    const voteRound = { items: vote } as unknown as RoundResult;
    const collectRound = { items: result } as unknown as RoundResult;
    const read = byLabel(withRaised(voteRound, collectRound).items);
    expect(read.get('A')!.ideas).toEqual({
      raised: { it: 1, marketing: 1, room: 2 },
      backed: { it: 1, marketing: 1, room: 2 },
      bridge: true,
    });
    expect(read.get('B')!.ideas?.raised).toEqual({ it: 1, marketing: 0, room: 1 });
    expect(withRaised(voteRound, null).items[0]!.ideas?.raised).toBeNull();
  });
});
