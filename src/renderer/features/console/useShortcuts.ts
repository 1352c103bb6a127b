import { useEffect, useRef } from 'react';

export interface Shortcut {
  readonly key: string;
  readonly label: string;
  readonly enabled: boolean;
  run(): void;
}

/** Single-key shortcuts for the console, ignored while the facilitator is typing or a dialog is open. */
export function useShortcuts(shortcuts: readonly Shortcut[]) {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      if (document.querySelector('[role="dialog"]')) return;
      const shortcut = latest.current.find((s) => s.key === event.key.toLowerCase());
      if (!shortcut || !shortcut.enabled) return;
      event.preventDefault();
      shortcut.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
