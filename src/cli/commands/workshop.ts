import { createQueries } from '../../main/core/db/queries';
import { parseCommandArgs, required } from '../args';
import { UsageError, type CliIo } from '../command';
import { openDataFile } from '../files';
import { json, table } from '../format';

/** Runs `common-ground workshop`; its usage lines are in the table in commands/index.ts. */
export function run(args: readonly string[], io: CliIo): number {
  const [action, ...rest] = args;
  if (action !== 'list') {
    throw new UsageError(action === undefined ? 'Missing what to do: list.' : `Unknown action "${action}".`);
  }
  const { values } = parseCommandArgs(
    rest,
    { db: { type: 'string' }, json: { type: 'boolean' } },
    { min: 0, max: 0, names: '' },
  );
  const path = required(values.db, '--db <file>');
  const db = openDataFile(path, { create: false });
  try {
    if (db.readonly) io.err(`${path} is read-only: listed as it is, nothing can be changed in it.\n`);
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
}
