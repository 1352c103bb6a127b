import type { Core } from '../../src/main/core';
import type { BallotEntry } from '../../src/shared/ballot';

export interface Room {
  readonly workshopId: string;
  readonly activityId: string;
  readonly participantIds: readonly string[];
  readonly itemIds: readonly string[];
}

/** A workshop of `people` participants (IT and Marketing in turn) and one 0–10 scale activity of `items` items. */
export function scaleRoom(core: Core, people: number, items: number): Room {
  const workshop = core.workshops.create(
    { title: `Bench ${people}×${items}`, organization: 'Bench Ltd', date: '2026-11-20', facilitator: 'Bench' },
    [
      {
        title: 'Readiness for the digital future',
        prompt: '',
        minutes: null,
        config: { kind: 'scale', min: 0, max: 10, minLabel: 'Not ready', maxLabel: 'Ready' },
        items: Array.from({ length: items }, (_, i) => ({
          label: `Investment area ${i + 1}`,
          description: null,
          benchmark: null,
        })),
      },
    ],
  );
  const detail = core.participants.add(
    workshop.id,
    Array.from({ length: people }, (_, i) => ({
      name: `Participant ${i + 1}`,
      side: i % 2 === 0 ? ('it' as const) : ('marketing' as const),
      title: null,
    })),
  );
  const activity = detail.activities[0]!;
  return {
    workshopId: workshop.id,
    activityId: activity.id,
    participantIds: detail.participants.map((p) => p.id),
    itemIds: activity.items.map((i) => i.id),
  };
}

/** One participant's answers to every item, varied so no two ballots are alike. */
export function scaleBallot(room: Room, person: number, round: number): BallotEntry[] {
  return room.itemIds.map((itemId, i) => ({ itemId, value: (person * 7 + i * 3 + round) % 11 }));
}
