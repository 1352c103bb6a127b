import { CHANNELS, type ChannelName } from '../../shared/ipc/channels';
import { contract } from '../../shared/ipc/contract';
import { AppError, fail, ok, type AppErrorShape, type Result } from '../../shared/result';
import { findInputProblem } from '../../shared/validation';
import type { LiveHub } from '../core/live/hub';
import { refusalFor } from './audiences';
import type { Handlers } from './handlers';

/** The parts of an IPC event the sender check needs; `senderFrame` may be null. */
export interface IpcEventLike {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
  /** The window that sent it (Electron's webContents), which decides its audience. */
  readonly sender: { readonly id: number };
}

export type SenderPolicy = (url: string) => boolean;

export interface Logger {
  error(message: string, error: unknown): void;
}

const channelSet: ReadonlySet<string> = new Set(CHANNELS);

/**
 * Checks the sender, parses the input against the contract, runs the handler and wraps
 * the outcome as a Result. Nothing is written when the sender or the input is refused.
 */
export function createDispatcher(
  handlers: Handlers,
  isTrustedUrl: SenderPolicy,
  live: Pick<LiveHub, 'audienceOf' | 'flush'>,
  logger: Logger = console,
) {
  return async function dispatch(channel: string, event: IpcEventLike, rawInput: unknown): Promise<Result<unknown>> {
    if (!channelSet.has(channel)) {
      return fail({ code: 'unknown-channel', message: `There is no channel called "${channel}".` });
    }
    const frame = event.senderFrame;
    if (frame === null || frame.parent !== null || !isTrustedUrl(frame.url)) {
      return fail({ code: 'forbidden-sender', message: 'This request did not come from the Common Ground window.' });
    }

    const name = channel as ChannelName;
    // The input is read inside a try of its own: a payload no schema foresaw (a typed array,
    // a getter that throws, a value nested too deep) is an error result, never an exception.
    let input: unknown;
    let caller: Caller;
    try {
      caller = { window: event.sender.id };
      const refused = refusalFor(live.audienceOf(caller.window), name);
      if (refused) return fail(refused.toShape());
      const badInput = findInputProblem(rawInput);
      if (badInput) return fail(badInput);
      const parsed = contract[name].input.safeParse(rawInput);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        return fail({ code: 'invalid-input', message: issue.message, path: issue.path.map(keyOf) });
      }
      input = parsed.data;
    } catch (error) {
      logger.error(`IPC ${channel}: unreadable input`, error);
      return fail({ code: 'invalid-input', message: 'This request could not be read. Nothing was changed.' });
    }
    try {
      const handler = handlers[name] as (input: unknown, caller: Caller) => unknown;
      return ok(await handler(input, caller));
    } catch (error) {
      if (error instanceof AppError) return fail(error.toShape());
      const known = storageProblem(error);
      if (known) return fail(known);
      logger.error(`IPC ${channel} failed`, error);
      return fail({ code: 'internal', message: 'Something went wrong on this computer. Nothing was changed.' });
    } finally {
      // Whatever the call wrote reaches every window watching that workshop now, not on a timer.
      try {
        live.flush();
      } catch (error) {
        logger.error('Pushing the room to the windows failed', error);
      }
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;

/** Who made a call: the window, whose audience the live hub knows. */
export interface Caller {
  readonly window: number;
}

/** What SQLite's refusals mean for the person at the screen; in each case the transaction was rolled back. */
export function storageProblem(error: unknown): AppErrorShape | null {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
  if (code.startsWith('SQLITE_READONLY')) {
    return {
      code: 'conflict',
      message: 'The data file is read-only, so nothing can be changed. Make it writable and reopen Common Ground.',
    };
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return {
      code: 'conflict',
      message: 'Another program kept the data file busy. Nothing was changed; try again in a moment.',
    };
  }
  if (code === 'SQLITE_FULL') {
    return { code: 'conflict', message: 'The disk is full. Nothing was changed; free some space and try again.' };
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return {
      code: 'conflict',
      message: 'The data file could not be written (a disk error). Nothing was changed; try again.',
    };
  }
  return null;
}

function keyOf(key: PropertyKey): string | number {
  return typeof key === 'number' ? key : String(key);
}

/** Accepts only pages served from the given origins (the app:// scheme, or the dev server). */
export function originPolicy(allowedOrigins: readonly string[]): SenderPolicy {
  const allowed = new Set(allowedOrigins);
  return (url) => {
    try {
      const parsed = new URL(url);
      // Custom schemes report origin "null"; compare scheme and host for them.
      const origin = parsed.origin === 'null' ? `${parsed.protocol}//${parsed.host}` : parsed.origin;
      return allowed.has(origin);
    } catch {
      return false;
    }
  };
}
