import { z } from 'zod';
import { idSchema, workshopDraftSchema, type AppInfo, type Workshop, type WorkshopSummary } from '../domain';
import type { Result } from '../result';
import type { ApiShape, ChannelName } from './channels';

/** A channel's input schema and, as a phantom, its result type. */
interface Channel<I extends z.ZodType, O> {
  readonly input: I;
  readonly output?: O;
}

function channel<I extends z.ZodType, O>(input: I): Channel<I, O> {
  return { input };
}

const nothing = z.null({ error: 'This call takes no input.' });
const byId = z.object({ id: idSchema }).strict();

/**
 * The one IPC contract: every channel, what it accepts and what it answers.
 * `satisfies` makes a channel listed in CHANNELS but missing here a compile error.
 */
export const contract = {
  'app.info': channel<typeof nothing, AppInfo>(nothing),
  'workshops.list': channel<typeof nothing, WorkshopSummary[]>(nothing),
  'workshops.get': channel<typeof byId, Workshop>(byId),
  'workshops.create': channel<typeof workshopDraftSchema, Workshop>(workshopDraftSchema),
} as const satisfies Record<ChannelName, Channel<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type ChannelInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = NonNullable<Contract[C]['output']>;

/** What the renderer calls: takes the input as the renderer has it (pre-parse). */
export type ClientFn<C extends ChannelName> =
  z.input<Contract[C]['input']> extends null
    ? () => Promise<Result<ChannelOutput<C>>>
    : (input: z.input<Contract[C]['input']>) => Promise<Result<ChannelOutput<C>>>;

export type CommonGroundApi = ApiShape<{ [C in ChannelName]: ClientFn<C> }>;
