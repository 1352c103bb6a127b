import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { build } from 'rolldown';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCore } from '../../src/main/core';
import { ROOT } from '../support/otherProcess';
import { ranking, seedRoom } from '../support/room';
import { tempDir } from '../support/temp';

/**
 * Crash safety: a child process records votes on a real file as fast as it can; it is
 * killed with SIGKILL at random moments; after each kill the file is reopened and checked:
 * integrity, every acknowledged ballot present, no round or workshop in an impossible state.
 * CG_LONG=1 (the long run) kills it 300 times; `npm test` 20 times.
 */
const KILLS = process.env.CG_LONG === '1' ? 300 : 20;

let dir: string;
let cleanup: () => void;
let voter: string;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('cg-crash-'));
  voter = join(dir, 'voter.cjs');
  await build({
    input: join(ROOT, 'test', 'support', 'voter.ts'),
    platform: 'node',
    external: ['better-sqlite3'],
    output: { file: voter, format: 'cjs' },
    logLevel: 'silent',
  });
}, 60_000);
afterAll(() => cleanup());

interface Attempt {
  readonly round: string;
  readonly participant: string;
  readonly shift: number;
  acked: boolean;
}

/** Runs the voter until a random moment, then kills it; answers what it printed. */
function runAndKill(file: string, workshopId: string, start: number, afterMs: number): Promise<string[]> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [voter, file, workshopId], {
      cwd: ROOT,
      env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules'), CG_START: String(start) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    let timer: NodeJS.Timeout | undefined;
    // The clock starts at the first ballot, so every kill lands while votes are being written.
    child.stdout.once('data', () => (timer = setTimeout(() => child.kill('SIGKILL'), afterMs)));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') throw new Error(`The voter stopped on its own (${code}): ${err}`);
      resolve(out.split('\n'));
    });
  });
}

it(
  `no acknowledged vote is lost and nothing is left half done across ${KILLS} SIGKILLs`,
  { timeout: 3_600_000 },
  async () => {
    const file = join(dir, 'crash.sqlite');
    rmSync(file, { force: true });
    const setup = createCore(file);
    const room = seedRoom(setup, 6);
    setup.close();

    const attempts = new Map<string, Attempt[]>();
    let next = 0;
    let acked = 0;
    // A fixed sequence of moments, so a failure can be replayed.
    let seed = 20261122;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

    for (let kill = 0; kill < KILLS; kill++) {
      const lines = await runAndKill(file, room.workshopId, next, 5 + Math.floor(random() * 150));
      for (const line of lines) {
        const [kind, round, participant, shift] = line.split(' ');
        if (kind === 'try') {
          const key = `${round} ${participant}`;
          const list = attempts.get(key) ?? [];
          list.push({ round: round!, participant: participant!, shift: Number(shift), acked: false });
          attempts.set(key, list);
          next = Math.max(next, Number(shift) + 1);
        } else if (kind === 'ack') {
          attempts.get(`${round} ${participant}`)!.at(-1)!.acked = true;
          acked++;
        }
      }

      const core = createCore(file);
      try {
        expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(core.db.pragma('foreign_key_check')).toEqual([]);
        const rounds = core.queries.rounds.listByActivity(room.activityId);
        // At most one open round; rounds numbered 1..n; every closed round closed after it opened.
        expect(rounds.filter((r) => r.status === 'open').length).toBeLessThanOrEqual(1);
        expect(rounds.map((r) => r.number)).toEqual(rounds.map((_, i) => i + 1));
        for (const r of rounds.filter((x) => x.status !== 'open')) expect(r.closedAt! >= r.openedAt).toBe(true);
        expect(core.workshops.requireWorkshop(room.workshopId)).toMatchObject({ status: 'live', deletedAt: null });

        // Every acknowledged ballot is there, whole: the last acknowledged one, or one tried after it.
        for (const [key, list] of attempts) {
          const lastAck = list.findLastIndex((a) => a.acked);
          const [round, participant] = key.split(' ') as [string, string];
          const stored = core.queries.votes
            .listByRound(round)
            .filter((v) => v.participantId === participant)
            .map((v) => ({ itemId: v.itemId, value: v.value }))
            .sort((a, b) => a.itemId.localeCompare(b.itemId));
          const candidates = list
            .slice(Math.max(lastAck, 0))
            .map((a) => ranking(room.itemIds, a.shift).sort((x, y) => x.itemId.localeCompare(y.itemId)));
          if (lastAck === -1) candidates.push([]);
          expect(candidates, `${key} after kill ${kill + 1}`).toContainEqual(stored);
        }
      } finally {
        core.close();
      }
    }
    console.warn(`Crash safety: ${KILLS} SIGKILLs survived, ${acked} acknowledged ballots, none lost`);
    expect(acked).toBeGreaterThan(KILLS);
  },
);
