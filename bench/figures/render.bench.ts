/**
 * render: how long a 50-item chart takes to redraw after one new vote, in Chromium. The
 * bench page (bench/charts-page) is built with Vite, served on loopback and opened in
 * Chromium; each run records one vote and times flushSync(setState) around the React
 * update that re-analyses the activity, reshapes the chart's data and commits the SVG,
 * followed by a forced style and layout of the page.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { it } from 'vitest';
import type { Figure } from '../support/figures';
import { launchChromium } from '../support/chromium';
import { figure, measureGroup, median, percentile, runs } from '../support/measure';

const RUNS = runs(60, 3);
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
  readonly analysis: number[];
}

it('render', async () => {
  await measureGroup('render', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cg-bench-charts-'));
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
    const browser = await launchChromium();
    try {
      // Vitest may set NODE_ENV=test, which would bundle React's slower development build.
      const nodeEnv = process.env['NODE_ENV'];
      process.env['NODE_ENV'] = 'production';
      await build({
        root: resolve(__dirname, '../charts-page'),
        base: './',
        logLevel: 'error',
        mode: 'production',
        plugins: [react()],
        build: { outDir: out, emptyOutDir: true },
      }).finally(() => (process.env['NODE_ENV'] = nodeEnv));
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('The bench page server did not start.');
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      await page.goto(`http://127.0.0.1:${address.port}/index.html`);
      await page.waitForFunction(() => 'bench' in window);

      const figures: Figure[] = [];
      for (const kind of KINDS) {
        const result = await page.evaluate(
          ([k, n]) =>
            (window as unknown as { bench(kind: string, runs: number, animate: boolean): Promise<BenchResult> }).bench(
              k,
              n,
              false,
            ),
          [kind, RUNS] as const,
        );
        const times = result.updateAndLayout;
        const p95 = percentile(times, 95);
        figures.push(
          figure('render', {
            name: `render.${kind}`,
            value: p95,
            unit: 'ms',
            budget: { max: 16.7 },
            how:
              `A 50-item ${kind} chart of 30 voters in Chromium: one new vote, then React's update ` +
              '(analysis, data, SVG commit) and a forced layout; p95.',
            median: median(times),
            p95,
            runs: RUNS,
            warmUp: 40,
            detail: {
              updateMedian: median(result.update),
              analysisMedian: median(result.analysis),
            },
            ...(p95 > 16.7
              ? {
                  note:
                    `Median ${median(times).toFixed(1)} ms; the p95 is ${(p95 / median(times)).toFixed(1)}× the median, ` +
                    `with the machine shared (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores as it ran).`,
                }
              : {}),
          }),
        );
      }
      return figures;
    } finally {
      await browser.close();
      server.close();
      rmSync(out, { recursive: true, force: true });
    }
  });
});
