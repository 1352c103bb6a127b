import { DEMO_DEFAULTS, DEMO_MAX_PARTICIPANTS, DEMO_MIN_PARTICIPANTS } from '../../shared/demo';
import type { CliCommand } from '../command';

/**
 * Every command, in the order the usage lists them: its name and usage here, its code in
 * its own module, loaded only when the command runs, so `--help` starts at once. A new
 * command is one module and one entry here.
 */
export const COMMANDS: readonly CliCommand[] = [
  {
    name: 'template',
    usage: [
      { synopsis: 'template list [--json]', summary: 'List the built-in agenda templates.' },
      { synopsis: 'template show <id>', summary: 'Print a built-in template as JSON.' },
    ],
    load: () => import('./template').then((m) => m.run),
  },
  {
    name: 'workshop',
    usage: [{ synopsis: 'workshop list --db <file> [--json]', summary: 'List the workshops in a data file.' }],
    load: () => import('./workshop').then((m) => m.run),
  },
  {
    name: 'export',
    usage: [
      {
        synopsis: 'export --db <file> --workshop <id> --out <file.json> [--force]',
        summary: 'Write one workshop to a portable workshop file (--force replaces an existing file).',
      },
    ],
    load: () => import('./export').then((m) => m.run),
  },
  {
    name: 'import',
    usage: [
      {
        synopsis: 'import <file.json> --db <file>',
        summary: 'Add the workshop in a workshop file to a data file (created if missing); prints its new id.',
      },
    ],
    load: () => import('./import').then((m) => m.run),
  },
  {
    name: 'validate',
    usage: [{ synopsis: 'validate <file.json>', summary: 'Check a workshop file without importing it.' }],
    load: () => import('./validate').then((m) => m.run),
  },
  {
    name: 'votes',
    usage: [
      {
        synopsis: 'votes <file.json> [--workshop-id <id>]',
        summary: 'Print every vote in a workshop file as CSV, one row per vote; --workshop-id names the workshop.',
      },
    ],
    load: () => import('./votes').then((m) => m.run),
  },
  {
    name: 'analyze',
    usage: [
      {
        synopsis: 'analyze <file.json>',
        summary:
          'Print the analysis of a workshop file as JSON: IT vs Marketing in the latest round of each activity, each gap with its 95% interval, p-value and verdict ("clear gap", "likely gap", …).',
      },
      {
        synopsis: 'analyze <file.json> --verdicts',
        summary:
          'Print every gap with its verdict in plain words, the surest first, then the sides split within themselves and how well each side read the other.',
      },
    ],
    load: () => import('./analyze').then((m) => m.run),
  },
  {
    name: 'report',
    usage: [
      {
        synopsis: 'report <workshop.json> --out <report.pdf> [--paper a4|letter] [--appendix] [--force]',
        summary:
          'Print the session report as a PDF with Chromium (set CHROMIUM_PATH if it is not found); --appendix lists every vote.',
      },
    ],
    load: () => import('./report').then((m) => m.run),
  },
  {
    name: 'demo',
    usage: [
      {
        synopsis: 'demo --out <file.json> [--participants <n>] [--seed <s>] [--force]',
        summary:
          `Write the demo workshop with simulated votes to a workshop file: ${DEMO_MIN_PARTICIPANTS} to ` +
          `${DEMO_MAX_PARTICIPANTS} participants (default ${DEMO_DEFAULTS.participants}), seed default ${DEMO_DEFAULTS.seed}; ` +
          'the same seed writes the same file.',
      },
    ],
    load: () => import('./demo').then((m) => m.run),
  },
];
