import { closeSync, constants, fstatSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../shared/result';

/**
 * The one reader for a file the user chose (a workshop file, a template), in the app and
 * on the command line. It reads at most `maxBytes` (plus one, to know there is more),
 * whatever the file claims to be, so a device such as /dev/zero or a FIFO cannot make it
 * grow without end; it then decodes strict UTF-8 and says so when the text is UTF-16.
 */
export function readUserFile(
  path: string,
  maxBytes: number,
  { name = basename(path), what = 'Common Ground file' }: { readonly name?: string; readonly what?: string } = {},
): string {
  let fd: number;
  try {
    // Non-blocking, so that opening a named pipe no one writes to answers at once instead of waiting for ever.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new AppError('invalid-input', `Cannot read ${name}: ${reasonOf(error)}.`);
  }
  let bytes: Buffer;
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new AppError('invalid-input', `${name} is a folder, not a ${what}.`);
    if (!stat.isFile())
      throw new AppError('invalid-input', `${name} is not an ordinary file (it is a device or a pipe).`);
    if (stat.size > maxBytes) throw tooLarge(name, maxBytes, what, stat.size);
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.alloc(Math.min(maxBytes + 1, 1 << 20));
    for (;;) {
      const read = readSync(fd, chunk, 0, Math.min(chunk.length, maxBytes + 1 - total), null);
      if (read === 0) break;
      chunks.push(Buffer.from(chunk.subarray(0, read)));
      total += read;
      if (total > maxBytes) throw tooLarge(name, maxBytes, what);
    }
    bytes = Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalid-input', `Cannot read ${name}: ${reasonOf(error)}.`);
  } finally {
    closeSync(fd);
  }
  return decodeText(name, bytes);
}

function tooLarge(name: string, maxBytes: number, what: string, size?: number): AppError {
  const limit = `a ${what} is at most ${megabytes(maxBytes)} MB`;
  return new AppError(
    'invalid-input',
    size === undefined
      ? `${name} is larger than ${megabytes(maxBytes)} MB; ${limit}.`
      : `${name} is ${(size / 1024 / 1024).toFixed(1)} MB; ${limit}.`,
  );
}

function megabytes(bytes: number): string {
  return String(Math.round((bytes / 1024 / 1024) * 100) / 100);
}

/** UTF-8 only, as the app writes; a UTF-16 file (as some Windows editors save) is told so. */
function decodeText(name: string, bytes: Buffer): string {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    (bytes.length >= 4 && (bytes[0] === 0 || bytes[1] === 0) && bytes.subarray(0, 64).includes(0));
  if (utf16) {
    throw new AppError(
      'invalid-input',
      `${name} is saved as UTF-16 text; Common Ground reads UTF-8. Save it again as UTF-8 and retry.`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new AppError(
      'invalid-input',
      `${name} is not UTF-8 text (it may be another encoding or not text at all). Save it as UTF-8 and retry.`,
    );
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof Error && 'code' in error) {
    if (error.code === 'ENOENT') return 'no such file';
    if (error.code === 'EACCES' || error.code === 'EPERM') return 'you may not read it';
    if (error.code === 'EISDIR') return 'it is a folder';
    return String(error.code);
  }
  return error instanceof Error ? error.message : String(error);
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
