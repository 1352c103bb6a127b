import { join } from 'node:path';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core';
import { CHANNELS } from '../../src/shared/ipc/channels';
import { contract } from '../../src/shared/ipc/contract';
import type { Result } from '../../src/shared/result';
import { anyPayload, poisoned, shapedLike } from '../support/arbitraries';
import { fixedClock } from '../support/clock';
import { APP_URL, dispatcherFor, eventFrom } from '../support/ipc';
import { seedRoom } from '../support/room';
import { tempDir } from '../support/temp';

/**
 * Every channel of the contract, with random and malformed payloads. The channels are read
 * from the contract itself, so a channel added later is covered without a change here.
 * Set CG_LONG=1 for the long run (ten times as many payloads).
 */
const SCALE = process.env.CG_LONG === '1' ? 10 : 1;
/** Payloads per channel and kind; a channel that takes no input has one valid payload, tried a few times. */
function runsFor(input: z.ZodType) {
  const takesNothing = (input as unknown as { _zod: { def: { type: string } } })._zod.def.type === 'null';
  const shaped = takesNothing ? 5 : 150;
  return { shaped: shaped * SCALE, poisoned: (700 - shaped) * SCALE, anything: 300 * SCALE, senders: 20 * SCALE };
}

const CODES = new Set(['invalid-input', 'not-found', 'conflict', 'forbidden-sender', 'unknown-channel']);
/** zod's own wording, which must never reach a person. */
const ZOD_DEFAULTS =
  /Invalid input|expected \w+, received|Too (big|small)|Unrecognized key|Invalid option|Invalid string/;

let core: Core;
let cleanup: () => void;
let dispatch: ReturnType<typeof dispatcherFor>;
let strings: string[];
const tried = new Map<string, number>();

beforeAll(() => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  core = createCore(join(temp.dir, 'properties.sqlite'), fixedClock());
  const room = seedRoom(core);
  const roundId = core.voting.openRound(room.activityId, null).id;
  dispatch = dispatcherFor(core);
  strings = [
    room.workshopId,
    room.activityId,
    roundId,
    ...room.participants,
    ...room.itemIds,
    'cio-cmo-alignment',
    'Alignment day',
    '2026-11-22',
    'A4',
    'it',
  ];
});
afterAll(() => {
  core.close();
  cleanup();
  const least = Math.min(...CHANNELS.map((c) => tried.get(c) ?? 0));
  console.warn(`IPC properties: ${CHANNELS.length} channels, at least ${least} payloads each`);
});

/** Rows this connection has changed since it opened: the same number before and after means nothing was written. */
const changes = () => core.db.prepare('SELECT total_changes()').pluck().get() as number;

function expectRefusal(result: Result<unknown>, channel: string): void {
  expect(result.ok, channel).toBe(false);
  if (result.ok) return;
  expect(CODES.has(result.error.code), `${channel}: ${result.error.code} ${result.error.message}`).toBe(true);
  expect(result.error.message.length).toBeGreaterThan(10);
  expect(result.error.message, channel).not.toMatch(ZOD_DEFAULTS);
}

async function send(channel: string, payload: unknown, event = eventFrom(APP_URL)) {
  tried.set(channel, (tried.get(channel) ?? 0) + 1);
  const before = changes();
  let result: Result<unknown>;
  try {
    result = await dispatch(channel, event, payload);
  } catch (error) {
    throw new Error(`${channel} threw ${String(error)}`, { cause: error });
  }
  return { result, unchanged: changes() === before };
}

describe.each(CHANNELS.map((c) => [c]))('%s', { timeout: 120_000 * SCALE }, (channel) => {
  const input = contract[channel].input;
  const RUNS = runsFor(input);

  it('payloads shaped like its input: accepted, or refused with a code and a clear message, nothing written', async () => {
    await fc.assert(
      fc.asyncProperty(shapedLike(input, strings), async (payload) => {
        const { result, unchanged } = await send(channel, payload);
        if (!result.ok) {
          expectRefusal(result, channel);
          expect(unchanged, `${channel} wrote while refusing: ${result.error.message}`).toBe(true);
        }
      }),
      { numRuns: RUNS.shaped },
    );
  });

  it('one hostile value anywhere (typed arrays, NaN, NUL, lone surrogates, __proto__, deep nesting): refused, nothing written', async () => {
    await fc.assert(
      fc.asyncProperty(poisoned(input, strings), async (payload) => {
        const { result, unchanged } = await send(channel, payload);
        expectRefusal(result, channel);
        expect(unchanged).toBe(true);
      }),
      { numRuns: RUNS.poisoned },
    );
  });

  it('anything at all: never thrown, refused with a code and a message unless it happens to fit', async () => {
    await fc.assert(
      fc.asyncProperty(anyPayload, async (payload) => {
        const { result, unchanged } = await send(channel, payload);
        if (!result.ok) {
          expectRefusal(result, channel);
          expect(unchanged).toBe(true);
        }
      }),
      { numRuns: RUNS.anything },
    );
  });

  it('forged senders: another site, a subframe, no frame: refused, nothing written', async () => {
    const forged = fc.oneof(
      fc.webUrl().map((url) => eventFrom(url)),
      fc.constant(eventFrom(APP_URL, { subframe: true })),
      fc.constant(eventFrom(null)),
      fc.constantFrom('file:///etc/passwd', 'app://evil/index.html', 'http://127.0.0.1:5173/').map((u) => eventFrom(u)),
    );
    await fc.assert(
      fc.asyncProperty(forged, shapedLike(input, strings), async (event, payload) => {
        const { result, unchanged } = await send(channel, payload, event);
        expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
        expect(unchanged).toBe(true);
      }),
      { numRuns: RUNS.senders },
    );
  });
});
