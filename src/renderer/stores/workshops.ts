import { create } from 'zustand';
import type { Workshop, WorkshopDraft, WorkshopSummary } from '../../shared/domain';
import type { Result } from '../../shared/result';
import { api } from '../ipc/client';

interface WorkshopsState {
  readonly workshops: readonly WorkshopSummary[];
  readonly trash: readonly WorkshopSummary[];
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly loadError: string | null;
  load(): Promise<void>;
  loadTrash(): Promise<void>;
  create(draft: WorkshopDraft, templateId: string | null): Promise<Result<Workshop>>;
  trashWorkshop(id: string): Promise<Result<null>>;
  restore(id: string): Promise<Result<null>>;
  purge(id: string): Promise<Result<null>>;
  emptyTrash(): Promise<Result<number>>;
}

export const useWorkshopStore = create<WorkshopsState>()((set, get) => {
  /** Runs a change, then reloads both lists so they never disagree with the database. */
  async function thenReload<T>(result: Promise<Result<T>>): Promise<Result<T>> {
    const answer = await result;
    await Promise.all([get().load(), get().loadTrash()]);
    return answer;
  }

  return {
    workshops: [],
    trash: [],
    status: 'idle',
    loadError: null,

    async load() {
      if (get().status !== 'ready') set({ status: 'loading', loadError: null });
      const result = await api.workshops.list();
      if (result.ok) set({ workshops: result.value, status: 'ready', loadError: null });
      else set({ status: 'error', loadError: result.error.message });
    },

    async loadTrash() {
      const result = await api.workshops.listTrash();
      if (result.ok) set({ trash: result.value });
    },

    create: (draft, templateId) => thenReload(api.workshops.create({ ...draft, templateId })),
    trashWorkshop: (id) => thenReload(api.workshops.trash({ id })),
    restore: (id) => thenReload(api.workshops.restore({ id })),
    purge: (id) => thenReload(api.workshops.purge({ id })),
    emptyTrash: () => thenReload(api.workshops.emptyTrash()),
  };
});
