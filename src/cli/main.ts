import { version } from '../../package.json';
import { AppError } from '../shared/result';
import { InputError, UsageError, type CliCommand, type CliIo } from './command';
import { COMMANDS } from './commands';

export const EXIT_OK = 0;
/** Bad input: a missing file, an invalid workshop file, an unknown workshop, a data file from a newer app. */
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

function describe(commands: readonly CliCommand[]): string {
  return commands
    .flatMap((command) => command.usage)
    .map((line) => `  common-ground ${line.synopsis}\n      ${line.summary}`)
    .join('\n');
}

export function usage(): string {
  return [
    'Usage: common-ground <command> [options]',
    '',
    'Common Ground works with its data file and with portable workshop files from the',
    'command line, without the app.',
    '',
    'Commands:',
    describe(COMMANDS),
    '',
    'Options:',
    '  -h, --help     Show this help; `common-ground <command> --help` shows one command.',
    '  --version      Print the version of Common Ground.',
    '',
    'Exit status: 0 done; 1 bad input, with the reason on stderr; 2 wrong usage.',
    '',
  ].join('\n');
}

function commandUsage(command: CliCommand): string {
  return `Usage:\n${describe([command])}\n`;
}

/** One line, whatever the error: no stack trace reaches the user. */
function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

const isHelp = (arg: string) => arg === '--help' || arg === '-h';

/** Runs one command line and answers its exit status; everything it prints goes through `io`. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(`common-ground: Missing a command.\n\n${usage()}`);
    return EXIT_USAGE;
  }
  if (isHelp(name) || name === 'help') {
    const about = COMMANDS.find((c) => c.name === rest[0]);
    io.out(about ? commandUsage(about) : usage());
    return EXIT_OK;
  }
  if (name === '--version') {
    io.out(`${version}\n`);
    return EXIT_OK;
  }

  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`common-ground: Unknown command "${name}".\n\n${usage()}`);
    return EXIT_USAGE;
  }
  if (rest.some(isHelp)) {
    io.out(commandUsage(command));
    return EXIT_OK;
  }

  try {
    const run = await command.load();
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`common-ground ${command.name}: ${oneLine(error.message)}\n\n${commandUsage(command)}`);
      return EXIT_USAGE;
    }
    if (error instanceof InputError || error instanceof AppError) {
      io.err(`common-ground ${command.name}: ${oneLine(error.message)}\n`);
      return EXIT_INPUT;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`common-ground ${command.name}: ${oneLine(message)}\n`);
    return EXIT_INPUT;
  }
}
