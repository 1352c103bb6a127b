import { votesCsv } from '../../shared/votesCsv';
import { parseWorkshopFile } from '../../shared/workshopFile';
import { parseCommandArgs } from '../args';
import { InputError, UsageError, type CliIo } from '../command';
import { readWorkshopFileText } from '../files';

/** Runs `common-ground votes`; its usage lines are in the table in commands/index.ts. */
export function run(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs(
    args,
    { 'workshop-id': { type: 'string' } },
    { min: 1, max: 1, names: 'the workshop file' },
  );
  const workshopId = values['workshop-id'];
  if (workshopId !== undefined && !/^[A-Za-z0-9_-]{1,64}$/.test(workshopId)) {
    throw new UsageError('--workshop-id is 1 to 64 letters, digits, dashes or underscores.');
  }
  const path = positionals[0]!;
  const parsed = parseWorkshopFile(readWorkshopFileText(path));
  if (!parsed.ok) throw new InputError(`${path}: ${parsed.error.message}`);

  io.out(votesCsv(parsed.value, workshopId === undefined ? {} : { workshopId }));
  return 0;
}
