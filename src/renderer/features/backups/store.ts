import { create } from 'zustand';
import type { BackupInfo, RestoreOutcome } from '../../../shared/backups';
import type { Result } from '../../../shared/result';
import { api } from '../../ipc/client';

interface BackupsState {
  readonly backups: readonly BackupInfo[];
  readonly status: 'loading' | 'ready' | 'error';
  readonly loadError: string;
  /** What is under way; the buttons wait for it. */
  readonly busy: 'backing-up' | 'restoring' | null;
  load(): Promise<void>;
  backUpNow(): Promise<Result<BackupInfo>>;
  restore(name: string): Promise<Result<RestoreOutcome>>;
}

export const useBackupsStore = create<BackupsState>()((set, get) => ({
  backups: [],
  status: 'loading',
  loadError: '',
  busy: null,

  async load() {
    const result = await api.backups.list();
    set(result.ok ? { backups: result.value, status: 'ready' } : { status: 'error', loadError: result.error.message });
  },

  async backUpNow() {
    set({ busy: 'backing-up' });
    const result = await api.backups.create();
    set({ busy: null });
    if (result.ok) await get().load();
    return result;
  },

  async restore(name) {
    set({ busy: 'restoring' });
    const result = await api.backups.restore({ name });
    // After a restore the app reloads; until then the buttons stay disabled.
    if (!result.ok) {
      set({ busy: null });
      await get().load();
    }
    return result;
  },
}));
