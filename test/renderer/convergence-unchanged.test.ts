// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  convergenceData,
  convergenceTable,
  describeConvergence,
  movementFigures,
  movementText,
} from '../../src/renderer/charts/convergence.data';
import { DEFAULT_OWNERSHIP_OPTIONS } from '../../src/shared/domain';
import { activity, analyzed, room } from './charts/workshop';

describe('a re-vote whose figure did not move', () => {
  it('says “unchanged”, never “closer” or “further apart” beside equal figures', () => {
    const config = { kind: 'ownership', options: DEFAULT_OWNERSHIP_OPTIONS.map((o) => ({ ...o })) } as const;
    const analysis = analyzed(room(2, 2), [
      activity(
        config,
        ['Cloud', 'Mobile'],
        [
          {
            it1: ['it-led', 'it-led'],
            it2: ['it-led', 'it-led'],
            mk1: ['marketing-led', 'it-led'],
            mk2: ['marketing-led', 'co-led'],
          },
          {
            it1: ['it-led', 'it-led'],
            it2: ['it-led', 'it-led'],
            mk1: ['co-led', 'it-led'],
            mk2: ['co-led', 'it-led'],
          },
        ],
      ),
    ]);
    const data = convergenceData(analysis.activities[0]!.convergence!, 'ownership');
    const cloud = data.rows.find((r) => r.label === 'Cloud')!;
    const mobile = data.rows.find((r) => r.label === 'Mobile')!;
    expect(movementFigures(data, cloud)).toBe('100% → 100%');
    expect(movementText(cloud)).toBe('unchanged');
    expect(convergenceTable(data, 'c').rows.find((r) => r[0] === 'Cloud')![3]).toBe('unchanged');
    expect(movementText(mobile)).toBe('closer');
    expect(describeConvergence(data)).toContain('1 of 2 items came closer, 0 moved further apart, 1 did not move.');
  });
});
