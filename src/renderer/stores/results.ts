import { create } from 'zustand';
import type { AnalysisInput, WorkshopAnalysis } from '../../shared/analytics';
import { api } from '../ipc/client';

export interface WorkshopResults {
  readonly input: AnalysisInput;
  readonly analysis: WorkshopAnalysis;
}

interface ResultsState {
  readonly workshopId: string | null;
  readonly results: WorkshopResults | null;
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly error: string | null;
  /** Loads a workshop's results; called again, it refreshes them without a loading state. */
  load(workshopId: string): Promise<void>;
  clear(): void;
}

/** The results of the workshop on screen, as the main process last answered them. */
export const useResults = create<ResultsState>()((set, get) => ({
  workshopId: null,
  results: null,
  status: 'idle',
  error: null,

  async load(workshopId) {
    const same = get().workshopId === workshopId && get().results !== null;
    if (!same) set({ workshopId, results: null, status: 'loading', error: null });
    const result = await api.results.get({ id: workshopId });
    // A later request for another workshop wins over this one.
    if (get().workshopId !== workshopId) return;
    if (result.ok) set({ results: result.value, status: 'ready', error: null });
    else if (!same) set({ status: 'error', error: result.error.message });
  },

  clear() {
    set({ workshopId: null, results: null, status: 'idle', error: null });
  },
}));
