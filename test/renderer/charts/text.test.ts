// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/renderer/charts/format';
import { gap } from '../../../src/shared/figures';
import { ellipsize, textWidth, wrapText } from '../../../src/renderer/charts/text';

describe('label wrapping', () => {
  it('breaks at spaces so that no line is wider than asked', () => {
    const lines = wrapText('Privacy and security around customer data and brand protection', 200, 19);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 19)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe('Privacy and security around customer data and brand protection');
  });

  it('breaks a word too long for a column after its hyphen', () => {
    expect(wrapText('Marketing-led', 60, 16)).toEqual(['Marketing-', 'led']);
  });

  it('ends the last allowed line with an ellipsis', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 60, 16, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(textWidth(lines[1]!, 16)).toBeLessThanOrEqual(60);
    expect(ellipsize('short', 100, 16)).toBe('short');
  });
});

describe('number words', () => {
  it('signs differences with a true minus and names files safely', () => {
    expect([gap(2.5), gap(-1), gap(0)]).toEqual(['+2.5', '−1', '0']);
    expect(slugify('Why we need each other: IT’s “order”')).toBe('why-we-need-each-other-it-s-order');
  });
});
