import type { Workshop } from '../../shared/domain';
import { AppError } from '../../shared/result';
import { votesCsv } from '../../shared/votesCsv';
import { parseWorkshopFile, WORKSHOP_FILE_LIMITS, type WorkshopFile } from '../../shared/workshopFile';
import type { Clock } from './clock';
import type { Db } from './db/connection';
import type { Queries } from './db/queries';
import { demoWorkshopFile, type DemoOptions } from './demo';
import { readUserFile } from './files';
import { builtInTemplate } from './templates';
import { exportWorkshop, importWorkshop } from './workshopFile';
import type { WorkshopService } from './workshops';

export const MAX_WORKSHOP_FILE_BYTES = WORKSHOP_FILE_LIMITS.bytes;

/** Workshops in and out of the data file: portable workshop files, the votes as CSV, copies and the demo. */
export function transferService(db: Db, queries: Queries, clock: Clock, workshops: WorkshopService) {
  /** Validates the whole file first; a bad file is refused with the JSON path of its first problem. */
  function importText(text: string): { workshopId: string } {
    const parsed = parseWorkshopFile(text);
    if (!parsed.ok) throw new AppError(parsed.error.code, parsed.error.message, parsed.error.path);
    return importWorkshop(db, parsed.value, clock);
  }

  return {
    /** The whole workshop as a portable file. */
    exportWorkshop(workshopId: string): WorkshopFile {
      return exportWorkshop(queries, workshopId, clock);
    },

    /** The portable file as the text written to disk. */
    exportText(workshopId: string): string {
      return `${JSON.stringify(exportWorkshop(queries, workshopId, clock), null, 2)}\n`;
    },

    importText,

    /** A workshop file the user chose, read through the one capped reader, then imported. */
    importFile(path: string): { workshopId: string } {
      return importText(readUserFile(path, MAX_WORKSHOP_FILE_BYTES));
    },

    /**
     * Every vote of a workshop as CSV: the file's ids for activities, items and people, the
     * database's for the workshop, to tell exports apart.
     */
    votesCsv(workshopId: string): string {
      return votesCsv(exportWorkshop(queries, workshopId, clock), { workshopId });
    },

    /**
     * A copy of a workshop through its own portable file, so a duplicate holds exactly what
     * an export would. Without votes it is a fresh draft to run again: the same people and
     * agenda, no rounds, notes or agreements.
     */
    duplicate(workshopId: string, withVotes: boolean): Workshop {
      const file = exportWorkshop(queries, workshopId, clock);
      const title = `${file.workshop.title} (copy)`.slice(0, 200);
      const copy: WorkshopFile = withVotes
        ? { ...file, workshop: { ...file.workshop, title } }
        : {
            ...file,
            workshop: { ...file.workshop, title, status: 'draft' },
            activities: file.activities.map((activity) => ({ ...activity, rounds: [] })),
            notes: [],
            actionItems: [],
          };
      const { workshopId: copyId } = importWorkshop(db, copy, clock);
      return workshops.requireWorkshop(copyId);
    },

    /** The demo workshop (built-in agenda, simulated room), stored like any imported workshop. */
    createDemo(options: DemoOptions): Workshop {
      const template = builtInTemplate('cio-cmo-alignment');
      if (!template) throw new AppError('internal', 'The built-in template is missing from this installation.');
      const { workshopId } = importWorkshop(db, demoWorkshopFile(template, options), clock);
      return workshops.requireWorkshop(workshopId);
    },
  };
}

export type TransferService = ReturnType<typeof transferService>;
