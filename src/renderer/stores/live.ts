import { create } from 'zustand';
import type { LiveState } from '../../shared/live';
import type { Result } from '../../shared/result';
import { api } from '../ipc/client';

interface LiveStore {
  readonly state: LiveState | null;
  readonly error: string | null;
  refresh(workshopId: string): Promise<void>;
  /** Applies a change the main process answered with the room as it now is. */
  apply(change: Promise<Result<LiveState>>): Promise<Result<LiveState>>;
  clear(): void;
}

/** The room as the main process last described it; every view of a live workshop reads this. */
export const useLive = create<LiveStore>()((set) => ({
  state: null,
  error: null,

  async refresh(workshopId) {
    const result = await api.live.state({ id: workshopId });
    if (result.ok) set({ state: result.value, error: null });
    else set({ error: result.error.message });
  },

  async apply(change) {
    const result = await change;
    if (result.ok) set({ state: result.value, error: null });
    return result;
  },

  clear() {
    set({ state: null, error: null });
  },
}));

/** How often the console and the presenter look for new votes. Everything is local, so this is cheap. */
export const LIVE_REFRESH_MS = 1000;
