import type { Workshop } from '../../shared/domain';
import { AppError } from '../../shared/result';
import { parseWorkshopFile, WORKSHOP_FILE_LIMITS, type WorkshopFile } from '../../shared/workshopFile';
import type { Core } from './index';
import { demoWorkshopFile, type DemoOptions } from './demo';
import { builtInTemplate } from './templates';
import { exportWorkshop, importWorkshop } from './workshopFile';

export const MAX_WORKSHOP_FILE_BYTES = WORKSHOP_FILE_LIMITS.bytes;

export function exportWorkshopText(core: Core, workshopId: string): string {
  const file = exportWorkshop(core.queries, workshopId, core.clock);
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Validates the whole file first; a bad file is refused with the JSON path of its first problem. */
export function importWorkshopText(core: Core, text: string): { workshopId: string } {
  const parsed = parseWorkshopFile(text);
  if (!parsed.ok) throw new AppError(parsed.error.code, parsed.error.message, parsed.error.path);
  return importWorkshop(core.db, parsed.value, core.clock);
}

/**
 * A copy of a workshop through its own portable file, so a duplicate holds exactly what
 * an export would. Without votes it is a fresh draft to run again: the same people and
 * agenda, no rounds, notes or agreements.
 */
export function duplicateWorkshop(core: Core, workshopId: string, withVotes: boolean): Workshop {
  const file = exportWorkshop(core.queries, workshopId, core.clock);
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
  const { workshopId: copyId } = importWorkshop(core.db, copy, core.clock);
  return core.workshops.requireWorkshop(copyId);
}

/** The demo workshop (built-in agenda, simulated room), stored like any imported workshop. */
export function createDemoWorkshop(core: Core, options: DemoOptions): Workshop {
  const template = builtInTemplate('cio-cmo-alignment');
  if (!template) throw new AppError('internal', 'The built-in template is missing from this installation.');
  const { workshopId } = importWorkshop(core.db, demoWorkshopFile(template, options), core.clock);
  return core.workshops.requireWorkshop(workshopId);
}
