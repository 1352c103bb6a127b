/**
 * A room that votes as fast as it can, run as its own process by the crash test: the real
 * core on a real file. It prints `try` before each ballot and `ack` once the ballot's
 * transaction has returned (the moment the app acknowledges a vote to a voter), and
 * `round` once a new round is open. Every 25 ballots it closes, reveals and re-votes.
 *
 * Usage: node voter.cjs <data file> <workshop id>
 */
import { writeSync } from 'node:fs';
import { createCore } from '../../src/main/core';
import { ranking } from './room';

const [file, workshopId] = process.argv.slice(2) as [string, string];
const core = createCore(file);
const say = (line: string) => writeSync(1, `${line}\n`);

function openRoundId(): string {
  const state = core.live.snapshot(workshopId, 'facilitator');
  if (state.openRound) return state.openRound.id;
  const activityId = state.currentActivityId!;
  const latest = state.rounds.at(-1);
  if (latest?.status === 'closed') core.voting.revealRound(latest.id);
  const opened = core.voting.openRound(activityId, null).id;
  say(`round ${opened}`);
  return opened;
}

const { participants, activities } = core.workshops.detail(workshopId);
const itemIds = activities[0]!.items.map((i) => i.id);
let roundId = openRoundId();
for (let i = Number(process.env.CG_START ?? 0); ; i++) {
  const participant = participants[i % participants.length]!.id;
  say(`try ${roundId} ${participant} ${i}`);
  core.voting.recordBallot(roundId, participant, ranking(itemIds, i), false);
  say(`ack ${roundId} ${participant} ${i}`);
  if (i % 25 === 24) {
    core.voting.closeRound(roundId);
    roundId = openRoundId();
  }
}
