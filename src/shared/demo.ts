/** The demo workshop's bounds and defaults: read by the command line's usage without loading the demo itself. */
export const DEMO_DEFAULTS = { participants: 12, seed: 7, date: '2026-11-20' } as const;
export const DEMO_MIN_PARTICIPANTS = 4;
export const DEMO_MAX_PARTICIPANTS = 200;
