import { create } from 'zustand';
import { useNotices } from '../stores/notices';

/**
 * How long a removal can be undone. It matches how long the notice with the Undo button
 * stays on screen.
 */
export const UNDO_MS = 8000;

interface PendingRemovals {
  /** Ids removed on screen whose removal is not yet written. */
  readonly ids: ReadonlySet<string>;
  hide(id: string): void;
  show(id: string): void;
}

export const usePendingRemovals = create<PendingRemovals>()((set, get) => ({
  ids: new Set(),
  hide(id) {
    set({ ids: new Set([...get().ids, id]) });
  },
  show(id) {
    const ids = new Set(get().ids);
    ids.delete(id);
    set({ ids });
  },
}));

interface Removal {
  readonly id: string;
  /** What the notice says, e.g. “Agreement removed.” */
  readonly text: string;
  /** Writes the removal; answers an error message when the core refused it. */
  commit(): Promise<string | null>;
}

/**
 * Removes something from the room with an undo window: it disappears at once, and is
 * removed from the workshop only when the window has passed without Undo. An undone
 * removal therefore never touched the stored workshop (same id, same place, same votes),
 * and a removal cut short by closing the app leaves the item in place, never half-gone.
 */
export function removeWithUndo({ id, text, commit }: Removal): void {
  const pending = usePendingRemovals.getState();
  const notify = useNotices.getState().show;
  let undone = false;
  pending.hide(id);
  notify({
    tone: 'info',
    text,
    action: {
      label: 'Undo',
      run: () => {
        undone = true;
        usePendingRemovals.getState().show(id);
      },
    },
  });
  setTimeout(() => {
    if (undone) return;
    void commit().then((error) => {
      usePendingRemovals.getState().show(id);
      if (error) notify({ tone: 'error', text: error });
    });
  }, UNDO_MS);
}

/** Leaves out what is waiting to be removed. */
export function useWithoutPending<T extends { readonly id: string }>(items: readonly T[]): readonly T[] {
  const ids = usePendingRemovals((state) => state.ids);
  return ids.size === 0 ? items : items.filter((item) => !ids.has(item.id));
}
