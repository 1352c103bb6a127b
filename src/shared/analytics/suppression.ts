/** With anonymity on, no group smaller than this is broken out. */
export const MIN_GROUP_SIZE = 3;

const small = (n: number) => n > 0 && n < MIN_GROUP_SIZE;

/**
 * Whether a side's answers to an item are hidden: with anonymity on, one or two voters
 * would be recognisable. No voters at all hides nothing and is reported as empty.
 */
export function hidesSide(anonymous: boolean, n: number): boolean {
  return anonymous && small(n);
}

/**
 * Whether the room's totals are hidden. Besides a small room, the totals must not give
 * away the voters who are not broken out (`other`, and any hidden side): knowing the
 * shown sides' figures, one or two such voters could be worked out by subtraction.
 */
export function hidesRoom(anonymous: boolean, roomN: number, shownN: number): boolean {
  return anonymous && (small(roomN) || small(roomN - shownN));
}
