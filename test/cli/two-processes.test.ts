import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core';
import { CLI, requireBuiltCli, ROOT } from '../support/cli';
import { APP_URL, dispatcherFor, eventFrom } from '../support/ipc';
import { ranking, seedRoom } from '../support/room';
import { tempDir } from '../support/temp';
import { GOOD_FILE } from '../unit/workshop-file/corpus';

requireBuiltCli();

/** How many imports the command line makes into the file while the room votes (CG_LONG=1: more). */
const IMPORTS = process.env.CG_LONG === '1' ? 60 : 8;

let dir: string;
let cleanup: () => void;
let core: Core;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('cg-two-'));
  core = createCore(join(dir, 'shared.sqlite'));
});
afterEach(() => {
  core.close();
  cleanup();
});

/** One import by the command line; answers its exit code, with what it said when it failed. */
function importOnce(file: string): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'import', GOOD_FILE, '--db', file], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => resolve(code === 0 ? 'imported' : `exit ${code}: ${stderr.trim()}`));
  });
}

it(
  'the command line imports into the data file while the room votes: 0 votes refused, 0 lost',
  { timeout: 300_000 },
  async () => {
    const room = seedRoom(core, 8);
    const roundId = core.voting.openRound(room.activityId, null).id;
    const dispatch = dispatcherFor(core);

    let importing = true;
    const imports = (async () => {
      const codes: string[] = [];
      for (let i = 0; i < IMPORTS; i++) codes.push(await importOnce(core.file));
      importing = false;
      return codes;
    })();

    const acknowledged = new Map<string, number>();
    const refused: string[] = [];
    let tried = 0;
    for (let i = 0; importing; i++) {
      tried++;
      const participantId = room.participants[i % room.participants.length]!;
      const result = await dispatch('live.recordBallot', eventFrom(APP_URL), {
        roundId,
        participantId,
        entries: ranking(room.itemIds, i),
        byFacilitator: false,
      });
      if (result.ok) acknowledged.set(participantId, i);
      else refused.push(result.error.message);
      // Ballots back to back, as fast as a room could ever give them: the import gets a moment to take its turn.
      await sleep(1);
    }

    expect(await imports).toEqual(Array(IMPORTS).fill('imported'));
    expect(refused).toEqual([]);
    expect(acknowledged.size).toBe(room.participants.length);
    for (const [participantId, shift] of acknowledged) {
      const stored = core.queries.votes
        .listByRound(roundId)
        .filter((v) => v.participantId === participantId)
        .map((v) => ({ itemId: v.itemId, value: v.value }));
      expect(stored).toEqual(expect.arrayContaining(ranking(room.itemIds, shift)));
      expect(stored).toHaveLength(room.itemIds.length);
    }
    expect(core.workshops.list()).toHaveLength(IMPORTS + 1);
    console.warn(`Two processes: ${IMPORTS} imports, ${tried} ballots, ${refused.length} refused, 0 lost`);
  },
);
