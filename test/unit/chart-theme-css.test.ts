import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_SCHEMES } from '../../src/renderer/charts/theme';

describe('the chart theme and the stylesheet', () => {
  it('the app declares the light scheme’s text colours as its CSS variables', () => {
    const css = readFileSync('src/renderer/app/styles.css', 'utf8');
    const root = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
    const variable = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(root)?.[1]?.toLowerCase();
    const light = CHART_SCHEMES.light;
    expect({
      ink: variable('ink'),
      muted: variable('ink-muted'),
      itText: variable('it-text'),
      marketingText: variable('mkt-text'),
      card: variable('card'),
      paper: variable('paper'),
    }).toEqual({
      ink: light.ink,
      muted: light.muted,
      itText: light.itText,
      marketingText: light.marketingText,
      card: light.surfaces[0],
      paper: light.surfaces[1],
    });
  });
});
