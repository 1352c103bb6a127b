import type { BallotDraft } from '../../../shared/kinds/types';

/** Sets one item's answer from the latest draft, so quick taps never overwrite each other. */
export type SetValue = (itemId: string, value: (current: unknown) => unknown) => void;

export const valueSetter =
  (onUpdate: (change: (draft: BallotDraft) => BallotDraft) => void): SetValue =>
  (itemId, value) =>
    onUpdate((d) => ({ ...d, values: { ...d.values, [itemId]: value(d.values[itemId]) } }));

/** Numbers are kept as typed until saved, so a half-typed "-" is not turned into NaN. */
export function asNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}
