import { closeSync, fsyncSync, openSync, renameSync, statSync, writeSync, readFileSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../shared/result';

/** Reads a whole text file the user chose, refusing what is missing or too large to be ours. */
export function readUserFile(path: string, maxBytes: number): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new AppError('invalid-input', `${basename(path)} could not be opened.`);
  }
  if (size > maxBytes) {
    throw new AppError(
      'invalid-input',
      `${basename(path)} is too large (${(size / 1024 / 1024).toFixed(1)} MB; at most ${maxBytes / 1024 / 1024} MB).`,
    );
  }
  return readFileSync(path, 'utf8');
}

/** Writes through a temporary file and a rename, so a crash never leaves half a file behind. */
export function writeUserFile(path: string, text: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.partial`;
  try {
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    const reason = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
    throw new AppError('invalid-input', `${basename(path)} could not be written${reason}.`);
  }
}
