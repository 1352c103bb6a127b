import type { CliCommand } from '../command';
import { analyzeCommand } from './analyze';
import { demoCommand } from './demo';
import { exportCommand } from './export';
import { importCommand } from './import';
import { reportCommand } from './report';
import { templateCommand } from './template';
import { validateCommand } from './validate';
import { votesCommand } from './votes';
import { workshopCommand } from './workshop';

/** Every command, in the order the usage lists them. A new command is one module and one line here. */
export const COMMANDS: readonly CliCommand[] = [
  templateCommand,
  workshopCommand,
  exportCommand,
  importCommand,
  validateCommand,
  votesCommand,
  analyzeCommand,
  reportCommand,
  demoCommand,
];
