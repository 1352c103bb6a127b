import { describe, expect, it } from 'vitest';
import { formatWorkshopDate, plural, todayIso } from '../../src/renderer/format/workshop';
import { benchmarkBadge } from '../../src/renderer/format/benchmark';

describe('workshop list formatting', () => {
  it('shows a calendar date the same whatever the time zone', () => {
    expect(formatWorkshopDate('2026-12-03', 'en-GB')).toBe('3 Dec 2026');
    expect(formatWorkshopDate('2026-01-01', 'en-US')).toBe('Jan 1, 2026');
  });

  it('gives today as an ISO calendar date in local time', () => {
    expect(todayIso(new Date(2026, 10, 22, 23, 59))).toBe('2026-11-22');
    expect(todayIso(new Date(2027, 0, 5, 0, 1))).toBe('2027-01-05');
  });

  it('counts in words', () => {
    expect(plural(1, 'participant', 'participants')).toBe('1 participant');
    expect(plural(0, 'activity', 'activities')).toBe('0 activities');
  });
});

describe('an item’s published figures in the designer', () => {
  it('writes each side in the source’s unit, a rank as a place, and a missing side as a dash alone', () => {
    expect(benchmarkBadge({ cio: 13, cmo: 33, unit: '%' })).toBe('CIO 13% · CMO 33%');
    expect(benchmarkBadge({ cio: 10, cmo: 1, unit: 'rank' })).toBe('CIO #10 · CMO #1');
    expect(benchmarkBadge({ cio: null, cmo: 9, unit: 'rank' })).toBe('CIO — · CMO #9');
    expect(benchmarkBadge({ cio: null, cmo: null, unit: '%' })).toBe('CIO — · CMO —');
  });
});
