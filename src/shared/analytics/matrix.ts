import type { MatrixConfig } from '../kinds/matrix';
import { UNTESTED, meanDistanceTest, testedGap, welchInterval } from './certainty';
import {
  type ItemAnswers,
  type KindContext,
  bySide,
  everyone,
  hiddenSide,
  itemResult,
  sizes,
  visibility,
} from './sides';
import { summarize } from './stats';
import type { ItemResult, MatrixPosition, SideResult } from './types';

type Point = readonly [number, number];

/**
 * Both axes run 0..10 in whole steps, like the scale kind's default: a pad of 11 × 11
 * places is easy to hit by finger and to step through with the arrow keys, and nobody
 * tells 6.5 from 7 about "readiness" more reliably than 6 from 7.
 */
export const MATRIX_MIN = 0;
export const MATRIX_MAX = 10;
/** The midlines that divide the square into its four quadrants. */
export const MATRIX_MIDPOINT = (MATRIX_MIN + MATRIX_MAX) / 2;

/** The quadrants by where they sit: top is high on the vertical axis, right high on the horizontal one. */
export const MATRIX_QUADRANTS = ['topLeft', 'topRight', 'bottomLeft', 'bottomRight'] as const;
export type MatrixQuadrant = (typeof MATRIX_QUADRANTS)[number];

/** Where a point sits; null on a midline, which belongs to neither side of it. */
export function quadrantOf(x: number, y: number): MatrixQuadrant | null {
  if (x === MATRIX_MIDPOINT || y === MATRIX_MIDPOINT) return null;
  if (y > MATRIX_MIDPOINT) return x > MATRIX_MIDPOINT ? 'topRight' : 'topLeft';
  return x > MATRIX_MIDPOINT ? 'bottomRight' : 'bottomLeft';
}

const onAxis = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= MATRIX_MIN && value <= MATRIX_MAX;

/**
 * A stored answer read as a place on the matrix, or null when it is not one: left out of
 * every figure rather than allowed to distort them, as for the other kinds.
 */
export function readMatrixValue(value: unknown): { x: number; y: number } | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { x, y } = value as { x?: unknown; y?: unknown };
  return onAxis(x) && onAxis(y) ? { x, y } : null;
}

/** How many voters placed the item and their mean place; a 2-D answer has no single mean. */
function countedSide(n: number, hidden: boolean, position: MatrixPosition | null): SideResult {
  return { ...hiddenSide(n), suppressed: hidden, position };
}

function position(points: readonly Point[], hidden: boolean): MatrixPosition | null {
  if (hidden || points.length === 0) return null;
  const x = summarize(points.map((p) => p[0]));
  const y = summarize(points.map((p) => p[1]));
  return { x, y, quadrant: quadrantOf(x.mean!, y.mean!) };
}

/**
 * The distance between the sides as the item's divergence, on the 0..1 scale every kind
 * shares: divided by the axis range, so a gap of 4 on one axis reads as a gap of 4 on a
 * 0–10 scale item does; the rare distance beyond the range (both axes more than about
 * seven apart) counts as 1. See docs/analytics.md.
 */
export const matrixDivergence = (distance: number | null) =>
  distance === null ? null : Math.min(1, distance / (MATRIX_MAX - MATRIX_MIN));

/**
 * Matrix: per side the mean place on each axis (with n and sd) and its quadrant; the gap
 * on each axis; the distance between the two sides' mean places, tested by relabelling
 * the voters' points (exact or Monte Carlo, as for the other kinds).
 */
export function analyzeMatrix(
  _config: MatrixConfig,
  items: readonly ItemAnswers[],
  context: KindContext,
): ItemResult[] {
  return items.map(({ item, answers }) => {
    const points = bySide((): Point[] => []);
    answers.forEach((value, p) => {
      const place = value === undefined ? null : readMatrixValue(value);
      if (place === null) return;
      points[context.sides[p]!].push([place.x, place.y]);
      context.countVoter(p);
    });
    const counts = sizes(points);
    const hidden = visibility(context.anonymous, counts);
    const it = position(points.it, hidden.it);
    const marketing = position(points.marketing, hidden.marketing);
    const room = position(everyone(points), hidden.room);
    const both = it !== null && marketing !== null;
    const gapX = both ? it.x.mean! - marketing.x.mean! : null;
    const gapY = both ? it.y.mean! - marketing.y.mean! : null;
    const distance = gapX === null || gapY === null ? null : Math.hypot(gapX, gapY);
    const xs = (group: readonly Point[]) => group.map((p) => p[0]);
    const ys = (group: readonly Point[]) => group.map((p) => p[1]);
    return {
      ...itemResult(
        item,
        countedSide(counts.it, hidden.it, it),
        countedSide(counts.marketing, hidden.marketing, marketing),
        countedSide(counts.it + counts.marketing + counts.other, hidden.room, room),
      ),
      divergence: matrixDivergence(distance),
      certainty:
        distance === null
          ? UNTESTED
          : testedGap(
              distance,
              null,
              meanDistanceTest(points.it, points.marketing),
              points.it.length,
              points.marketing.length,
            ),
      matrix: {
        it,
        marketing,
        room,
        gapX,
        intervalX: gapX === null ? null : welchInterval(xs(points.it), xs(points.marketing), gapX),
        gapY,
        intervalY: gapY === null ? null : welchInterval(ys(points.it), ys(points.marketing), gapY),
        distance,
      },
    };
  });
}
