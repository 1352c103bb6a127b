import { existsSync, readFileSync, statSync } from 'node:fs';
import { DatabaseTooNewError, openDatabase, type Db } from '../main/core/db/connection';
import { writeUserFile } from '../main/core/files';
import { WORKSHOP_FILE_LIMITS } from '../shared/workshopFile';
import { InputError } from './command';

function reason(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}

/** A workshop file's text, refusing a missing, oversized or unreadable file before reading it whole. */
export function readWorkshopFileText(path: string): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`${path} is a folder, not a workshop file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`Cannot read ${path}: ${existsSync(path) ? reason(error) : 'no such file'}.`);
  }
  if (size > WORKSHOP_FILE_LIMITS.bytes) {
    throw new InputError(
      `${path} is ${(size / 1024 / 1024).toFixed(1)} MB; a workshop file is at most ${WORKSHOP_FILE_LIMITS.bytes / 1024 / 1024} MB.`,
    );
  }
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`Cannot read ${path}: ${reason(error)}.`);
  }
}

/** Writes through a temporary file and a rename (as the app does), refusing to replace a file unless asked. */
export function writeTextFile(path: string, text: string | Uint8Array, overwrite: boolean): void {
  if (!overwrite && existsSync(path)) {
    throw new InputError(`${path} already exists; add --force to replace it.`);
  }
  try {
    writeUserFile(path, text);
  } catch (error) {
    throw new InputError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Opens a Common Ground data file (bringing its schema up to date, as the app does).
 * Only `create` may make a new file: elsewhere a mistyped path must not leave an empty
 * database behind.
 */
export function openDataFile(path: string, { create }: { readonly create: boolean }): Db {
  if (!existsSync(path)) {
    if (!create) throw new InputError(`No data file at ${path}.`);
  } else if (statSync(path).isDirectory()) {
    throw new InputError(`${path} is a folder, not a Common Ground data file.`);
  }
  try {
    return openDatabase(path);
  } catch (error) {
    if (error instanceof DatabaseTooNewError) throw new InputError(error.message);
    if (reason(error) === 'SQLITE_NOTADB') throw new InputError(`${path} is not a Common Ground data file.`);
    throw new InputError(
      `Cannot open the data file ${path}: ${error instanceof Error ? error.message : reason(error)}.`,
    );
  }
}
