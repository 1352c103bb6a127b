// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ItemResult, SideResult } from '../../src/shared/analytics';
import type { ActivityConfig } from '../../src/shared/domain';
import { gapFigure, sideFigure } from '../../src/renderer/results/resultsTable';

const side = (figures: Partial<SideResult>): SideResult =>
  ({ n: 5, suppressed: false, mean: null, shares: null, ...figures }) as SideResult;
const item = (figures: Partial<ItemResult>): ItemResult => ({ gap: null, disconnect: null, ...figures }) as ItemResult;

const scale = { kind: 'scale', min: 1, max: 7 } as ActivityConfig;
const ranking = { kind: 'ranking' } as ActivityConfig;
const points = { kind: 'points', total: 100 } as ActivityConfig;
const prediction = { kind: 'prediction', unit: '%' } as ActivityConfig;
const ownership = {
  kind: 'ownership',
  options: [
    { id: 'it', label: 'IT leads' },
    { id: 'co', label: 'Co-led' },
  ],
} as ActivityConfig;

describe("the console's results table", () => {
  it("writes each side's figure in the kind's own terms, as the charts do", () => {
    expect(sideFigure(scale, side({ mean: 6.25 }))).toBe('6.3');
    expect(sideFigure(scale, side({ mean: 6 }))).toBe('6');
    expect(sideFigure(ranking, side({ mean: 2 }))).toBe('#2');
    expect(sideFigure(ranking, side({ mean: 2.45 }))).toBe('#2.5');
    expect(sideFigure(points, side({ mean: 32.5 }))).toBe('33 pts');
    expect(sideFigure(prediction, side({ mean: 41.5 }))).toBe('42%');
    expect(sideFigure(ownership, side({ shares: { it: 0.285, co: 0.715 } }))).toBe('72% Co-led');
  });

  it('says why a figure is not there', () => {
    expect(sideFigure(scale, side({ n: 0 }))).toBe('—');
    expect(sideFigure(scale, side({ n: 2, suppressed: true }))).toBe('fewer than 3');
    expect(sideFigure(scale, side({ mean: null }))).toBe('—');
    expect(sideFigure(ownership, side({ shares: {} }))).toBe('—');
  });

  it('signs gaps with a true minus, writes a level gap as 0, and a disconnect as how far apart', () => {
    expect(gapFigure(scale, item({ gap: 1.25 }))).toBe('+1.3');
    expect(gapFigure(scale, item({ gap: -1.25 }))).toBe('−1.3');
    expect(gapFigure(scale, item({ gap: -0.04 }))).toBe('0');
    expect(gapFigure(points, item({ gap: 12.5 }))).toBe('+13');
    expect(gapFigure(scale, item({}))).toBe('—');
    expect(gapFigure(ownership, item({ disconnect: 0.285 }))).toBe('29% apart');
  });
});
