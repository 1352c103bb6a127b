import { create } from 'zustand';
import type { WorkshopDetail } from '../../shared/domain';
import type { Result } from '../../shared/result';
import { api } from '../ipc/client';

interface DesignerState {
  readonly detail: WorkshopDetail | null;
  readonly loadError: string | null;
  load(id: string): Promise<void>;
  /** Applies a change answered with the workshop as it now is; the caller shows any error. */
  apply(change: Promise<Result<WorkshopDetail>>): Promise<Result<WorkshopDetail>>;
  clear(): void;
}

/** The workshop open in the designer, always as the main process last answered it. */
export const useDesigner = create<DesignerState>()((set) => ({
  detail: null,
  loadError: null,

  async load(id) {
    const result = await api.workshops.get({ id });
    if (result.ok) set({ detail: result.value, loadError: null });
    else set({ detail: null, loadError: result.error.message });
  },

  async apply(change) {
    const result = await change;
    if (result.ok) set({ detail: result.value });
    return result;
  },

  clear() {
    set({ detail: null, loadError: null });
  },
}));
