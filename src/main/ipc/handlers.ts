import type { ChannelName } from '../../shared/ipc/channels';
import type { ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import type { Core } from '../core';

/** One handler per channel; a channel missing here is a compile error. */
export type Handlers = { readonly [C in ChannelName]: (input: ChannelInput<C>) => ChannelOutput<C> };

export interface AppFacts {
  readonly version: string;
}

export function createHandlers(core: Core, facts: AppFacts): Handlers {
  return {
    'app.info': () => ({ version: facts.version, dataFile: core.file, schemaVersion: core.schemaVersion() }),
    'workshops.list': () => core.workshops.list(),
    'workshops.get': ({ id }) => core.workshops.get(id),
    'workshops.create': (draft) => core.workshops.create(draft),
  };
}
