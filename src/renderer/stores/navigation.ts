import { create } from 'zustand';
import { api } from '../ipc/client';

export type WorkshopTab = 'details' | 'participants' | 'agenda';

export type View =
  | { readonly name: 'workshops' }
  | { readonly name: 'workshop'; readonly id: string; readonly tab: WorkshopTab }
  | { readonly name: 'templates' }
  | { readonly name: 'trash' };

interface NavigationState {
  readonly view: View;
  readonly resumed: boolean;
  /** Reopens the workshop that was open when the app last stopped. */
  resume(): Promise<void>;
  openWorkshop(id: string, tab?: WorkshopTab): void;
  setTab(tab: WorkshopTab): void;
  go(view: Exclude<View, { name: 'workshop' }>): void;
}

export const useNavigation = create<NavigationState>()((set, get) => ({
  view: { name: 'workshops' },
  resumed: false,

  async resume() {
    const result = await api.session.get();
    if (result.ok && result.value.openWorkshopId !== null) {
      set({ view: { name: 'workshop', id: result.value.openWorkshopId, tab: 'agenda' } });
    }
    set({ resumed: true });
  },

  openWorkshop(id, tab = 'agenda') {
    set({ view: { name: 'workshop', id, tab } });
    void api.session.openWorkshop({ id });
  },

  setTab(tab) {
    const { view } = get();
    if (view.name === 'workshop') set({ view: { ...view, tab } });
  },

  go(view) {
    if (get().view.name === 'workshop') void api.session.openWorkshop({ id: null });
    set({ view });
  },
}));
