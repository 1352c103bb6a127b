import type { ChannelName } from '../../shared/ipc/channels';
import type { ReportOptions } from '../../shared/report';
import type { ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import type { Core } from '../core';
import type { Caller } from './dispatch';

/** One handler per channel; a channel missing here is a compile error. */
export type Handlers = {
  readonly [C in ChannelName]: (input: ChannelInput<C>, caller: Caller) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export interface AppFacts {
  readonly version: string;
}

export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

/** The native open and save dialogs, passed in by the shell (tests pass their own). */
export interface FileDialogs {
  chooseSavePath(options: {
    title: string;
    defaultName: string;
    filters: readonly FileFilter[];
  }): Promise<string | null>;
  chooseOpenPath(options: { title: string; filters: readonly FileFilter[] }): Promise<string | null>;
}

const WORKSHOP_FILES: readonly FileFilter[] = [{ name: 'Common Ground workshop', extensions: ['json'] }];
const TEMPLATE_FILES: readonly FileFilter[] = [{ name: 'Common Ground template', extensions: ['json'] }];
const CSV_FILES: readonly FileFilter[] = [{ name: 'CSV (comma-separated values)', extensions: ['csv'] }];
const PDF_FILES: readonly FileFilter[] = [{ name: 'PDF report', extensions: ['pdf'] }];
const XLSX_FILES: readonly FileFilter[] = [{ name: 'Excel workbook', extensions: ['xlsx'] }];

/** "IT & Marketing: 2027" → "IT Marketing 2027": safe as a file name everywhere. */
function fileNameFor(title: string): string {
  return (
    title
      .replace(/[^\p{L}\p{N} _-]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'workshop'
  );
}

/** The windows the shell can open on request (tests pass their own). */
export interface WindowControl {
  /** Opens (or brings forward) the projector view of a workshop, on the second display when there is one. */
  openPresenter(workshopId: string): void;
  /** Prints the report view of a workshop from a hidden window, once every chart has rendered. */
  printReport(workshopId: string, title: string, options: ReportOptions): Promise<Uint8Array>;
  /** Opens a file the app wrote in the system's viewer. */
  openFile(path: string): void;
}

export interface ShellPorts {
  readonly dialogs: FileDialogs;
  readonly windows: WindowControl;
  /** Imports a workshop file off the main thread; without it, the import runs on this one. */
  readonly importWorkshopFile?: (path: string) => Promise<{ workshopId: string }>;
}

export function createHandlers(
  core: Core,
  facts: AppFacts,
  { dialogs, windows, importWorkshopFile }: ShellPorts,
): Handlers {
  return {
    'app.info': () => ({ version: facts.version, dataFile: core.file, schemaVersion: core.schemaVersion() }),
    'session.get': () => core.workshops.session(),
    'session.openWorkshop': ({ id }) => core.workshops.open(id),

    'workshops.list': () => core.workshops.list(),
    'workshops.listTrash': () => core.workshops.listTrash(),
    'workshops.get': ({ id }) => core.workshops.detail(id),
    'workshops.create': ({ templateId, ...draft }) =>
      templateId === null ? core.workshops.create(draft) : core.templates.createWorkshop(templateId, draft),
    'workshops.createDemo': (options) => core.transfer.createDemo(options),
    'workshops.update': ({ id, details }) => core.workshops.update(id, details),
    'workshops.duplicate': ({ id, withVotes }) => core.transfer.duplicate(id, withVotes),
    'workshops.setArchived': ({ id, archived }) => core.workshops.setArchived(id, archived),
    'workshops.trash': ({ id }) => (core.workshops.trash(id), null),
    'workshops.restore': ({ id }) => (core.workshops.restore(id), null),
    'workshops.purge': ({ id }) => (core.workshops.purge(id), null),
    'workshops.emptyTrash': () => core.workshops.emptyTrash(),
    'workshops.exportFile': async ({ id }) => {
      const workshop = core.workshops.requireWorkshop(id);
      const path = await dialogs.chooseSavePath({
        title: 'Export workshop',
        defaultName: `${fileNameFor(workshop.title)}.json`,
        filters: WORKSHOP_FILES,
      });
      if (path === null) return { cancelled: true };
      core.files.write(path, core.transfer.exportText(id));
      return { cancelled: false, path };
    },
    'workshops.exportVotes': async ({ id }) => {
      const workshop = core.workshops.requireWorkshop(id);
      const path = await dialogs.chooseSavePath({
        title: 'Export votes',
        defaultName: `${fileNameFor(workshop.title)} votes.csv`,
        filters: CSV_FILES,
      });
      if (path === null) return { cancelled: true };
      core.files.write(path, core.transfer.votesCsv(id));
      return { cancelled: false, path };
    },
    'workshops.importFile': async () => {
      const path = await dialogs.chooseOpenPath({ title: 'Import workshop', filters: WORKSHOP_FILES });
      if (path === null) return { cancelled: true };
      const { workshopId } = importWorkshopFile ? await importWorkshopFile(path) : core.transfer.importFile(path);
      return { cancelled: false, path, workshopId };
    },

    'participants.add': ({ workshopId, participants }) => core.participants.add(workshopId, participants),
    'participants.update': ({ id, participant }) => core.participants.update(id, participant),
    'participants.remove': ({ id }) => core.participants.remove(id),

    'agenda.addActivity': ({ workshopId, kind }) => core.agenda.addActivity(workshopId, kind),
    'agenda.updateActivity': ({ id, ...edit }) => core.agenda.updateActivity(id, edit),
    'agenda.moveActivity': ({ id, toIndex }) => core.agenda.moveActivity(id, toIndex),
    'agenda.duplicateActivity': ({ id }) => core.agenda.duplicateActivity(id),
    'agenda.removeActivity': ({ id }) => core.agenda.removeActivity(id),
    'agenda.addItem': ({ activityId, item }) => core.agenda.addItem(activityId, item),
    'agenda.updateItem': ({ id, item }) => core.agenda.updateItem(id, item),
    'agenda.moveItem': ({ id, toIndex }) => core.agenda.moveItem(id, toIndex),
    'agenda.removeItem': ({ id }) => core.agenda.removeItem(id),

    'results.get': ({ id, includeUnrevealed }, { window }) => core.live.results(window, id, includeUnrevealed),

    'report.data': ({ id, appendix }) => core.report.data(id, { appendix }),
    'report.exportPdf': async ({ id, paper, appendix }) => {
      const workshop = core.workshops.requireWorkshop(id);
      const path = await dialogs.chooseSavePath({
        title: 'Export report',
        defaultName: `${fileNameFor(workshop.title)} report.pdf`,
        filters: PDF_FILES,
      });
      if (path === null) return { cancelled: true };
      const pdf = await windows.printReport(id, workshop.title, { paper, appendix });
      core.files.write(path, pdf);
      windows.openFile(path);
      return { cancelled: false, path };
    },
    'report.exportWorkbook': async ({ id }) => {
      const workshop = core.workshops.requireWorkshop(id);
      const path = await dialogs.chooseSavePath({
        title: 'Export to Excel',
        defaultName: `${fileNameFor(workshop.title)}.xlsx`,
        filters: XLSX_FILES,
      });
      if (path === null) return { cancelled: true };
      core.files.write(path, await core.report.workbook(id));
      return { cancelled: false, path };
    },
    'live.seat': (_input, { window }) => core.live.seat(window),
    'live.watch': ({ workshopId }, { window }) => core.live.watch(window, workshopId),
    'live.setCurrentActivity': ({ workshopId, activityId }) => (
      core.voting.setCurrentActivity(workshopId, activityId),
      null
    ),
    'live.openRound': ({ activityId, minutes, stage }) => (core.voting.openRound(activityId, minutes, stage), null),
    'live.closeRound': ({ roundId }) => (core.voting.closeRound(roundId), null),
    'live.revealRound': ({ roundId }) => (core.voting.revealRound(roundId), null),
    'live.recordBallot': (ballot, { window }) => core.live.recordBallot(window, ballot),
    'live.submitIdeas': (answer, { window }) => core.live.submitIdeas(window, answer),
    'live.mergeIdeas': ({ fromId, intoId }) => (core.ideas.merge(fromId, intoId), null),
    'live.editIdea': ({ id, text }) => (core.ideas.edit(id, text), null),
    'live.handOver': ({ workshopId, pin }, { window }) => (core.live.handOver(window, workshopId, pin), null),
    'live.unlock': ({ pin }, { window }) => (core.live.unlock(window, pin), null),
    'live.allowChange': ({ participantId, pin }, { window }) => (
      core.live.allowChange(window, participantId, pin),
      null
    ),
    'live.setPage': ({ workshopId, page }, { window }) => (core.live.setPage(window, workshopId, page), null),
    'live.saveNote': ({ workshopId, activityId, body }) => (core.voting.saveNote(workshopId, activityId, body), null),
    'live.addActionItem': ({ workshopId, item }) => (core.voting.addActionItem(workshopId, item), null),
    'live.removeActionItem': ({ workshopId, id }) => (core.voting.removeActionItem(id, workshopId), null),
    'live.updateActionItem': ({ workshopId, id, item }) => (core.voting.updateActionItem(id, workshopId, item), null),
    'live.closeWorkshop': ({ id }) => {
      core.voting.closeWorkshop(id);
      // Each closed workshop is backed up, in the background: a failed backup is logged, never the close's failure.
      core.backups
        .create()
        .catch((error: unknown) => console.error('The backup after closing a workshop failed', error));
      return null;
    },
    'presenter.open': ({ id }) => {
      core.workshops.requireWorkshop(id);
      windows.openPresenter(id);
      return null;
    },

    'backups.list': () => core.backups.list(),
    'backups.create': () => core.backups.create(),
    'backups.restore': ({ name }) => core.backups.restore(name),

    'templates.list': () => core.templates.list(),
    'templates.get': ({ id }) => core.templates.get(id),
    'templates.saveFromWorkshop': ({ workshopId, name, description }) =>
      core.templates.saveFromWorkshop(workshopId, name, description),
    'templates.copy': ({ id }) => core.templates.copy(id),
    'templates.remove': ({ id }) => (core.templates.remove(id), null),
    'templates.importFile': async () => {
      const path = await dialogs.chooseOpenPath({ title: 'Import template', filters: TEMPLATE_FILES });
      if (path === null) return { cancelled: true };
      const template = core.templates.importText(core.files.read(path, 'template'));
      return { cancelled: false, path, template };
    },
    'templates.exportFile': async ({ id }) => {
      const { name, text } = core.templates.exportText(id);
      const path = await dialogs.chooseSavePath({
        title: 'Export template',
        defaultName: `${fileNameFor(name)}.json`,
        filters: TEMPLATE_FILES,
      });
      if (path === null) return { cancelled: true };
      core.files.write(path, text);
      return { cancelled: false, path };
    },
  };
}
