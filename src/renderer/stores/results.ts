import { create } from 'zustand';
import type { ResultsView } from '../../shared/live';
import { api } from '../ipc/client';

interface ResultsState {
  readonly workshopId: string | null;
  readonly includeUnrevealed: boolean;
  readonly results: ResultsView | null;
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly error: string | null;
  /** Loads a workshop's results as the core computed them; called again, it refreshes them in place. */
  load(workshopId: string, includeUnrevealed?: boolean): Promise<void>;
  clear(): void;
}

/** The results of the workshop on screen, as the main process last answered them: analysis, never votes. */
export const useResults = create<ResultsState>()((set, get) => ({
  workshopId: null,
  includeUnrevealed: false,
  results: null,
  status: 'idle',
  error: null,

  async load(workshopId, includeUnrevealed = get().includeUnrevealed) {
    const same = get().workshopId === workshopId && get().results !== null;
    if (!same) set({ workshopId, results: null, status: 'loading', error: null });
    set({ includeUnrevealed });
    const result = await api.results.get({ id: workshopId, includeUnrevealed });
    // A later request for another workshop, or with the other setting, wins over this one.
    if (get().workshopId !== workshopId || get().includeUnrevealed !== includeUnrevealed) return;
    if (result.ok) set({ results: result.value, status: 'ready', error: null });
    else if (!same) set({ status: 'error', error: result.error.message });
  },

  clear() {
    set({ workshopId: null, includeUnrevealed: false, results: null, status: 'idle', error: null });
  },
}));
