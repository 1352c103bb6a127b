// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import type { FacilitatorView, LiveView } from '../../src/shared/live';

let push: (view: LiveView) => void = () => {};
let first: LiveView;

beforeAll(() => {
  // The preload's API is the one edge faked here: a first answer, then pushes.
  Object.defineProperty(window, 'commonGround', {
    value: {
      on: (event: string, listener: (view: LiveView) => void) => {
        expect(event).toBe('live.view');
        push = listener;
        return () => (push = () => {});
      },
      live: { watch: async () => ({ ok: true, value: first }) },
    },
  });
});

function view(version: number, changes: Partial<FacilitatorView> = {}): FacilitatorView {
  return {
    audience: 'facilitator',
    version,
    workshop: { id: 'w1' } as FacilitatorView['workshop'],
    participants: [{ id: 'p1', name: 'Ines', side: 'it' }],
    activities: [],
    currentActivityId: null,
    stages: {},
    rounds: [],
    openRound: null,
    progress: null,
    revealed: {
      activityId: 'a1',
      kind: 'likert',
      title: 'A',
      rounds: [],
      latest: null,
      convergence: null,
      benchmarks: [],
      reading: null,
    },
    notes: [],
    actionItems: [],
    page: 0,
    ballotHandedOver: false,
    ...changes,
  };
}

describe('the live store', () => {
  it('takes pushed views in version order and keeps the parts that did not change', async () => {
    const { useLive } = await import('../../src/renderer/stores/live');
    first = view(3);
    const stop = useLive.getState().watch('w1');
    await expect.poll(() => useLive.getState().view?.version).toBe(3);
    const revealed = (useLive.getState().view as FacilitatorView).revealed;

    push(
      view(4, {
        notes: [{ id: 'n1', workshopId: 'w1', activityId: null, body: 'Data first', createdAt: 't', updatedAt: 't' }],
      }),
    );
    const after = useLive.getState().view as FacilitatorView;
    expect(after.version).toBe(4);
    expect(after.notes).toHaveLength(1);
    // The chart's data is the same object: nothing to redraw.
    expect(after.revealed).toBe(revealed);

    push(view(2, { notes: [] }));
    expect(useLive.getState().view?.version).toBe(4);
    push(view(5, { workshop: { id: 'w2' } as FacilitatorView['workshop'] }));
    expect(useLive.getState().view?.version).toBe(4);

    stop();
    expect(useLive.getState().view).toBeNull();
  });
});
