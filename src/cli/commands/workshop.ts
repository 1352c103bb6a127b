import { createQueries } from '../../main/core';
import { parseCommandArgs, required } from '../args';
import { UsageError, type CliCommand } from '../command';
import { openDataFile } from '../files';
import { json, table } from '../format';

export const workshopCommand: CliCommand = {
  name: 'workshop',
  usage: [{ synopsis: 'workshop list --db <file> [--json]', summary: 'List the workshops in a data file.' }],
  run(args, io) {
    const [action, ...rest] = args;
    if (action !== 'list') {
      throw new UsageError(action === undefined ? 'Missing what to do: list.' : `Unknown action "${action}".`);
    }
    const { values } = parseCommandArgs(
      rest,
      { db: { type: 'string' }, json: { type: 'boolean' } },
      { min: 0, max: 0, names: '' },
    );
    const db = openDataFile(required(values.db, '--db <file>'), { create: false });
    try {
      const workshops = createQueries(db).workshops.list();
      if (values.json) {
        io.out(json(workshops));
      } else if (workshops.length === 0) {
        io.out('No workshops.\n');
      } else {
        io.out(
          table(
            ['ID', 'DATE', 'STATUS', 'PEOPLE', 'ACTIVITIES', 'TITLE'],
            workshops.map((w) => [
              w.id,
              w.date,
              w.status,
              String(w.participantCount),
              String(w.activityCount),
              `${w.title} (${w.organization})`,
            ]),
          ),
        );
      }
      return 0;
    } finally {
      db.close();
    }
  },
};
