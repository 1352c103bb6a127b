/** Where a command writes: the terminal in real use, a buffer in tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** One line of the usage text: how to call it, and what it does. */
export interface UsageLine {
  readonly synopsis: string;
  readonly summary: string;
}

/** What a command does: returns the exit status; throws UsageError or InputError (or AppError) otherwise. */
export type CommandRun = (args: readonly string[], io: CliIo) => number | Promise<number>;

/**
 * One top-level command. Adding a command is one module that exports its `run` and one
 * entry in the table in commands/index.ts; usage and error handling come from main.
 */
export interface CliCommand {
  readonly name: string;
  readonly usage: readonly UsageLine[];
  /** The command's code, loaded only when it runs. */
  load(): Promise<CommandRun>;
}

/** The command line itself is wrong: exit 2, with the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The command is right but what it was given is not (a missing file, a bad workshop file): exit 1. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
