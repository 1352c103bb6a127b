import { parseWorkshopFile } from '../../shared/workshopFile';
import { parseCommandArgs } from '../args';
import { InputError, type CliIo } from '../command';
import { readWorkshopFileText } from '../files';
import { plural } from '../format';

/** Runs `common-ground validate`; its usage lines are in the table in commands/index.ts. */
export function run(args: readonly string[], io: CliIo): number {
  const { positionals } = parseCommandArgs(args, {}, { min: 1, max: 1, names: 'the workshop file to check' });
  const path = positionals[0]!;
  const parsed = parseWorkshopFile(readWorkshopFileText(path));
  if (!parsed.ok) throw new InputError(`${path}: ${parsed.error.message}`);

  const file = parsed.value;
  const rounds = file.activities.reduce((n, a) => n + a.rounds.length, 0);
  const votes = file.activities.reduce((n, a) => n + a.rounds.reduce((m, r) => m + r.votes.length, 0), 0);
  io.out(
    `${path}: a valid workshop file. "${file.workshop.title}" (${file.workshop.organization}, ${file.workshop.date}): ` +
      `${plural(file.participants.length, 'participant')}, ${plural(file.activities.length, 'activity', 'activities')}, ` +
      `${plural(rounds, 'round')}, ${plural(votes, 'vote')}.\n`,
  );
  return 0;
}
