import type { Db } from '../connection';

/**
 * What the ideas kind does to votes beyond a ballot: a person's ideas replaced as a whole,
 * and one idea's raisers and backers moved onto another when the two are merged.
 */
export function ideaQueries(db: Db) {
  const itemsMarked = db.prepare<[string, string], { item_id: string }>(
    'SELECT item_id FROM votes WHERE round_id = ? AND participant_id = ?',
  );
  const clear = db.prepare<[string, string]>('DELETE FROM votes WHERE round_id = ? AND participant_id = ?');
  const insert = db.prepare<[string, string, string, string, number, string]>(
    `INSERT INTO votes (round_id, participant_id, item_id, value, by_facilitator, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const votesOnItem = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM votes WHERE item_id = ?');
  // A person who marked both ideas keeps one mark: the one already on the idea kept.
  const dropDoubled = db.prepare<{ from: string; into: string }>(
    `DELETE FROM votes WHERE item_id = :from AND EXISTS (
       SELECT 1 FROM votes kept
        WHERE kept.item_id = :into AND kept.round_id = votes.round_id AND kept.participant_id = votes.participant_id)`,
  );
  const move = db.prepare<{ from: string; into: string }>('UPDATE votes SET item_id = :into WHERE item_id = :from');
  const setPosition = db.prepare<[number, string]>('UPDATE items SET position = ? WHERE id = ?');
  const votesInStage = db.prepare<[string, string], { n: number }>(
    `SELECT count(*) AS n FROM votes v JOIN rounds r ON r.id = v.round_id WHERE r.activity_id = ? AND r.stage = ?`,
  );

  return {
    /** The items a person marked in a round. */
    itemsMarked: (roundId: string, participantId: string): string[] =>
      itemsMarked.all(roundId, participantId).map((row) => row.item_id),
    clear: (roundId: string, participantId: string): void => void clear.run(roundId, participantId),
    mark(roundId: string, participantId: string, itemId: string, value: string, byFacilitator: boolean, now: string) {
      insert.run(roundId, participantId, itemId, JSON.stringify(value), byFacilitator ? 1 : 0, now);
    },
    votesOnItem: (itemId: string): number => votesOnItem.get(itemId)!.n,
    /** Every vote on `from` now counts for `into`. */
    moveVotes(from: string, into: string): void {
      dropDoubled.run({ from, into });
      move.run({ from, into });
    },
    votesInStage: (activityId: string, stage: string): number => votesInStage.get(activityId, stage)!.n,
    /** Numbers an activity's items 1, 2, … in the order given. */
    putInOrder(itemIds: readonly string[]): void {
      itemIds.forEach((id, index) => setPosition.run(index + 1, id));
    },
  };
}

export type IdeaQueries = ReturnType<typeof ideaQueries>;
