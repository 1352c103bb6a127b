import type { Vote, VoteValue } from '../../../../shared/domain';
import { writeTransaction, type Db } from '../connection';

interface VoteRow {
  round_id: string;
  participant_id: string;
  item_id: string;
  value: string;
  by_facilitator: number;
  recorded_at: string;
}

function toVote(row: VoteRow): Vote {
  return {
    roundId: row.round_id,
    participantId: row.participant_id,
    itemId: row.item_id,
    value: JSON.parse(row.value) as VoteValue,
    byFacilitator: row.by_facilitator === 1,
    recordedAt: row.recorded_at,
  };
}

export interface BallotEntry {
  readonly itemId: string;
  readonly value: VoteValue;
}

export function voteQueries(db: Db) {
  const clear = db.prepare<[string, string]>('DELETE FROM votes WHERE round_id = ? AND participant_id = ?');
  const insert = db.prepare<[string, string, string, string, number, string]>(
    `INSERT INTO votes (round_id, participant_id, item_id, value, by_facilitator, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const byRound = db.prepare<[string], VoteRow>(
    'SELECT * FROM votes WHERE round_id = ? ORDER BY participant_id, item_id',
  );
  const countByParticipant = db.prepare<[string], { n: number }>(
    'SELECT count(*) AS n FROM votes WHERE participant_id = ?',
  );
  const countByItem = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM votes WHERE item_id = ?');
  const countByActivity = db.prepare<[string], { n: number }>(
    'SELECT count(*) AS n FROM votes v JOIN rounds r ON r.id = v.round_id WHERE r.activity_id = ?',
  );
  const voters = db.prepare<[string], { participant_id: string }>(
    'SELECT DISTINCT participant_id FROM votes WHERE round_id = ?',
  );

  function writeBallot(
    roundId: string,
    participantId: string,
    entries: readonly BallotEntry[],
    byFacilitator: boolean,
    now: string,
  ): void {
    clear.run(roundId, participantId);
    const flag = byFacilitator ? 1 : 0;
    for (const entry of entries)
      insert.run(roundId, participantId, entry.itemId, JSON.stringify(entry.value), flag, now);
  }
  const writeBallotInTransaction = writeTransaction(db, writeBallot);

  return {
    /**
     * A participant's whole ballot replaces their previous one in one transaction, so a
     * changed answer never leaves half of the old ballot behind. Inside the caller's own
     * transaction it joins it rather than opening a savepoint: the vote path stays lean.
     */
    replaceBallot(...ballot: Parameters<typeof writeBallot>): void {
      if (db.inTransaction) writeBallot(...ballot);
      else writeBallotInTransaction(...ballot);
    },
    listByRound(roundId: string): Vote[] {
      return byRound.all(roundId).map(toVote);
    },
    countByParticipant: (participantId: string) => countByParticipant.get(participantId)!.n,
    countByItem: (itemId: string) => countByItem.get(itemId)!.n,
    countByActivity: (activityId: string) => countByActivity.get(activityId)!.n,
    /** Who has voted, never what they answered. */
    voterIds(roundId: string): string[] {
      return voters.all(roundId).map((row) => row.participant_id);
    },
  };
}

export type VoteQueries = ReturnType<typeof voteQueries>;
