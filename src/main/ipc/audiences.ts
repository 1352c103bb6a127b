import type { ChannelName } from '../../shared/ipc/channels';
import type { Audience } from '../../shared/live';
import { AppError } from '../../shared/result';

/**
 * What a window may ask for, by the audience the core says it serves. The facilitator's
 * window may call every channel; a screen handed to the room only votes (and asks for
 * the facilitator's PIN); the projector only watches.
 */
const ALLOWED: Readonly<Record<Exclude<Audience, 'facilitator'>, ReadonlySet<ChannelName>>> = {
  ballot: new Set([
    'app.info',
    'live.seat',
    'live.watch',
    'live.recordBallot',
    'live.submitIdeas',
    'live.unlock',
    'live.allowChange',
  ]),
  room: new Set(['app.info', 'live.seat', 'live.watch']),
};

const REFUSALS: Readonly<Record<Exclude<Audience, 'facilitator'>, string>> = {
  ballot: 'The screen is handed to the room. The facilitator unlocks it with the PIN.',
  room: 'The projector only shows the room.',
};

/** The refusal for a call the window's audience may not make, or null. */
export function refusalFor(audience: Audience, channel: ChannelName): AppError | null {
  if (audience === 'facilitator' || ALLOWED[audience].has(channel)) return null;
  return new AppError('forbidden', REFUSALS[audience]);
}
