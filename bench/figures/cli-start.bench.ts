/**
 * cli-start: the wall time of `common-ground --help` ÷ that of `node -e 0`, both started
 * as new processes, interleaved, so the ratio is what the command line adds to Node's own start.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { it } from 'vitest';
import { figure, measureGroup, median, runs } from '../support/measure';

const RUNS = runs(30, 2);
const WARM_UP = runs(3, 1);
const CLI = resolve(__dirname, '../../bin/common-ground.js');

function wallTime(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr.toString()}`);
  return elapsed;
}

it('cli-start', async () => {
  await measureGroup('cli-start', async () => {
    const cli: number[] = [];
    const node: number[] = [];
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      const pair = i % 2 === 0 ? [wallTime([CLI, '--help']), wallTime(['-e', '0'])] : [];
      if (pair.length === 0) {
        const n = wallTime(['-e', '0']);
        pair.push(wallTime([CLI, '--help']), n);
      }
      if (i >= WARM_UP) {
        cli.push(pair[0]!);
        node.push(pair[1]!);
      }
    }
    const ratio = median(cli) / median(node);
    return [
      figure('cli-start', {
        name: 'cli-start',
        value: ratio,
        unit: '×',
        budget: { max: 2 },
        how: '`common-ground --help` ÷ `node -e 0`, each a new process, interleaved; ratio of the median wall times.',
        median: ratio,
        runs: RUNS,
        warmUp: WARM_UP,
        detail: { cliMs: median(cli), nodeMs: median(node) },
        ...(ratio > 2
          ? {
              note:
                `\`--help\` takes ${Math.round(median(cli))} ms against ${Math.round(median(node))} ms for Node alone. ` +
                'A CPU profile (node --cpu-prof) of what remains once Playwright is loaded only to print and the ' +
                'compiled bundle is cached: the zod schemas of every command’s checks built as the bundle loads, the ' +
                'built-in template checked at load (so a broken one stops the app at once), better-sqlite3’s native ' +
                'addon and node:crypto. Under 2× needs each command’s module loaded only when that command runs, with ' +
                'its usage kept apart from it.',
            }
          : {}),
      }),
    ];
  });
});
