// @vitest-environment node
import { interpolateLab } from 'd3-interpolate';
import { rgb } from 'd3-color';
import { describe, expect, it } from 'vitest';
import {
  CHART_SCHEMES,
  contrastRatio,
  HEAT_RAMP,
  HEAT_TEXT,
  LIKERT_COLORS,
  LIKERT_TEXT,
} from '../../src/renderer/charts/theme';

/** WCAG 2.1 AA: 4.5:1 for text, 3:1 for text of 24 px and more; chart text here is smaller. */
const TEXT = 4.5;

const hex = (color: string) => rgb(color).formatHex();

describe('chart text contrast, computed from the theme', () => {
  for (const [name, scheme] of Object.entries(CHART_SCHEMES)) {
    it(`every text colour on every ${name} surface reaches ${TEXT}:1`, () => {
      const texts = {
        ink: scheme.ink,
        muted: scheme.muted,
        'IT text': scheme.itText,
        'Marketing text': scheme.marketingText,
        closer: scheme.closer,
        'further apart': scheme.apart,
      };
      const failures = scheme.surfaces.flatMap((surface) =>
        Object.entries(texts)
          .map(([role, color]) => ({ role, color, surface, ratio: contrastRatio(color, surface) }))
          .filter((pair) => pair.ratio < TEXT),
      );
      expect(failures).toEqual([]);
    });
  }

  it('heatmap numbers are readable on every share of either side', () => {
    for (const side of ['it', 'marketing'] as const) {
      const shade = interpolateLab(...HEAT_RAMP[side]);
      for (let step = 0; step <= 100; step++) {
        const cell = hex(shade(step / 100));
        expect(contrastRatio(HEAT_TEXT, cell), `${side} at ${step}%: ${cell}`).toBeGreaterThanOrEqual(TEXT);
      }
    }
  });

  it('likert shares are readable on their level’s colour', () => {
    LIKERT_COLORS.forEach((fill, level) => {
      expect(contrastRatio(LIKERT_TEXT[level]!, fill), `level ${level + 1}`).toBeGreaterThanOrEqual(TEXT);
    });
  });

  it('can fail: the Okabe–Ito orange itself is too light for small text on white', () => {
    expect(contrastRatio('#d55e00', '#ffffff')).toBeLessThan(TEXT);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
