import { existsSync } from 'node:fs';
import { DataFileError, openDatabase, type Db } from '../main/core/db/connection';
import { MIGRATIONS } from '../main/core/db/migrations';
import { readUserFile, writeUserFile } from '../main/core/files';
import { WORKSHOP_FILE_LIMITS } from '../shared/workshopFile';
import { InputError } from './command';

function reason(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}

/** A workshop file's text, through the app's one capped reader. */
export function readWorkshopFileText(path: string): string {
  try {
    return readUserFile(path, WORKSHOP_FILE_LIMITS.bytes, { name: path, what: 'workshop file' });
  } catch (error) {
    throw new InputError(error instanceof Error ? error.message : String(error));
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
 * Only `create` may make a new data file, of a missing or empty file: elsewhere a
 * mistyped path must not leave a database behind. Another program's file is refused
 * untouched. A read-only file opens for reading; a command that writes refuses it.
 */
export function openDataFile(
  path: string,
  { create, write = create }: { readonly create: boolean; readonly write?: boolean },
): Db {
  let db: Db;
  try {
    db = openDatabase(path, MIGRATIONS, { create });
  } catch (error) {
    if (error instanceof DataFileError) throw new InputError(error.message);
    throw new InputError(
      `Cannot open the data file ${path}: ${error instanceof Error ? error.message : reason(error)}.`,
    );
  }
  if (write && db.readonly) {
    db.close();
    throw new InputError(`The data file ${path} is read-only; nothing was changed.`);
  }
  return db;
}
