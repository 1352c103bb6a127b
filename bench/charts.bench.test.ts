/**
 * How long a 50-item chart takes to redraw after one new vote, in Chromium: the bench page
 * (bench/charts-page) is built with Vite, served on loopback and opened in Chromium; each
 * run records one vote and times flushSync(setState) around the React update that
 * re-analyses the activity, reshapes the chart's data and commits the SVG. For an animated
 * chart, the time between frames is recorded while it moves to the new numbers.
 *
 * Not part of `npm test`. Run it on its own with
 *
 *   npx vitest run --root bench charts
 *
 * (Chromium at /usr/bin/chromium, or set CHROMIUM_PATH).
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { expect, it } from 'vitest';

const RUNS = 60;
const ANIMATED_RUNS = 8;
const KINDS = ['butterfly', 'dumbbell', 'slope', 'likert', 'heatmap'] as const;
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
};

interface BenchResult {
  readonly update: number[];
  readonly updateAndLayout: number[];
  readonly frames: number[];
  readonly analysis: number[];
}

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const ms = (v: number) => `${v.toFixed(1)} ms`;

it('redraws a 50-item chart after one new vote', { timeout: 300_000 }, async () => {
  const out = mkdtempSync(join(tmpdir(), 'cg-bench-'));
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = join(out, path === '/' ? 'index.html' : path);
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        response.end(body);
      },
      () => {
        response.writeHead(404);
        response.end();
      },
    );
  });
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    // Vitest sets NODE_ENV=test, which would bundle React's slower development build.
    const nodeEnv = process.env['NODE_ENV'];
    process.env['NODE_ENV'] = 'production';
    await build({
      root: resolve(__dirname, 'charts-page'),
      base: './',
      logLevel: 'error',
      mode: 'production',
      plugins: [react()],
      build: { outDir: out, emptyOutDir: true },
    }).finally(() => (process.env['NODE_ENV'] = nodeEnv));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(`http://127.0.0.1:${address.port}/index.html`);
    await page.waitForFunction(() => 'bench' in window);

    const lines = [
      '',
      `Re-render after one new vote: 50 items, 30 voters, Chromium, ${RUNS} votes each after a warm-up`,
    ];
    for (const kind of KINDS) {
      const result = await page.evaluate(
        ([k, runs]) =>
          (window as unknown as { bench(kind: string, runs: number, animate: boolean): Promise<BenchResult> }).bench(
            k,
            runs,
            false,
          ),
        [kind, RUNS] as const,
      );
      const update = result.update;
      const layout = result.updateAndLayout;
      lines.push(
        `  ${kind.padEnd(10)} update median ${ms(percentile(update, 50))}, p95 ${ms(percentile(update, 95))}` +
          `   with layout median ${ms(percentile(layout, 50))}, p95 ${ms(percentile(layout, 95))}` +
          `   (analysis alone median ${ms(percentile(result.analysis, 50))})`,
      );
      expect(percentile(update, 50)).toBeLessThan(16);
    }
    const animated = await page.evaluate(
      ([runs]) =>
        (window as unknown as { bench(kind: string, runs: number, animate: boolean): Promise<BenchResult> }).bench(
          'butterfly',
          runs,
          true,
        ),
      [ANIMATED_RUNS] as const,
    );
    lines.push(
      `  butterfly, animated: ${animated.frames.length} frames while the bars move, time between frames median ` +
        `${ms(percentile(animated.frames, 50))}, p95 ${ms(percentile(animated.frames, 95))} (60 fps = 16.7 ms)`,
      '',
    );
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await browser.close();
    server.close();
    rmSync(out, { recursive: true, force: true });
  }
});
