import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core';
import { fixedClock } from '../support/clock';
import { ranking, seedRoom } from '../support/room';
import { otherWriter, ROOT } from '../support/otherProcess';
import { tempDir } from '../support/temp';

let dir: string;
let cleanup: () => void;
let core: Core;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  core = createCore(join(dir, 'room.sqlite'), fixedClock());
});
afterEach(() => {
  core.close();
  cleanup();
});

it('a vote waits for another process’s write to finish instead of being refused', async () => {
  const room = seedRoom(core);
  const roundId = core.voting.openRound(room.activityId, null).id;
  // Read once, so the connection has a snapshot from before the other process's commit.
  core.live.snapshot(room.workshopId, 'facilitator');

  const other = otherWriter(core.file, { holdMs: 300 });
  await other.locked;
  const answer = core.voting.recordBallot(roundId, room.participants[0]!, ranking(room.itemIds), false);
  expect(answer.recordedAt).toEqual(expect.any(String));
  expect(await other.done).toBe(0);
  expect(core.queries.votes.voterIds(roundId)).toEqual([room.participants[0]]);
});

it('opening a round waits too', async () => {
  const room = seedRoom(core);
  const other = otherWriter(core.file, { holdMs: 200 });
  await other.locked;
  expect(core.voting.openRound(room.activityId, null).status).toBe('open');
  await other.done;
});

it('every write transaction in the core goes through writeTransaction (BEGIN IMMEDIATE)', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const core = join(ROOT, 'src', 'main', 'core');
  const files = readdirSync(core, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const deferred = files.filter(
    (f) => !f.endsWith(join('db', 'connection.ts')) && /\bdb\.transaction\(/.test(readFileSync(join(core, f), 'utf8')),
  );
  expect(deferred).toEqual([]);
});
