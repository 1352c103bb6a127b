import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

/**
 * Another process (the command line, a second app) that opens the file with better-sqlite3,
 * starts a transaction of the given kind, runs `sql`, holds the lock for `holdMs`, commits
 * and exits. `locked` resolves once it holds the lock; `done` answers its exit code.
 */
export function otherWriter(
  file: string,
  {
    holdMs,
    begin = 'BEGIN IMMEDIATE',
    sql = 'UPDATE workshops SET updated_at = updated_at',
  }: {
    holdMs: number;
    begin?: string;
    sql?: string;
  },
) {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(file)});
    db.pragma('busy_timeout = 5000');
    db.exec(${JSON.stringify(begin)});
    db.exec(${JSON.stringify(sql)});
    process.stdout.write('locked\\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${holdMs});
    db.exec('COMMIT');
    db.close();
  `;
  const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const done = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const locked = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
    child.on('exit', () => reject(new Error('The other process exited before taking the lock.')));
  });
  return { locked, done };
}

/** Another process that keeps writing small changes to the file until `stop` is called. */
export function steadyWriter(file: string, sql = 'UPDATE workshops SET updated_at = updated_at') {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(file)});
    db.pragma('busy_timeout = 5000');
    const write = db.prepare(${JSON.stringify(sql)});
    const pause = new Int32Array(new SharedArrayBuffer(4));
    let writes = 0;
    let stopped = false;
    process.stdin.on('data', () => { stopped = true; });
    process.stdout.write('writing\\n');
    (function loop() {
      if (stopped) { db.close(); process.stdout.write('writes ' + writes + '\\n'); process.exit(0); }
      for (let i = 0; i < 20; i++) { write.run(); writes++; Atomics.wait(pause, 0, 0, 1); }
      setImmediate(loop);
    })();
  `;
  const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  const started = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('writing')) resolve();
    });
    child.on('exit', () => reject(new Error('The writer exited before it started.')));
  });
  const done = new Promise<number>((resolve) =>
    child.on('exit', () => resolve(Number(/writes (\d+)/.exec(out)?.[1] ?? 0))),
  );
  return {
    started,
    /** Stops the writer; answers how many writes it made. */
    stop: () => {
      child.stdin.write('stop\n');
      return done;
    },
  };
}
