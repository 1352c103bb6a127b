import { systemClock } from '../../main/core/clock';
import { importWorkshop } from '../../main/core/workshopFile';
import { parseWorkshopFile } from '../../shared/workshopFile';
import { parseCommandArgs, required } from '../args';
import { InputError, type CliCommand } from '../command';
import { openDataFile, readWorkshopFileText } from '../files';

export const importCommand: CliCommand = {
  name: 'import',
  usage: [
    {
      synopsis: 'import <file.json> --db <file>',
      summary: 'Add the workshop in a workshop file to a data file (created if missing); prints its new id.',
    },
  ],
  run(args, io) {
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
  },
};
