import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect } from 'vitest';

export const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'out', 'cli', 'index.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The built command line, run by the Node that runs the tests. */
export function cli(...args: string[]): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 << 20 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Fails the file early, with what to do, when the command line has not been built. */
export function requireBuiltCli(): void {
  beforeAll(() => {
    if (!existsSync(CLI)) {
      throw new Error(`${CLI} is missing: build the command line first (npx vite build -c vite.cli.config.ts).`);
    }
  });
}

/** Bad input: exit 1, nothing on stdout, one line on stderr. */
export function expectOneLineError(run: Run, message: string | RegExp): void {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  if (typeof message === 'string') expect(run.stderr.trimEnd()).toBe(message);
  else expect(run.stderr.trimEnd()).toMatch(message);
}

/** Wrong usage: exit 2, the problem on the first line of stderr, then the usage. */
export function expectUsageError(run: Run, problem: string): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.split('\n')[0]).toBe(problem);
  expect(run.stderr).toContain('Usage:');
}
