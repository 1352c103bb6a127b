import { z } from 'zod';
import { requiredText } from '../domain';

/**
 * The 2×2 matrix: each participant places each item on two axes that both run 0..10 in
 * whole steps, like the scale kind's default. Whole numbers because a pad of 11 × 11
 * places is easy to hit by finger and to step through with the arrow keys, and nobody
 * tells 6.5 from 7 about "readiness" more reliably than 6 from 7.
 */
export const MATRIX_MIN = 0;
export const MATRIX_MAX = 10;
/** The midlines that divide the square into its four quadrants. */
export const MATRIX_MIDPOINT = (MATRIX_MIN + MATRIX_MAX) / 2;

const axisSchema = (which: string) =>
  z
    .object({
      name: requiredText(`The ${which} axis name`, 40),
      minLabel: z.string().trim().max(40, { error: 'An end label is at most 40 characters.' }).default(''),
      maxLabel: z.string().trim().max(40, { error: 'An end label is at most 40 characters.' }).default(''),
    })
    .strict();

/** The quadrants by where they sit: top is high on the vertical axis, right high on the horizontal one. */
export const MATRIX_QUADRANTS = ['topLeft', 'topRight', 'bottomLeft', 'bottomRight'] as const;
export type MatrixQuadrant = (typeof MATRIX_QUADRANTS)[number];

export const matrixConfigSchema = z
  .object({
    kind: z.literal('matrix'),
    /** The horizontal axis. */
    x: axisSchema('horizontal'),
    /** The vertical axis. */
    y: axisSchema('vertical'),
    quadrants: z
      .object({
        topLeft: requiredText('The top-left quadrant label', 40),
        topRight: requiredText('The top-right quadrant label', 40),
        bottomLeft: requiredText('The bottom-left quadrant label', 40),
        bottomRight: requiredText('The bottom-right quadrant label', 40),
      })
      .strict(),
  })
  .strict();
export type MatrixConfig = z.infer<typeof matrixConfigSchema>;

export const DEFAULT_MATRIX_CONFIG: MatrixConfig = {
  kind: 'matrix',
  x: { name: 'Importance', minLabel: 'Low', maxLabel: 'High' },
  y: { name: 'Readiness', minLabel: 'Not ready', maxLabel: 'Ready' },
  quadrants: {
    topLeft: 'Keep it running',
    topRight: 'Build on it',
    bottomLeft: 'Park for now',
    bottomRight: 'Fix first',
  },
};

const coordinate = (axis: string) =>
  z
    .number({ error: `Place the item on the ${axis} axis.` })
    .int({ error: `A place on the ${axis} axis is a whole number from ${MATRIX_MIN} to ${MATRIX_MAX}.` })
    .min(MATRIX_MIN, { error: `A place on the ${axis} axis is from ${MATRIX_MIN} to ${MATRIX_MAX}.` })
    .max(MATRIX_MAX, { error: `A place on the ${axis} axis is from ${MATRIX_MIN} to ${MATRIX_MAX}.` });

/** One answer: where the participant placed the item, x across and y up. */
export const matrixValueSchema = z.object({ x: coordinate('horizontal'), y: coordinate('vertical') }).strict();
export type MatrixValue = z.infer<typeof matrixValueSchema>;

/** Where a point sits; null on a midline, which belongs to neither side of it. */
export function quadrantOf(x: number, y: number): MatrixQuadrant | null {
  if (x === MATRIX_MIDPOINT || y === MATRIX_MIDPOINT) return null;
  if (y > MATRIX_MIDPOINT) return x > MATRIX_MIDPOINT ? 'topRight' : 'topLeft';
  return x > MATRIX_MIDPOINT ? 'bottomRight' : 'bottomLeft';
}

/** A stored value read as a place on the matrix, or null when it is not one. */
export function readMatrixValue(value: unknown): MatrixValue | null {
  const parsed = matrixValueSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
