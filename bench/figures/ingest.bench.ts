/**
 * ingest: ballots per second through the core's own vote path (validation, transaction,
 * durable commit) ÷ a bare better-sqlite3 prepared insert of the same rows into the same
 * schema with the same pragmas, one transaction per ballot. Both databases live side by
 * side on disk; each ballot is timed on both, the order alternating, so a noisy machine
 * weighs on both sides alike.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { createCore } from '../../src/main/core';
import type { BallotEntry } from '../../src/shared/ballot';
import { figure, measureGroup, median, round, runs } from '../support/measure';
import { scaleBallot, scaleRoom } from '../support/workshops';

const SHAPES = [
  { people: 12, items: 7, rounds: runs(25, 1) },
  { people: 40, items: 15, rounds: runs(10, 1) },
] as const;
const WARM_UP_ROUNDS = runs(1, 0);

function measureShape(people: number, items: number, rounds: number) {
  const dir = mkdtempSync(join(tmpdir(), 'cg-bench-ingest-'));
  const core = createCore(join(dir, 'core.sqlite'));
  const bare = createCore(join(dir, 'bare.sqlite'));
  try {
    const room = scaleRoom(core, people, items);
    const bareRoom = scaleRoom(bare, people, items);
    const insert = bare.db.prepare<[string, string, string, string, number, string]>(
      `INSERT INTO votes (round_id, participant_id, item_id, value, by_facilitator, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const insertBallot = bare.db.transaction((roundId: string, participantId: string, entries: BallotEntry[]) => {
      const now = new Date().toISOString();
      for (const entry of entries)
        insert.run(roundId, participantId, entry.itemId, JSON.stringify(entry.value), 0, now);
    });

    const coreTimes: number[] = [];
    const bareTimes: number[] = [];
    for (let r = 0; r < WARM_UP_ROUNDS + rounds; r++) {
      const roundId = core.voting.openRound(room.activityId, null).id;
      const bareRoundId = bare.queries.rounds.open(`bare-${r}`, bareRoom.activityId, new Date().toISOString()).id;
      for (let p = 0; p < people; p++) {
        const entries = scaleBallot(room, p, r);
        const bareEntries = entries.map((e, i) => ({ itemId: bareRoom.itemIds[i]!, value: e.value }));
        const timeCore = () => {
          const start = performance.now();
          core.voting.recordBallot(roundId, room.participantIds[p]!, entries, false);
          return performance.now() - start;
        };
        const timeBare = () => {
          const start = performance.now();
          insertBallot(bareRoundId, bareRoom.participantIds[p]!, bareEntries);
          return performance.now() - start;
        };
        let c: number;
        let b: number;
        if (p % 2 === 0) {
          c = timeCore();
          b = timeBare();
        } else {
          b = timeBare();
          c = timeCore();
        }
        if (r >= WARM_UP_ROUNDS) {
          coreTimes.push(c);
          bareTimes.push(b);
        }
      }
      core.voting.closeRound(roundId);
      bare.queries.rounds.close(bareRoundId, new Date().toISOString());
    }
    return { coreTimes, bareTimes };
  } finally {
    core.close();
    bare.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

it('ingest', async () => {
  await measureGroup('ingest', async () =>
    SHAPES.map(({ people, items, rounds }) => {
      const { coreTimes, bareTimes } = measureShape(people, items, rounds);
      const coreMedian = median(coreTimes);
      const bareMedian = median(bareTimes);
      const ratio = bareMedian / coreMedian;
      return figure('ingest', {
        name: `ingest.${people}x${items}`,
        value: ratio,
        unit: '× bare',
        budget: { min: 0.8 },
        how:
          `${people} people × ${items} items, ${rounds} rounds: recordBallot (validation, transaction, ` +
          'synchronous=FULL commit) against a bare prepared INSERT of the same rows, same schema and pragmas, ' +
          'one transaction per ballot, interleaved; ratio of the median ballot times.',
        median: ratio,
        runs: coreTimes.length,
        warmUp: WARM_UP_ROUNDS * people,
        detail: {
          coreBallotMs: round(coreMedian),
          bareBallotMs: round(bareMedian),
          coreBallotsPerSecond: round(1000 / coreMedian, 1),
          bareBallotsPerSecond: round(1000 / bareMedian, 1),
        },
        ...(ratio < 0.8
          ? {
              note:
                `A ballot takes ${round(coreMedian, 2)} ms through the core against ${round(bareMedian, 2)} ms bare ` +
                '(medians): the core re-reads the round, the activity (and its items) and the participant on every ballot, ' +
                're-parses the activity’s settings, and deletes the previous ballot inside a nested savepoint.',
            }
          : {}),
      });
    }),
  );
});
