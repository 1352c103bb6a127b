import { create } from 'zustand';
import type { LiveView } from '../../shared/live';
import { api } from '../ipc/client';

interface LiveStore {
  /** The workshop this window watches. */
  readonly workshopId: string | null;
  /** The room as the main process last pushed it, for this window's audience. */
  readonly view: LiveView | null;
  readonly error: string | null;
  /**
   * Starts watching a workshop: the current view now, then every change as the main
   * process pushes it. Answers the function that stops watching.
   */
  watch(workshopId: string): () => void;
}

/**
 * The parts of a new view that equal the old one keep the old objects, so a chart whose
 * data did not change is not drawn again when, say, a note is saved.
 */
function sharing(current: LiveView | null, next: LiveView): LiveView {
  if (current === null || current.audience !== next.audience || current.workshop.id !== next.workshop.id) return next;
  const kept: Record<string, unknown> = { ...next };
  const before = current as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(next)) {
    if (typeof value === 'object' && value !== null && JSON.stringify(value) === JSON.stringify(before[key])) {
      kept[key] = before[key];
    }
  }
  return kept as unknown as LiveView;
}

/** A view replaces the one on screen unless it is older (a push can overtake the first answer). */
function newer(current: LiveView | null, next: LiveView): boolean {
  return current === null || current.workshop.id !== next.workshop.id || next.version >= current.version;
}

/** The room as this window may see it; every view of a live workshop reads this. */
export const useLive = create<LiveStore>()((set, get) => ({
  workshopId: null,
  view: null,
  error: null,

  watch(workshopId) {
    set({ workshopId, view: null, error: null });
    const stop = api.on('live.view', (view) => {
      if (get().workshopId !== workshopId || view.workshop.id !== workshopId) return;
      if (newer(get().view, view)) set({ view: sharing(get().view, view), error: null });
    });
    void api.live.watch({ workshopId }).then((result) => {
      if (get().workshopId !== workshopId) return;
      if (!result.ok) set({ error: result.error.message });
      else if (newer(get().view, result.value)) set({ view: sharing(get().view, result.value), error: null });
    });
    return () => {
      stop();
      if (get().workshopId === workshopId) set({ workshopId: null, view: null, error: null });
    };
  },
}));
