import { render } from '@testing-library/react';
import { KIND_ANALYSES } from '../../../src/shared/analytics/round';
import { describe, expect, it } from 'vitest';
import type { Side, VoteValue } from '../../../src/shared/domain';
import { analyzeMatrix } from '../../../src/shared/analytics/matrix';
import { DEFAULT_MATRIX_CONFIG } from '../../../src/shared/kinds/matrix';
import { MatrixChart } from '../../../src/renderer/charts/MatrixChart';
import { describeMatrix, matrixData, matrixTable } from '../../../src/renderer/charts/matrix.data';
import { convergenceData } from '../../../src/renderer/charts/convergence.data';
import { activity, analyzed, room } from './workshop';

const config = DEFAULT_MATRIX_CONFIG;
const LONG = 'Consumerization of IT, bring your own device and the apps people bring to work without asking anyone';

/** Items answered by the given voters: one place per item, in order. */
function items(
  sides: readonly Side[],
  ballots: readonly (readonly ({ x: number; y: number } | undefined)[])[],
  anonymous = false,
) {
  const labels = ['Cloud', 'Mobile', LONG];
  return analyzeMatrix(
    config,
    labels.map((label, i) => ({
      item: { id: `i${i + 1}`, label, benchmark: null },
      answers: ballots.map((ballot) => ballot[i] as VoteValue | undefined),
    })),
    {
      analyses: KIND_ANALYSES,
      sides,
      anonymous,
      countVoter: () => undefined,
      dissentThreshold: 0.5,
    },
  );
}

// Cloud: IT (8, 2), Marketing (4, 5) → 5 apart. Mobile: IT (3, 3), Marketing (3, 4) → 1 apart.
// The long one: IT (6, 6), Marketing (6, 6) → 0 apart.
const sides: Side[] = ['it', 'it', 'marketing', 'marketing'];
const ballots = [
  [
    { x: 7, y: 1 },
    { x: 3, y: 3 },
    { x: 6, y: 6 },
  ],
  [
    { x: 9, y: 3 },
    { x: 3, y: 3 },
    { x: 6, y: 6 },
  ],
  [
    { x: 4, y: 4 },
    { x: 2, y: 4 },
    { x: 6, y: 6 },
  ],
  [
    { x: 4, y: 6 },
    { x: 4, y: 4 },
    { x: 6, y: 6 },
  ],
];

describe('matrix chart data', () => {
  it("places each side at its mean, numbers the items in agenda order and keeps the quadrant's name", () => {
    const data = matrixData(config, items(sides, ballots));
    expect(data.rows.map((r) => [r.number, r.label === LONG ? 'long' : r.label, r.distance])).toEqual([
      [1, 'Cloud', 5],
      [2, 'Mobile', 1],
      [3, 'long', 0],
    ]);
    expect(data.rows[0]!.it).toEqual({ state: 'shown', x: 8, y: 2, n: 2, quadrant: 'bottomRight' });
    expect(data.rows[0]!.marketing).toEqual({ state: 'shown', x: 4, y: 5, n: 2, quadrant: null });
    expect(data.rows[0]!.gapX).toBe(4);
    expect(data.rows[0]!.gapY).toBe(-3);
  });

  it('lists the items furthest apart first in its table, with each place in words', () => {
    const data = matrixData(config, items(sides, ballots));
    const table = matrixTable(data, 'Where each side places each item');
    expect(table.columns).toEqual([
      'Item',
      'IT',
      'Marketing',
      'Importance gap (IT − Marketing)',
      'Readiness gap (IT − Marketing)',
      'Distance apart',
    ]);
    expect(table.rows.map((row) => row[0])).toEqual(['1. Cloud', '2. Mobile', `3. ${LONG}`]);
    expect(table.rows[0]).toEqual([
      '1. Cloud',
      'Importance 8, readiness 2 (Fix first)',
      'Importance 4, readiness 5 (on a midline)',
      '+4',
      '−3',
      '5',
    ]);
    expect(describeMatrix(data)).toContain('Furthest apart: Cloud, 5 apart: IT at Importance 8, readiness 2');
  });

  it('says a hidden side is hidden, never draws it and leaves the item without a distance', () => {
    const data = matrixData(config, items(sides, ballots, true));
    expect(data.rows[0]!.it).toEqual({ state: 'suppressed' });
    expect(data.rows[0]!.distance).toBeNull();
    expect(matrixTable(data, 'c').rows[0]![1]).toBe('fewer than 3 — not shown');
    const { container } = render(<MatrixChart title="Importance and readiness" static data={data} />);
    expect(container.querySelectorAll('.matrix-mark:not(.chart-legend .matrix-mark)')).toHaveLength(0);
    expect(container.textContent).toContain('IT: fewer than 3 — not shown');
  });
});

describe('matrix chart', () => {
  it('draws one numbered point per item and side, a line joining each pair, the quadrants and a cut label as a tooltip', () => {
    const data = matrixData(config, items(sides, ballots));
    const { container } = render(<MatrixChart title="Importance and readiness" static data={data} />);
    const svg = container.querySelector('svg')!;
    // Two legend marks and one per item and side.
    expect(svg.querySelectorAll('.matrix-mark')).toHaveLength(2 + 6);
    expect(svg.querySelectorAll('.matrix-link')).toHaveLength(3);
    expect([...svg.querySelectorAll('.matrix-number')].map((t) => t.textContent)).toEqual([
      '1',
      '1',
      '2',
      '2',
      '3',
      '3',
    ]);
    for (const label of Object.values(config.quadrants)) expect(svg.textContent).toContain(label);
    expect(svg.querySelectorAll('.matrix-midline')).toHaveLength(2);
    // The long label is cut to fit and keeps its whole text as a tooltip.
    expect(svg.textContent).toContain('…');
    expect([...svg.querySelectorAll('g > title')].map((t) => t.textContent)).toContain(LONG);
    // Each point says where it is.
    expect([...svg.querySelectorAll('g > title')].map((t) => t.textContent)).toContain(
      'Cloud — IT: Importance 8, readiness 2',
    );
  });

  it('nudges points that would overlap apart, so every number can be read', () => {
    // All seven answers alike: every item's two points sit at the same place.
    const same = Array.from({ length: 4 }, () => [
      { x: 6, y: 6 },
      { x: 6, y: 6 },
      { x: 6, y: 6 },
    ]);
    const data = matrixData(config, items(sides, same));
    const { container } = render(<MatrixChart title="Importance and readiness" static data={data} />);
    const centres = [...container.querySelectorAll('.matrix-mark')]
      .filter((mark) => !mark.closest('.chart-legend'))
      .map((mark) => /translate\(([-\d.]+) ([-\d.]+)\)/.exec(mark.getAttribute('transform')!)!.slice(1).map(Number));
    expect(centres).toHaveLength(6);
    for (let i = 0; i < centres.length; i++) {
      for (let j = i + 1; j < centres.length; j++) {
        const [ax, ay] = centres[i]!;
        const [bx, by] = centres[j]!;
        expect(Math.hypot(ax! - bx!, ay! - by!)).toBeGreaterThanOrEqual(32);
      }
    }
  });

  it('after a re-vote, shows how far apart the sides were in each round, as a share of the axis', () => {
    // Round 1: Cloud 5 apart; round 2: 2 apart (IT (6, 4) against Marketing (6, 6)).
    const analysis = analyzed(room(2, 2), [
      activity(
        config,
        ['Cloud'],
        [
          { it1: [{ x: 8, y: 2 }], it2: [{ x: 8, y: 2 }], mk1: [{ x: 4, y: 5 }], mk2: [{ x: 4, y: 5 }] },
          { it1: [{ x: 6, y: 4 }], it2: [{ x: 6, y: 4 }], mk1: [{ x: 6, y: 6 }], mk2: [{ x: 6, y: 6 }] },
        ],
      ),
    ]);
    const data = convergenceData(analysis.activities[0]!.convergence!, 'matrix');
    expect(data.rows.map((row) => [row.label, row.before, row.after, row.narrowed])).toEqual([['Cloud', 50, 20, true]]);
  });
});
