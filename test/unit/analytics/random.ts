import type { ActivityConfig, Side, VoteValue } from '../../../src/shared/domain';
import type { AnalysisActivity, AnalysisInput, AnalysisVote } from '../../../src/shared/analytics';
import { CHOICE_MANY, CHOICE_ONE, LIKERT, OWNERSHIP, POINTS, PREDICTION, RANKING, SCALE } from './fixtures';

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONFIGS: readonly ActivityConfig[] = [
  OWNERSHIP,
  RANKING,
  POINTS,
  LIKERT,
  SCALE,
  CHOICE_ONE,
  CHOICE_MANY,
  PREDICTION,
];

export interface RandomWorkshopShape {
  readonly activities: number;
  readonly participants: number;
  readonly anonymous?: boolean;
  /** Chance that a participant skips an item (or, in a ranking, the whole activity). */
  readonly skip?: number;
}

/** A workshop of every activity kind in turn, with valid random answers from every side. */
export function randomWorkshop(seed: number, shape: RandomWorkshopShape): AnalysisInput {
  const random = seededRandom(seed);
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const sides: readonly Side[] = ['it', 'marketing', 'other'];
  const participants = Array.from({ length: shape.participants }, (_, i) => ({
    id: `p${i + 1}`,
    // Mostly IT and Marketing, a few observers.
    side: sides[random() < 0.1 ? 2 : i % 2]!,
  }));
  const skip = shape.skip ?? 0.05;

  const answer = (config: ActivityConfig): VoteValue => {
    switch (config.kind) {
      case 'ownership':
        return config.options[int(0, config.options.length - 1)]!.id;
      case 'choice':
        if (!config.multiple) return config.options[int(0, config.options.length - 1)]!.id;
        return config.options.filter((_, i) => i === 0 || random() < 0.4).map((option) => option.id);
      case 'likert':
        return int(1, 5);
      case 'scale':
        return int(config.min, config.max);
      case 'prediction':
        return { own: int(config.min, config.max), guess: int(config.min, config.max) };
      default:
        throw new Error(`not answered item by item: ${config.kind}`);
    }
  };

  const activities = Array.from({ length: shape.activities }, (_, a): AnalysisActivity => {
    const config = CONFIGS[a % CONFIGS.length]!;
    const id = `a${a + 1}`;
    const items = Array.from({ length: int(3, 8) }, (_, i) => ({
      id: `${id}-i${i + 1}`,
      label: `Item ${i + 1}`,
      benchmark: null,
    }));
    const rounds = Array.from({ length: int(1, 2) }, (_, r) => {
      const votes: AnalysisVote[] = [];
      for (const { id: participantId } of participants) {
        if (config.kind === 'ranking') {
          if (random() < skip) continue;
          const order = items.map((item) => ({ item, key: random() })).sort((x, y) => x.key - y.key);
          order.forEach(({ item }, position) => votes.push({ participantId, itemId: item.id, value: position + 1 }));
        } else if (config.kind === 'points') {
          // Split the total at random cut points, so every ballot spends exactly the total.
          const cuts = items.map(() => int(0, config.total)).sort((x, y) => x - y);
          cuts[cuts.length - 1] = config.total;
          items.forEach((item, i) =>
            votes.push({ participantId, itemId: item.id, value: cuts[i]! - (i === 0 ? 0 : cuts[i - 1]!) }),
          );
        } else {
          for (const item of items) {
            if (random() < skip) continue;
            votes.push({ participantId, itemId: item.id, value: answer(config) });
          }
        }
      }
      return { id: `${id}-r${r + 1}`, number: r + 1, status: 'revealed' as const, votes };
    });
    return { id, kind: config.kind, title: `Activity ${a + 1}`, config, items, rounds };
  });

  return { anonymous: shape.anonymous ?? false, participants, activities };
}
