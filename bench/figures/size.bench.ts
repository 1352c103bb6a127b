/**
 * size: the built renderer's JavaScript (out/renderer, as `npm run build` leaves it),
 * each file gzipped as a server or an installer's compression would, summed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { it } from 'vitest';
import { figure, measureGroup } from '../support/measure';

const RENDERER = resolve(__dirname, '../../out/renderer');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

it('size', async () => {
  await measureGroup('size', async () => {
    const scripts = files(RENDERER).filter((path) => path.endsWith('.js'));
    if (scripts.length === 0) throw new Error(`No built renderer in ${RENDERER}: run npm run build.`);
    const raw = scripts.reduce((sum, path) => sum + statSync(path).size, 0);
    const gzipped = scripts.reduce((sum, path) => sum + gzipSync(readFileSync(path)).length, 0);
    return [
      figure('size', {
        name: 'size',
        value: gzipped / 1024,
        unit: 'KB',
        budget: { max: 200 },
        how: `Every .js file of the built renderer (${scripts.length}), gzipped at the default level, summed.`,
        runs: 1,
        warmUp: 0,
        detail: { rawKB: raw / 1024, files: scripts.length },
      }),
    ];
  });
});
