import { systemClock } from '../../main/core/clock';
import { importWorkshop } from '../../main/core/workshopFile';
import { parseWorkshopFile } from '../../shared/workshopFile';
import { parseCommandArgs, required } from '../args';
import { InputError, type CliIo } from '../command';
import { openDataFile, readWorkshopFileText } from '../files';

/** Runs `common-ground import`; its usage lines are in the table in commands/index.ts. */
export function run(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs(
    args,
    { db: { type: 'string' } },
    { min: 1, max: 1, names: 'the workshop file to import' },
  );
  const path = positionals[0]!;
  const dbPath = required(values.db, '--db <file>');

  // The file is read and checked before the data file is opened, so a bad file never creates or touches one.
  const parsed = parseWorkshopFile(readWorkshopFileText(path));
  if (!parsed.ok) throw new InputError(`${path}: ${parsed.error.message}`);

  const db = openDataFile(dbPath, { create: true });
  try {
    const { workshopId } = importWorkshop(db, parsed.value, systemClock);
    io.out(`${workshopId}\n`);
    return 0;
  } finally {
    db.close();
  }
}
