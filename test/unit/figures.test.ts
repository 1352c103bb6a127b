import { describe, expect, it } from 'vitest';
import {
  apart,
  count,
  effectSize,
  gap,
  interval,
  mean,
  number,
  percent,
  percentGap,
  points,
  position,
  pValue,
  rank,
  share,
  shareGap,
  whole,
} from '../../src/shared/figures';
import { findOption, optionLabel, optionsOf } from '../../src/shared/options';
import type { ActivityConfig } from '../../src/shared/domain';

const everyFigure = [
  number,
  mean,
  whole,
  count,
  share,
  percent,
  rank,
  position,
  points,
  gap,
  shareGap,
  percentGap,
  apart,
  effectSize,
  pValue,
] as const;

describe('figures', () => {
  it('writes a missing figure as a dash, whatever the figure', () => {
    for (const figure of everyFigure) {
      expect([figure(null), figure(undefined), figure(Number.NaN), figure(Infinity)]).toEqual(['—', '—', '—', '—']);
    }
    expect(interval(null, 2)).toBe('—');
    expect(interval(1, Number.NaN)).toBe('—');
    expect(mean(null, { unit: '%' })).toBe('—');
  });

  it('writes means with one decimal and no trailing zero', () => {
    expect([mean(6.25), mean(6), mean(6.04), mean(0), mean(-1.5)]).toEqual(['6.3', '6', '6', '0', '−1.5']);
    expect(mean(4.26, { decimals: 0, unit: '%' })).toBe('4%');
    expect(mean(37.5, { unit: ' years' })).toBe('37.5 years');
    expect(number(0.8349, { decimals: 2 })).toBe('0.83');
  });

  it('rounds a half away from zero on the number as written', () => {
    // 1.15 and 0.285 are stored a hair below the half; people read the half.
    expect([mean(1.15), mean(1.25), mean(2.45), mean(-2.45)]).toEqual(['1.2', '1.3', '2.5', '−2.5']);
    expect([whole(2.5), whole(-2.5), whole(72.5), whole(0.5)]).toEqual(['3', '−3', '73', '1']);
    expect([share(0.285), share(0.625), share(0.145), share(0.005)]).toEqual(['29%', '63%', '15%', '1%']);
    expect([percent(62.5), percent(28.5), percent(0.4)]).toEqual(['63%', '29%', '0%']);
    expect(points(12.5)).toBe('13 pts');
  });

  it('never writes a negative zero or a sign on zero', () => {
    expect([mean(-0), whole(-0), share(-0), percent(-0), count(-0)]).toEqual(['0', '0', '0%', '0%', '0']);
    expect([mean(-0.04), whole(-0.4), share(-0.004)]).toEqual(['0', '0', '0%']);
    expect([gap(0), gap(-0), gap(0.04), gap(-0.04), gap(-0.4, { decimals: 0 })]).toEqual(['0', '0', '0', '0', '0']);
    expect([shareGap(-0.001), effectSize(-0.004)]).toEqual(['0 pp', '0']);
  });

  it('writes negatives with the true minus sign, never a hyphen', () => {
    const negatives = [mean(-3.2), whole(-7), share(-0.5), gap(-1), shareGap(-0.12), effectSize(-0.5), count(-1200)];
    expect(negatives).toEqual(['−3.2', '−7', '−50%', '−1', '−12 pp', '−0.5', '−1,200']);
    for (const text of negatives) expect(text).not.toContain('-');
  });

  it('signs gaps and effect sizes', () => {
    expect([gap(2.5), gap(-1), gap(0.96), gap(1.04)]).toEqual(['+2.5', '−1', '+1', '+1']);
    expect(gap(12.6, { decimals: 0, unit: '%' })).toBe('+13%');
    expect([effectSize(0.8349), effectSize(-1.2)]).toEqual(['+0.83', '−1.2']);
  });

  it('writes percentage-point gaps from shares and from percentages', () => {
    expect([shareGap(0.12), shareGap(-0.125), shareGap(0.005)]).toEqual(['+12 pp', '−13 pp', '+1 pp']);
    expect([percentGap(12.4), percentGap(-12.5)]).toEqual(['+12 pp', '−13 pp']);
  });

  it('writes shares, percentages and how far apart', () => {
    expect([share(0.423), share(1), share(0), share(0.4234, { decimals: 1 })]).toEqual(['42%', '100%', '0%', '42.3%']);
    expect([percent(42.3), percent(100), percent(42.25, { decimals: 1 })]).toEqual(['42%', '100%', '42.3%']);
    expect(apart(0.42)).toBe('42% apart');
  });

  it('writes ranks, places and points', () => {
    expect([rank(2.45), rank(3), rank(1.96)]).toEqual(['2.5', '3', '2']);
    expect([position(3), position(2.5), position(2.04)]).toEqual(['#3', '#2.5', '#2']);
    expect([points(12), points(1), points(0)]).toEqual(['12 pts', '1 pt', '0 pts']);
  });

  it('writes p-values and intervals', () => {
    expect([pValue(0.0423), pValue(0.0004), pValue(0.001), pValue(0.0425), pValue(1)]).toEqual([
      '0.042',
      '< 0.001',
      '0.001',
      '0.043',
      '1',
    ]);
    expect(interval(-0.5, 2, gap)).toBe('−0.5 to +2');
    expect(interval(0.5, 2.25)).toBe('0.5 to 2.3');
  });

  it('counts with thousands grouped and no decimals', () => {
    expect([count(0), count(7), count(1234), count(1234567)]).toEqual(['0', '7', '1,234', '1,234,567']);
  });
});

describe('option labels', () => {
  const config: ActivityConfig = {
    kind: 'choice',
    multiple: false,
    options: [
      { id: 'cio', label: 'The CIO' },
      { id: 'cmo', label: 'The CMO' },
    ],
  } as ActivityConfig;

  it('finds an option by its id in a config or a list of options', () => {
    expect(optionLabel(config, 'cmo')).toBe('The CMO');
    expect(optionLabel(optionsOf(config), 'cio')).toBe('The CIO');
    expect(findOption(config, null)).toBeUndefined();
  });

  it('falls back to the id itself when the activity has no such option', () => {
    expect(optionLabel(config, 'cfo')).toBe('cfo');
    expect(optionLabel({ kind: 'scale', min: 1, max: 7 } as ActivityConfig, 'x')).toBe('x');
    expect(optionsOf({ kind: 'scale', min: 1, max: 7 } as ActivityConfig)).toEqual([]);
  });
});
