import type { SideDissent } from './types';

/** A side whose spread reaches this (0..1) is called split; a workshop may set its own. */
export const DEFAULT_DISSENT_THRESHOLD = 0.6;
/** Two camps count as such when the hole between them is at least this share of the range… */
export const CAMP_GAP = 0.5;
/** …and each camp holds at least this share of the side. */
export const CAMP_SHARE = 0.25;

/**
 * Whether one side is itself split on an item. The spread is the population standard
 * deviation σ = √(Σ(x − x̄)²/n) scaled by the largest it can be for answers within the
 * range, (max − min)/2, so it reads the same on a 1–5 agreement, a 0–10 scale or 100
 * points. The bimodality check looks for two camps: sorted answers with a hole of at
 * least half the range between neighbours, and at least a quarter of the side on each
 * side of it. A standard coefficient (Sarle's) needs more voters than a side has.
 */
export function sideDissent(
  values: ArrayLike<number>,
  range: number,
  threshold: number,
  presorted = false,
): SideDissent | null {
  const n = values.length;
  if (n === 0 || !(range > 0)) return null;
  // Sorted first, so the figures do not depend on the order voters are listed in, to the last bit.
  const sorted = presorted ? values : Float64Array.from(values).sort();
  let mean = 0;
  for (let i = 0; i < n; i++) mean += sorted[i]!;
  mean /= n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (sorted[i]! - mean) ** 2;
  const spread = Math.min(1, (2 * Math.sqrt(squares / n)) / range);

  let hole = 0;
  let cut = 0;
  for (let i = 1; i < n; i++) {
    const jump = sorted[i]! - sorted[i - 1]!;
    if (jump > hole) {
      hole = jump;
      cut = i;
    }
  }
  const bimodal = hole >= CAMP_GAP * range && Math.min(cut, n - cut) >= CAMP_SHARE * n;
  return { spread, bimodal, split: bimodal || spread >= threshold };
}
