import type { Clock } from '../../src/main/core';

/** Deterministic ids and times: id-1, id-2, …; a minute apart from a fixed start. */
export function fixedClock(start = Date.parse('2026-11-22T09:00:00.000Z')): Clock {
  let ids = 0;
  let ticks = 0;
  return {
    now: () => new Date(start + 60_000 * ticks++).toISOString(),
    newId: () => `id-${++ids}`,
  };
}
