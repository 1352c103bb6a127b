import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a command's arguments strictly: an unknown option, a missing option value or a
 * stray positional is a usage error, never silently ignored.
 */
export function parseCommandArgs<O extends Options>(
  args: readonly string[],
  options: O,
  positionals: { readonly min: number; readonly max: number; readonly names: string },
) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's messages go on with advice about '--'; the first sentence is the problem.
    const message = error instanceof Error ? error.message.split(/\.\s/)[0]!.replace(/\.$/, '') : String(error);
    throw new UsageError(`${message}.`);
  }
  const count = parsed.positionals.length;
  if (count < positionals.min) throw new UsageError(`Missing ${positionals.names}.`);
  if (count > positionals.max) throw new UsageError(`Unexpected argument "${parsed.positionals[positionals.max]}".`);
  return parsed;
}

/** An option the command cannot do without. */
export function required(value: string | boolean | undefined, flag: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`Missing ${flag}.`);
  return value;
}
