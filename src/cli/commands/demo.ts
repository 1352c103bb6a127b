import { DEMO_DEFAULTS, DEMO_MAX_PARTICIPANTS, DEMO_MIN_PARTICIPANTS, demoWorkshopFile } from '../../main/core/demo';
import { builtInTemplate } from '../../main/core/templates';
import { checkWorkshopFile } from '../../shared/workshopFile';
import { parseCommandArgs, required } from '../args';
import { InputError, UsageError, type CliIo } from '../command';
import { writeTextFile } from '../files';
import { json, plural } from '../format';

const DEMO_TEMPLATE = 'cio-cmo-alignment';
/** The demo's random generator keeps 32 bits of its seed; a larger seed would repeat a smaller one's file. */
const MAX_SEED = 2 ** 32 - 1;

/**
 * A whole number within bounds. Text that is not a whole number is wrong usage (exit 2);
 * a whole number out of bounds is bad input (exit 1), like an unknown template id.
 */
function wholeNumber(value: string | undefined, flag: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value)) throw new UsageError(`${flag} takes a whole number, not "${value}".`);
  const number = Number(value);
  if (number < min || number > max) throw new InputError(`${flag} must be from ${min} to ${max}; it is ${value}.`);
  return number;
}

/** Runs `common-ground demo`; its usage lines are in the table in commands/index.ts. */
export function run(args: readonly string[], io: CliIo): number {
  const { values } = parseCommandArgs(
    args,
    {
      out: { type: 'string' },
      participants: { type: 'string' },
      seed: { type: 'string' },
      force: { type: 'boolean' },
    },
    { min: 0, max: 0, names: '' },
  );
  const out = required(values.out, '--out <file.json>');
  const participants = wholeNumber(
    values.participants,
    '--participants',
    DEMO_MIN_PARTICIPANTS,
    DEMO_MAX_PARTICIPANTS,
    DEMO_DEFAULTS.participants,
  );
  const seed = wholeNumber(values.seed, '--seed', 0, MAX_SEED, DEMO_DEFAULTS.seed);

  const template = builtInTemplate(DEMO_TEMPLATE);
  if (!template) throw new InputError(`The built-in template "${DEMO_TEMPLATE}" is missing from this installation.`);
  // Checked like any file before it is written, so `validate` and `import` always accept it.
  const checked = checkWorkshopFile(demoWorkshopFile(template, { participants, seed }));
  if (!checked.ok) throw new InputError(`The demo workshop is not a valid workshop file: ${checked.error.message}`);
  const file = checked.value;
  writeTextFile(out, json(file), values.force === true);

  const votes = file.activities.reduce((n, a) => n + a.rounds.reduce((m, r) => m + r.votes.length, 0), 0);
  io.out(
    `Wrote ${out}: "${file.workshop.title}", ${plural(file.participants.length, 'participant')}, ` +
      `${plural(file.activities.length, 'activity', 'activities')}, ${plural(votes, 'vote')} (seed ${seed}).\n`,
  );
  return 0;
}
