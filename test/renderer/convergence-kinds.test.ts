// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { convergenceData, convergenceTable, movementFigures } from '../../src/renderer/charts/convergence.data';
import { KINDS } from '../../src/shared/kinds';
import { defaultIdeasConfig } from '../../src/shared/kinds/ideasRules';
import { activity, analyzed, room } from './charts/workshop';

describe('a re-vote of the two newer kinds reads as their own results do', () => {
  it('ideas: the gap of two shares in percentage points, as the console writes it', () => {
    // Round 1: IT all back A, Marketing none (+100 pp); round 2: IT all, Marketing half (+50 pp).
    const analysis = analyzed(room(2, 2), [
      activity(
        defaultIdeasConfig(),
        ['A', 'B'],
        [
          {
            it1: ['backed', undefined],
            it2: ['backed', undefined],
            mk1: [undefined, 'backed'],
            mk2: [undefined, 'backed'],
          },
          {
            it1: ['backed', undefined],
            it2: ['backed', 'backed'],
            mk1: ['backed', 'backed'],
            mk2: [undefined, 'backed'],
          },
        ],
      ),
    ]);
    const data = convergenceData(analysis.activities[0]!.convergence!, 'ideas');
    const table = convergenceTable(data, 'Ideas');
    expect(table.columns[1]).toBe('Round 1: pp apart in share backing it');
    expect(table.rows[0]).toEqual(['A', 'IT +100 pp', 'IT +50 pp', 'closer']);
    expect(
      movementFigures(
        data,
        data.rows.find((row) => row.label === 'A')!,
      ),
    ).toBe('100 → 50 pp');
    expect(data.domain).toEqual([-100, 100]);
  });

  it('matrix: the distance between the sides as a share of an axis, never a “disconnect”', () => {
    // Round 1: 8 apart on each axis (11.3, capped at 100%); round 2: 2 apart on each (2.8 → 28%).
    const place = (x: number, y: number) => [{ x, y }];
    const analysis = analyzed(room(2, 2), [
      activity(
        KINDS.matrix.defaultConfig(),
        ['Data'],
        [
          { it1: place(9, 9), it2: place(9, 9), mk1: place(1, 1), mk2: place(1, 1) },
          { it1: place(6, 6), it2: place(6, 6), mk1: place(4, 4), mk2: place(4, 4) },
        ],
      ),
    ]);
    const data = convergenceData(analysis.activities[0]!.convergence!, 'matrix');
    expect(data.valueLabel).toBe('distance between the sides, as a share of an axis');
    expect(data.scaleNote).toBe('0% = the same place · 100% = a whole axis (10) or more apart');
    expect(convergenceTable(data, 'Matrix').rows[0]).toEqual(['Data', '100%', '28%', 'closer']);
  });
});
