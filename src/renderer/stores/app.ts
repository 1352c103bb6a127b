import { create } from 'zustand';
import type { AppInfo } from '../../shared/domain';
import { api } from '../ipc/client';

interface AppState {
  readonly info: AppInfo | null;
  loadInfo(): Promise<void>;
}

export const useAppStore = create<AppState>()((set) => ({
  info: null,
  async loadInfo() {
    const result = await api.app.info();
    if (result.ok) set({ info: result.value });
  },
}));
