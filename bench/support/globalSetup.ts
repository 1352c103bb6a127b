import { rmSync } from 'node:fs';
import { writeResults } from './results';

/**
 * Around the whole run: the figures each bench file leaves behind are gathered into
 * results.json and RESULTS.md once every file has run.
 */
export function setup(): () => void {
  const fragments = process.env['BENCH_FRAGMENTS'];
  const outDir = process.env['BENCH_OUT'];
  if (!fragments || !outDir) throw new Error('Run the bench with `npm run bench`.');
  rmSync(fragments, { recursive: true, force: true });
  return () => {
    const only = (process.env['BENCH_ONLY'] ?? '').split(',').filter(Boolean);
    const results = writeResults(fragments, outDir, { only, smoke: process.env['BENCH_SMOKE'] === '1' });
    rmSync(fragments, { recursive: true, force: true });
    const over = results.figures.filter((f) => !f.pass).map((f) => f.name);
    process.stdout.write(
      `\nWrote ${outDir}/results.json and RESULTS.md: ${results.figures.length} figures` +
        `${over.length ? `, over budget: ${over.join(', ')}` : ', all within budget'}` +
        `${results.failed.length ? `; not measured: ${results.failed.map((f) => f.group).join(', ')}` : ''}.\n`,
    );
  };
}
