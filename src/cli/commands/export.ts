import { createQueries } from '../../main/core';
import { exportWorkshop } from '../../main/core/workshopFile';
import { parseCommandArgs, required } from '../args';
import { type CliCommand } from '../command';
import { openDataFile, writeTextFile } from '../files';
import { json, plural } from '../format';

export const exportCommand: CliCommand = {
  name: 'export',
  usage: [
    {
      synopsis: 'export --db <file> --workshop <id> --out <file.json> [--force]',
      summary: 'Write one workshop to a portable workshop file (--force replaces an existing file).',
    },
  ],
  run(args, io) {
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
  },
};
