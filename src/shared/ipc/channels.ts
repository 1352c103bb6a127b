/**
 * The names of every IPC channel, and nothing else, so the preload can build its API
 * without bundling the validation schemas. `contract.ts` must define exactly these.
 */
export const CHANNELS = [
  'app.info',
  'session.get',
  'session.openWorkshop',
  'workshops.list',
  'workshops.listTrash',
  'workshops.get',
  'workshops.create',
  'workshops.createDemo',
  'workshops.update',
  'workshops.duplicate',
  'workshops.setArchived',
  'workshops.trash',
  'workshops.restore',
  'workshops.purge',
  'workshops.emptyTrash',
  'workshops.exportFile',
  'workshops.exportVotes',
  'workshops.importFile',
  'participants.add',
  'participants.update',
  'participants.remove',
  'agenda.addActivity',
  'agenda.updateActivity',
  'agenda.moveActivity',
  'agenda.duplicateActivity',
  'agenda.removeActivity',
  'agenda.addItem',
  'agenda.updateItem',
  'agenda.moveItem',
  'agenda.removeItem',
  'results.get',
  'report.data',
  'report.exportPdf',
  'report.exportWorkbook',
  'live.seat',
  'live.watch',
  'live.setCurrentActivity',
  'live.openRound',
  'live.closeRound',
  'live.revealRound',
  'live.recordBallot',
  'live.submitIdeas',
  'live.mergeIdeas',
  'live.editIdea',
  'live.handOver',
  'live.unlock',
  'live.allowChange',
  'live.setPage',
  'live.saveNote',
  'live.addActionItem',
  'live.removeActionItem',
  'live.updateActionItem',
  'live.closeWorkshop',
  'presenter.open',
  'backups.list',
  'backups.create',
  'backups.restore',
  'templates.list',
  'templates.get',
  'templates.saveFromWorkshop',
  'templates.copy',
  'templates.remove',
  'templates.importFile',
  'templates.exportFile',
] as const;

export type ChannelName = (typeof CHANNELS)[number];

/**
 * What the main process pushes to a window, and nothing else: the preload subscribes to
 * these names only. `contract.ts` gives each its payload.
 */
export const EVENTS = ['live.view'] as const;

export type EventName = (typeof EVENTS)[number];

type Namespace<C extends string> = C extends `${infer N}.${string}` ? N : never;
type Method<C extends string, N extends string> = C extends `${N}.${infer M}` ? M : never;

export type ChannelNamespace = Namespace<ChannelName>;

/** `workshops.create` → api.workshops.create(input) */
export type ApiShape<Fn extends Record<ChannelName, unknown>> = {
  readonly [N in ChannelNamespace]: {
    readonly [M in Method<ChannelName, N>]: Fn[`${N}.${M}` & ChannelName];
  };
};

/**
 * Builds the grouped API object from the channel list, with `on(event, listener)` for the
 * declared events only (it answers an unsubscribe). Kept free of imports and closures so
 * that the same function can be evaluated in a page by the end-to-end tests.
 */
export function buildApi(
  channels: readonly string[],
  invoke: (channel: string, input: unknown) => Promise<unknown>,
  events: readonly string[],
  subscribe: (event: string, listener: (payload: unknown) => void) => () => void,
): Record<string, unknown> {
  const api: Record<string, unknown> = {};
  for (const channel of channels) {
    const dot = channel.indexOf('.');
    const namespace = channel.slice(0, dot);
    const method = channel.slice(dot + 1);
    const group = (api[namespace] ??= {}) as Record<string, (input?: unknown) => Promise<unknown>>;
    group[method] = (input?: unknown) => invoke(channel, input === undefined ? null : input);
  }
  for (const group of Object.values(api)) Object.freeze(group);
  const declared = new Set(events);
  api['on'] = (event: string, listener: (payload: unknown) => void) => {
    if (!declared.has(event) || typeof listener !== 'function') {
      throw new Error(`There is no event called "${String(event)}".`);
    }
    return subscribe(event, (payload) => listener(payload));
  };
  return Object.freeze(api);
}
