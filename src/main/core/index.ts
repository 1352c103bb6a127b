import { dirname, join } from 'node:path';
import { agendaService } from './agenda';
import { backupService, DEFAULT_KEEP_BACKUPS } from './backups';
import { systemClock, type Clock } from './clock';
import { openDatabase, schemaVersion, type Db } from './db/connection';
import { activityQueries } from './db/queries/activities';
import { ideaQueries } from './db/queries/ideas';
import { actionItemQueries, noteQueries } from './db/queries/notes';
import { participantQueries } from './db/queries/participants';
import { roundQueries } from './db/queries/rounds';
import { sessionQueries } from './db/queries/session';
import { templateQueries } from './db/queries/templates';
import { voteQueries } from './db/queries/votes';
import { workshopQueries } from './db/queries/workshops';
import { participantService } from './participants';
import { ideasService } from './ideas';
import { liveHub } from './live/hub';
import { templateLibrary } from './templateLibrary';
import { votingService } from './voting';
import { workshopService } from './workshops';

export { DatabaseTooNewError } from './db/connection';
export type { Clock } from './clock';

/** Every query module over one connection; statements are prepared once, here. */
export function createQueries(db: Db) {
  return {
    workshops: workshopQueries(db),
    participants: participantQueries(db),
    activities: activityQueries(db),
    rounds: roundQueries(db),
    votes: voteQueries(db),
    notes: noteQueries(db),
    actionItems: actionItemQueries(db),
    session: sessionQueries(db),
    templates: templateQueries(db),
    ideas: ideaQueries(db),
  };
}

export type Queries = ReturnType<typeof createQueries>;

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
    agenda: agendaService(db, queries, clock, workshops),
    templates: templateLibrary(queries, clock, workshops),
    voting,
    /** The ideas kind's collect round and curating. */
    ideas,
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
