// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  convergenceData,
  convergenceTable,
  convergenceValue,
  describeConvergence,
  movementFigures,
} from '../../../src/renderer/charts/convergence.data';
import { DEFAULT_OWNERSHIP_OPTIONS } from '../../../src/shared/domain';
import { activity, analyzed, room } from './workshop';

describe('convergence data', () => {
  it("gives each item's gap in round 1 and in the re-vote, IT higher as positive, largest first gap on top", () => {
    const config = { kind: 'points', total: 100 } as const;
    const analysis = analyzed(room(1, 1), [
      activity(
        config,
        ['Insight', 'Analytics', 'Leads'],
        [
          { it1: [10, 60, 30], mk1: [60, 20, 20] },
          { it1: [20, 50, 30], mk1: [50, 25, 25] },
        ],
      ),
    ]);
    const data = convergenceData(analysis.activities[0]!.convergence!, 'points');
    expect(data.measure).toBe('lean');
    expect(data.rows.map((r) => [r.label, r.before, r.after, r.narrowed])).toEqual([
      ['Insight', -50, -30, true],
      ['Analytics', 40, 25, true],
      ['Leads', 10, 5, true],
    ]);
    expect(data.domain).toEqual([-50, 50]);
    expect([data.fromRound, data.toRound]).toEqual([1, 2]);
    expect(convergenceTable(data, 'c').rows[0]).toEqual(['Insight', 'Marketing +50', 'Marketing +30', 'closer']);
    expect(describeConvergence(data)).toContain('3 of 3 items came closer, 0 moved further apart.');
    expect(movementFigures(data, data.rows[0]!)).toBe('50 → 30');
  });

  it('turns the sign round for a ranking, where a lower mean rank is the higher priority', () => {
    const analysis = analyzed(room(1, 1), [
      activity(
        { kind: 'ranking' },
        ['Insight', 'Security'],
        [
          { it1: [2, 1], mk1: [1, 2] },
          { it1: [1, 2], mk1: [1, 2] },
        ],
      ),
    ]);
    const data = convergenceData(analysis.activities[0]!.convergence!, 'ranking');
    const insight = data.rows.find((r) => r.label === 'Insight')!;
    // Round 1: IT ranks Insight 2nd, Marketing 1st: Marketing ranks it higher, by one place.
    expect(insight.before).toBe(-1);
    expect(insight.after).toBe(0);
    expect(convergenceValue(data, insight.before!)).toBe('Marketing +1');
    expect(convergenceValue(data, insight.after!)).toBe('level');
    expect(movementFigures(data, insight)).toBe('1 → 0');
  });

  it('uses the disconnect, 0 to 100, for ownership, and says when the sides moved apart', () => {
    const config = { kind: 'ownership', options: DEFAULT_OWNERSHIP_OPTIONS.map((o) => ({ ...o })) } as const;
    const analysis = analyzed(room(2, 2), [
      activity(
        config,
        ['Cloud'],
        [
          { it1: ['it-led'], it2: ['it-led'], mk1: ['it-led'], mk2: ['co-led'] },
          { it1: ['it-led'], it2: ['it-led'], mk1: ['marketing-led'], mk2: ['co-led'] },
        ],
      ),
    ]);
    const data = convergenceData(analysis.activities[0]!.convergence!, 'ownership');
    expect(data.measure).toBe('disconnect');
    expect(data.domain).toEqual([0, 100]);
    expect(data.rows[0]).toMatchObject({ before: 50, after: 100, narrowed: false });
    expect(convergenceTable(data, 'c').rows[0]).toEqual(['Cloud', '50%', '100%', 'further apart']);
    expect(movementFigures(data, data.rows[0]!)).toBe('50% → 100%');
  });

  it('names the sides when the lead changes hands', () => {
    const analysis = analyzed(room(1, 1), [
      activity(
        { kind: 'points', total: 100 },
        ['Leads', 'Other'],
        [
          { it1: [40, 60], mk1: [30, 70] },
          { it1: [30, 70], mk1: [35, 65] },
        ],
      ),
    ]);
    const data = convergenceData(analysis.activities[0]!.convergence!, 'points');
    expect(
      movementFigures(
        data,
        data.rows.find((r) => r.label === 'Leads')!,
      ),
    ).toBe('IT 10 → Mkt 5');
  });
});
