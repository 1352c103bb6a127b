import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setImmediate as tick } from 'node:timers/promises';
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

function importOnce(file: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'import', GOOD_FILE, '--db', file], { cwd: ROOT, stdio: 'ignore' });
    child.on('exit', resolve);
  });
}

it(
  'the command line imports into the data file while the room votes: 0 votes refused, 0 lost',
  { timeout: 300_000 },
  async () => {
    const room = seedRoom(core, 8);
    const roundId = core.voting.openRound(room.activityId, null).openRound!.id;
    const dispatch = dispatcherFor(core);

    let importing = true;
    const imports = (async () => {
      const codes: (number | null)[] = [];
      for (let i = 0; i < IMPORTS; i++) codes.push(await importOnce(core.file));
      importing = false;
      return codes;
    })();

    const acknowledged = new Map<string, number>();
    const refused: string[] = [];
    for (let i = 0; importing; i++) {
      const participantId = room.participants[i % room.participants.length]!;
      const result = await dispatch('live.recordBallot', eventFrom(APP_URL), {
        roundId,
        participantId,
        entries: ranking(room.itemIds, i),
        byFacilitator: false,
      });
      if (result.ok) acknowledged.set(participantId, i);
      else refused.push(result.error.message);
      await tick();
    }

    expect(await imports).toEqual(Array(IMPORTS).fill(0));
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
  },
);
