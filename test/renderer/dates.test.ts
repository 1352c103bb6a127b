import { describe, expect, it } from 'vitest';
import { parseTypedDate, showDate } from '../../src/renderer/ui/dates';

describe('a date typed in the app’s format', () => {
  it('reads the forms the app writes, and ISO', () => {
    expect(parseTypedDate('1 Dec 2026')).toBe('2026-12-01');
    expect(parseTypedDate(' 31 january  2027 ')).toBe('2027-01-31');
    expect(parseTypedDate('Dec 1, 2026')).toBe('2026-12-01');
    expect(parseTypedDate('2026-12-01')).toBe('2026-12-01');
    expect(showDate('2026-12-01')).toBe('1 Dec 2026');
    expect(parseTypedDate(showDate('2027-02-28'))).toBe('2027-02-28');
  });

  it('refuses what is not a calendar date, or reads differently by region', () => {
    expect(parseTypedDate('31 Feb 2027')).toBeNull();
    expect(parseTypedDate('03/04/2027')).toBeNull();
    expect(parseTypedDate('1 Smarch 2027')).toBeNull();
    expect(parseTypedDate('soon')).toBeNull();
  });
});
