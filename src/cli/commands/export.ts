import { createQueries } from '../../main/core/db/queries';
import { exportWorkshop } from '../../main/core/workshopFile';
import { parseCommandArgs, required } from '../args';
import { type CliIo } from '../command';
import { openDataFile, writeTextFile } from '../files';
import { json, plural } from '../format';

/** Runs `common-ground export`; its usage lines are in the table in commands/index.ts. */
export function run(args: readonly string[], io: CliIo): number {
  const { values } = parseCommandArgs(
    args,
    {
      db: { type: 'string' },
      workshop: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
    },
    { min: 0, max: 0, names: '' },
  );
  const dbPath = required(values.db, '--db <file>');
  const workshopId = required(values.workshop, '--workshop <id>');
  const out = required(values.out, '--out <file.json>');

  const db = openDataFile(dbPath, { create: false });
  let file;
  try {
    const queries = createQueries(db);
    // One read transaction: one consistent snapshot, even while the app records votes in the same file.
    file = db.transaction(() => exportWorkshop(queries, workshopId))();
  } finally {
    db.close();
  }
  writeTextFile(out, json(file), values.force === true);

  const votes = file.activities.reduce((n, a) => n + a.rounds.reduce((m, r) => m + r.votes.length, 0), 0);
  io.out(
    `Wrote ${out}: "${file.workshop.title}", ${plural(file.participants.length, 'participant')}, ` +
      `${plural(file.activities.length, 'activity', 'activities')}, ${plural(votes, 'vote')}.\n`,
  );
  return 0;
}
