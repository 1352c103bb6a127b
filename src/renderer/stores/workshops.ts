import { create } from 'zustand';
import type { Workshop, WorkshopDraft, WorkshopSummary } from '../../shared/domain';
import type { Result } from '../../shared/result';
import { api } from '../ipc/client';

interface WorkshopsState {
  readonly workshops: readonly WorkshopSummary[];
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly loadError: string | null;
  load(): Promise<void>;
  create(draft: WorkshopDraft): Promise<Result<Workshop>>;
}

export const useWorkshopStore = create<WorkshopsState>()((set, get) => ({
  workshops: [],
  status: 'idle',
  loadError: null,

  async load() {
    set({ status: 'loading', loadError: null });
    const result = await api.workshops.list();
    if (result.ok) set({ workshops: result.value, status: 'ready' });
    else set({ status: 'error', loadError: result.error.message });
  },

  async create(draft) {
    const result = await api.workshops.create(draft);
    if (result.ok) await get().load();
    return result;
  },
}));
