import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/shared/domain';
import { emptyDraft, moveInOrder, pointsLeft, toEntries } from '../../src/renderer/features/ballot/draft';

function activity(kind: 'ranking' | 'points' | 'likert'): Activity {
  const config =
    kind === 'ranking'
      ? { kind }
      : kind === 'points'
        ? { kind, total: 100 }
        : { kind, labels: ['1', '2', '3', '4', '5'] as [string, string, string, string, string] };
  return {
    id: 'a',
    workshopId: 'w',
    position: 1,
    kind,
    title: 't',
    prompt: '',
    minutes: null,
    config,
    items: ['x', 'y', 'z'].map((id, i) => ({
      id,
      activityId: 'a',
      position: i + 1,
      label: id,
      description: null,
      benchmark: null,
    })),
  } as Activity;
}

describe('the ballot draft', () => {
  it('turns a ranking order into positions, 1 at the top', () => {
    const ranking = activity('ranking');
    const draft = { ...emptyDraft(ranking), order: moveInOrder(['x', 'y', 'z'], 'z', 0) };
    expect(toEntries(ranking, draft)).toEqual([
      { itemId: 'z', value: 1 },
      { itemId: 'x', value: 2 },
      { itemId: 'y', value: 3 },
    ]);
  });

  it('counts points not given as zero, and what is left to give', () => {
    const points = activity('points');
    const draft = { ...emptyDraft(points), values: { x: 60, y: 30 } };
    expect(toEntries(points, draft).map((e) => e.value)).toEqual([60, 30, 0]);
    expect(pointsLeft(100, draft.values)).toBe(10);
    expect(pointsLeft(100, { x: 80, y: 30 })).toBe(-10);
  });

  it('leaves unanswered statements out, so the ballot asks for them', () => {
    const likert = activity('likert');
    expect(toEntries(likert, { ...emptyDraft(likert), values: { y: 4 } })).toEqual([{ itemId: 'y', value: 4 }]);
  });
});
