import type { CliCommand } from '../command';
import { exportCommand } from './export';
import { importCommand } from './import';
import { templateCommand } from './template';
import { validateCommand } from './validate';
import { workshopCommand } from './workshop';

/** Every command, in the order the usage lists them. A new command is one module and one line here. */
export const COMMANDS: readonly CliCommand[] = [
  templateCommand,
  workshopCommand,
  exportCommand,
  importCommand,
  validateCommand,
];
