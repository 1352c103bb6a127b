import { MATRIX_MAX, MATRIX_MIN, type MatrixConfig, quadrantOf, readMatrixValue } from '../kinds/matrix';
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
