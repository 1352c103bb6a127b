import { z } from 'zod';
import { requiredText } from '../validation';
import type { ItemResult, MatrixPosition, SideResult } from '../analytics/types';
import * as figure from '../figures';
import { sideText } from './common';
import type { KindDefinition } from './types';

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

const axisSchema = (which: string) =>
  z
    .object({
      name: requiredText(`The ${which} axis name`, 40),
      minLabel: z.string().trim().max(40, { error: 'An end label is at most 40 characters.' }).default(''),
      maxLabel: z.string().trim().max(40, { error: 'An end label is at most 40 characters.' }).default(''),
    })
    .strict();

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

/** "Importance 7, readiness 3". */
export function placeText(config: MatrixConfig, x: number, y: number): string {
  return `${config.x.name} ${formatPlace(x)}, ${config.y.name.toLowerCase()} ${formatPlace(y)}`;
}

const formatPlace = (value: number) => figure.number(value);
const signed = (value: number) => figure.gap(value);

function positionText(config: MatrixConfig, position: MatrixPosition): string {
  const quadrant = position.quadrant === null ? 'on a midline' : config.quadrants[position.quadrant];
  return `${placeText(config, position.x.mean!, position.y.mean!)} (${quadrant})`;
}

/** The nearest place on an axis to `value`: a whole number within the square. */
export const nearestPlace = (value: number) => Math.min(MATRIX_MAX, Math.max(MATRIX_MIN, Math.round(value)));

/**
 * The matrix (2×2): each item placed on two 0–10 axes. Its divergence is the distance
 * between the two sides' mean places divided by the axis range (see docs/analytics.md).
 */
export const matrix = {
  kind: 'matrix',
  label: 'Matrix (2×2)',
  answer: 'Place each item on two axes, such as importance and readiness.',

  configSchema: matrixConfigSchema,
  defaultConfig: () => ({
    ...DEFAULT_MATRIX_CONFIG,
    x: { ...DEFAULT_MATRIX_CONFIG.x },
    y: { ...DEFAULT_MATRIX_CONFIG.y },
    quadrants: { ...DEFAULT_MATRIX_CONFIG.quadrants },
  }),

  valueSchema: matrixValueSchema,
  valueShapes: ['{ "x", "y" }'],
  expectedValue: (config) =>
    `A matrix vote is { "x": …, "y": … }, each a whole number from ${MATRIX_MIN} to ${MATRIX_MAX} (x: ${config.x.name}, y: ${config.y.name}).`,
  acceptsValue: () => true,
  ballot: {
    answers: 'every-item',
    whole: false,
    // An item not yet placed goes in as an empty place, so the ballot asks for it by name.
    toEntries: (_config, items, draft) =>
      items.map((item) => ({ itemId: item.id, value: draft.values[item.id] ?? {} })),
    unfinished: (value, item) => {
      const place = value as { x?: unknown; y?: unknown } | null;
      if (typeof place !== 'object' || place === null || Array.isArray(place)) return null;
      return place.x === undefined || place.y === undefined ? `Place ${item} on the matrix.` : null;
    },
  },

  analyze: (config, items, context) => ({ items: context.analyses.matrix(config, items, context) }),
  answerBounds: () => null,
  // Like ownership and choice, the sides are compared by a size of difference without a
  // direction (the distance, as a divergence 0..1), not by a signed gap of means: a
  // re-vote's chart then shows how far apart the sides were in each round.
  comparedBy: 'distribution',
  benchmark: null,
  text: {
    answer: (config, value) => placeText(config, value.x, value.y),
    cell: (_config, value) => `x=${value.x};y=${value.y}`,
    divergenceScale: {
      label: 'distance between the sides, as a share of an axis',
      note: `0% = the same place · 100% = a whole axis (${MATRIX_MAX - MATRIX_MIN}) or more apart`,
    },
    sideFigure: (config, side: SideResult) =>
      sideText(side, () => (side.position ? positionText(config, side.position) : figure.MISSING)),
    gapFigure: (config, item: ItemResult) => {
      const m = item.matrix;
      if (!m || m.distance === null || m.gapX === null || m.gapY === null) return figure.MISSING;
      return `${formatPlace(m.distance)} apart (${config.x.name.toLowerCase()} ${signed(m.gapX)}, ${config.y.name.toLowerCase()} ${signed(m.gapY)})`;
    },
    divergenceSentence: (config, item: ItemResult) => {
      const m = item.matrix;
      if (!m || !m.it || !m.marketing || m.distance === null) return null;
      return `IT places it at ${positionText(config, m.it)}, Marketing at ${positionText(config, m.marketing)}: ${formatPlace(m.distance)} apart.`;
    },
    summary: (config) => ({
      rows: 'axes',
      axes: (['x', 'y'] as const).map((axis) => ({
        label: `mean ${config[axis].name.toLowerCase()} (0–10)`,
        means: (item: ItemResult) => ({
          it: item.matrix?.it?.[axis].mean ?? null,
          marketing: item.matrix?.marketing?.[axis].mean ?? null,
        }),
      })),
    }),
  },

  demoAnswers: (_config, person) =>
    Array.from({ length: person.itemCount }, (_, i) => ({
      // How much the area matters follows the person's lean; each side sees the areas it
      // leans into as readier than the ones the other side claims.
      x: nearestPlace(5 + 3 * person.lean(i) + person.normal() * 0.9),
      y: nearestPlace(5 + 2 * person.lean(i) - 2.5 * person.otherSideLean(i) + person.normal() * 1.1),
    })),
} satisfies KindDefinition<MatrixConfig, MatrixValue>;
