/**
 * Every call across the process boundary answers with a Result, never a thrown error:
 * an exception thrown through ipcMain.handle reaches the renderer as a bare string.
 */
export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  /** The window's audience may not do this (the ballot handed to the room, the projector). */
  | 'forbidden'
  | 'forbidden-sender'
  | 'unknown-channel'
  | 'internal';

export interface AppErrorShape {
  readonly code: ErrorCode;
  readonly message: string;
  /** Where the input was wrong, as a path of keys (for field-level messages). */
  readonly path?: readonly (string | number)[];
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppErrorShape };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: AppErrorShape): Result<T> {
  return { ok: false, error };
}

/** An error with a code the renderer can act on; thrown inside the core, returned as a Result at the edge. */
export class AppError extends Error implements AppErrorShape {
  readonly code: ErrorCode;
  readonly path?: readonly (string | number)[];

  constructor(code: ErrorCode, message: string, path?: readonly (string | number)[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (path) this.path = path;
  }

  toShape(): AppErrorShape {
    return this.path
      ? { code: this.code, message: this.message, path: this.path }
      : { code: this.code, message: this.message };
  }
}
