import { create } from 'zustand';

export interface Notice {
  readonly id: number;
  readonly tone: 'info' | 'error';
  readonly text: string;
  readonly action?: { readonly label: string; run(): void };
}

interface NoticeState {
  readonly notices: readonly Notice[];
  show(notice: Omit<Notice, 'id'>): void;
  dismiss(id: number): void;
}

let nextId = 1;
const NOTICE_MS = 8000;

/** Short messages at the bottom of the window, some with an Undo. */
export const useNotices = create<NoticeState>()((set, get) => ({
  notices: [],
  show(notice) {
    const id = nextId++;
    set({ notices: [...get().notices, { ...notice, id }] });
    setTimeout(() => get().dismiss(id), NOTICE_MS);
  },
  dismiss(id) {
    set({ notices: get().notices.filter((n) => n.id !== id) });
  },
}));
