import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core';
import { fixedClock } from '../support/clock';
import { ranking, seedRoom } from '../support/room';
import { tempDir } from '../support/temp';

const ROOT = join(__dirname, '..', '..');

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

/**
 * Another process (the command line, a second app) that takes the write lock, writes,
 * holds it for a moment and commits. Resolves once it holds the lock; `done` when it exits.
 */
function otherWriter(file: string, holdMs: number) {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(file)});
    db.pragma('busy_timeout = 5000');
    db.exec('BEGIN IMMEDIATE');
    db.prepare("UPDATE workshops SET updated_at = ?").run(new Date().toISOString());
    process.stdout.write('locked\\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${holdMs});
    db.exec('COMMIT');
    db.close();
  `;
  const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const done = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const locked = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
    child.on('exit', () => reject(new Error('The other writer exited before taking the lock.')));
  });
  return { locked, done };
}

it('a vote waits for another process’s write to finish instead of being refused', async () => {
  const room = seedRoom(core);
  const roundId = core.voting.openRound(room.activityId, null).openRound!.id;
  // Read once, so the connection has a snapshot from before the other process's commit.
  core.voting.state(room.workshopId);

  const other = otherWriter(core.file, 300);
  await other.locked;
  const answer = core.voting.recordBallot(roundId, room.participants[0]!, ranking(room.itemIds), false);
  expect(answer.recordedAt).toEqual(expect.any(String));
  expect(await other.done).toBe(0);
  expect(core.queries.votes.voterIds(roundId)).toEqual([room.participants[0]]);
});

it('opening a round waits too', async () => {
  const room = seedRoom(core);
  const other = otherWriter(core.file, 200);
  await other.locked;
  expect(core.voting.openRound(room.activityId, null).openRound).not.toBeNull();
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
