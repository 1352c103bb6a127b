import { dirname, join } from 'node:path';
import { agendaService } from './agenda';
import { backupService, DEFAULT_KEEP_BACKUPS } from './backups';
import { systemClock, type Clock } from './clock';
import { openDatabase, schemaVersion } from './db/connection';
import { createQueries } from './db/queries';
import { readUserFile, writeUserFile } from './files';
import { ideasService } from './ideas';
import { participantService } from './participants';
import { reportData } from './report';
import { resultsService } from './results';
import { MAX_TEMPLATE_BYTES, templateLibrary } from './templateLibrary';
import { MAX_WORKSHOP_FILE_BYTES, transferService } from './transfer';
import { liveHub } from './live/hub';
import { votingService } from './voting';
import { workbookFor } from './workbook';
import { workshopService } from './workshops';

export { DatabaseTooNewError } from './db/connection';
export type { Clock } from './clock';

/** The size cap of each kind of file a user chooses to open. */
const USER_FILE_LIMITS = { workshop: MAX_WORKSHOP_FILE_BYTES, template: MAX_TEMPLATE_BYTES } as const;

export type UserFileKind = keyof typeof USER_FILE_LIMITS;

export interface CoreOptions {
  /** Where backups go; by default a `backups` folder next to the data file. */
  readonly backupsDir?: string;
  /** How many backups to keep. */
  readonly keepBackups?: number;
}

/** The workshop engine over one SQLite file. Runs in plain Node: no `electron` here. */
export function createCore(file: string, clock: Clock = systemClock, options: CoreOptions = {}) {
  const db = openDatabase(file);
  const queries = createQueries(db);
  const workshops = workshopService(db, queries, clock);
  const voting = votingService(db, queries, clock, workshops);
  const ideas = ideasService(db, queries, clock, workshops);
  return {
    file,
    db,
    clock,
    queries,
    workshops,
    participants: participantService(db, queries, clock, workshops),
    agenda: agendaService(db, queries, clock, workshops, ideas),
    templates: templateLibrary(queries, clock, workshops),
    voting,
    /** The ideas kind's collect round and curating. */
    ideas,
    results: resultsService(queries, workshops),
    /** The report's content, and the same content as an Excel workbook (votes included). */
    report: {
      data: (workshopId: string, options: { readonly appendix: boolean }) =>
        reportData(queries, workshops, clock, workshopId, options),
      workbook: (workshopId: string) =>
        workbookFor(reportData(queries, workshops, clock, workshopId, { appendix: true })),
    },
    transfer: transferService(db, queries, clock, workshops),
    /** Files the user chose: read with the size cap of their kind, written whole or not at all. */
    files: {
      read: (path: string, kind: UserFileKind) => readUserFile(path, USER_FILE_LIMITS[kind]),
      write: writeUserFile,
    },
    /** Who sees what of the room, and the pushes that keep every window current. */
    live: liveHub(db, queries, workshops, voting, ideas),
    backups: backupService(db, clock, {
      dir: options.backupsDir ?? join(dirname(file), 'backups'),
      keep: options.keepBackups ?? DEFAULT_KEEP_BACKUPS,
    }),
    schemaVersion: () => schemaVersion(db),
    close: () => db.close(),
  };
}

export type Core = ReturnType<typeof createCore>;
