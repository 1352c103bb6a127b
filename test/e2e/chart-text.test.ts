import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/renderer/charts/text';
import { FONT } from '../../src/renderer/charts/theme';
import { builtInTemplate } from '../../src/main/core/templates';
import { openApp, openCore, useChromium } from '../support/e2e';
import { tempDir } from '../support/temp';

/** Every piece of text of the built-in template a chart may draw: titles, item and option labels. */
function templateWords(): string[] {
  const words = new Set<string>();
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'label' || key === 'title') && typeof inner === 'string') words.add(inner);
        else collect(inner);
      }
    }
  };
  collect(builtInTemplate('cio-cmo-alignment'));
  return [...words];
}

describe('chart labels are wrapped by an estimate of their width', () => {
  const chrome = useChromium();

  it('never falls short of Inter’s width in Chromium by more than 3%, so a wrapped label stays clear of the marks', async () => {
    const { dir, cleanup } = tempDir('cg-e2e-text-');
    const core = openCore(dir);
    const page = await openApp(chrome.browser, chrome.origin, core);
    try {
      const words = templateWords();
      expect(words.length).toBeGreaterThan(50);
      const font = `${FONT.label}px "Inter Variable"`;
      const widths = (await page.evaluate(`(async () => {
        await document.fonts.load(${JSON.stringify(font)});
        const context = document.createElement('canvas').getContext('2d');
        context.font = ${JSON.stringify(font)};
        return ${JSON.stringify(words)}.map((word) => context.measureText(word).width);
      })()`)) as number[];
      const short = words
        .map((word, i) => ({ word, estimate: textWidth(word, FONT.label), real: widths[i]! }))
        .filter(({ estimate, real }) => estimate < 0.97 * real);
      expect(short).toEqual([]);
    } finally {
      await page.close();
      core.close();
      cleanup();
    }
  });
});
