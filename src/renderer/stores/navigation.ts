import { create } from 'zustand';
import { api } from '../ipc/client';

export type WorkshopTab = 'details' | 'participants' | 'agenda' | 'results';

export type View =
  | { readonly name: 'workshops' }
  | { readonly name: 'workshop'; readonly id: string; readonly tab: WorkshopTab }
  | { readonly name: 'console'; readonly id: string }
  | { readonly name: 'ballot'; readonly id: string }
  | { readonly name: 'templates' }
  | { readonly name: 'trash' }
  | { readonly name: 'backups' };

interface NavigationState {
  readonly view: View;
  readonly resumed: boolean;
  /** Reopens the workshop that was open when the app last stopped. */
  resume(): Promise<void>;
  openWorkshop(id: string, tab?: WorkshopTab): void;
  /** The facilitator console of a workshop, or the shared-screen ballot the room votes on. */
  run(id: string, mode?: 'console' | 'ballot'): void;
  setTab(tab: WorkshopTab): void;
  go(view: Extract<View, { name: 'workshops' | 'templates' | 'trash' | 'backups' }>): void;
}

export const useNavigation = create<NavigationState>()((set, get) => ({
  view: { name: 'workshops' },
  resumed: false,

  async resume() {
    // A screen handed to the room stays the room's ballot, even after a reload.
    const seat = await api.live.seat();
    if (seat.ok && seat.value.audience === 'ballot' && seat.value.workshopId !== null) {
      set({ view: { name: 'ballot', id: seat.value.workshopId }, resumed: true });
      return;
    }
    const result = await api.session.get();
    if (result.ok && result.value.openWorkshopId !== null) {
      const id = result.value.openWorkshopId;
      // A workshop that was live when the app stopped reopens in its console, where the room was.
      const live = await api.workshops.get({ id });
      const running = live.ok && live.value.workshop.status === 'live';
      set({ view: running ? { name: 'console', id } : { name: 'workshop', id, tab: 'agenda' } });
    }
    set({ resumed: true });
  },

  openWorkshop(id, tab = 'agenda') {
    set({ view: { name: 'workshop', id, tab } });
    void api.session.openWorkshop({ id });
  },

  run(id, mode = 'console') {
    set({ view: { name: mode, id } });
    void api.session.openWorkshop({ id });
  },

  setTab(tab) {
    const { view } = get();
    if (view.name === 'workshop') set({ view: { ...view, tab } });
  },

  go(view) {
    if ('id' in get().view) void api.session.openWorkshop({ id: null });
    set({ view });
  },
}));
