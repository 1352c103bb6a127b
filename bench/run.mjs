#!/usr/bin/env node
/**
 * npm run bench [-- --only <name>[,<name>…]] [--smoke] [--out <dir>] [--no-build]
 *
 * Builds the app (unless --no-build), runs every bench in bench/figures/ (or the named
 * ones) and writes results.json and RESULTS.md to bench/ (or --out). --smoke takes two
 * samples of each figure, only to show that the bench works; `npm test` runs it that way.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const groups = readdirSync(join(root, 'bench/figures'))
  .filter((name) => name.endsWith('.bench.ts'))
  .map((name) => name.slice(0, -'.bench.ts'.length));

let options;
try {
  options = parseArgs({
    options: {
      only: { type: 'string', multiple: true },
      smoke: { type: 'boolean' },
      out: { type: 'string' },
      'no-build': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (error) {
  process.stderr.write(`bench: ${error.message}\n`);
  process.exit(2);
}
if (options.help) {
  process.stdout.write(
    `Usage: npm run bench [-- --only <name>] [--smoke] [--out <dir>] [--no-build]\nNames: ${groups.join(', ')}\n`,
  );
  process.exit(0);
}
const only = (options.only ?? []).flatMap((value) => value.split(',')).filter(Boolean);
const unknown = only.filter((name) => !groups.includes(name));
if (unknown.length > 0) {
  process.stderr.write(`bench: no figure named ${unknown.join(', ')}; the names are ${groups.join(', ')}.\n`);
  process.exit(2);
}

const run = (args, env = {}) =>
  spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

if (!options['no-build']) {
  // npm_execpath is the npm that started `npm run bench`; outside npm, the one on PATH.
  const npm = process.env.npm_execpath;
  const status = npm
    ? run([npm, 'run', 'build'])
    : (spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' })
        .status ?? 1);
  if (status !== 0) process.exit(status);
}

const fragments = mkdtempSync(join(tmpdir(), 'cg-bench-figures-'));
const status = run(
  [
    join(root, 'node_modules/vitest/vitest.mjs'),
    'run',
    '--config',
    'bench/vitest.config.mts',
    ...only.map((name) => `bench/figures/${name}.bench.ts`),
  ],
  {
    BENCH_FRAGMENTS: fragments,
    BENCH_OUT: resolve(options.out ?? join(root, 'bench')),
    BENCH_ONLY: only.join(','),
    BENCH_SMOKE: options.smoke ? '1' : '',
    // The benches time the production build of React, as the app ships it.
    NODE_ENV: 'production',
  },
);
rmSync(fragments, { recursive: true, force: true });
process.exit(status);
