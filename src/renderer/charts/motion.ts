import { easeCubicOut } from 'd3-ease';
import { interpolateNumber } from 'd3-interpolate';
import { timeout, timer } from 'd3-timer';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { TWEEN_MS } from './theme';

const STILL_QUERIES = ['(prefers-reduced-motion: reduce)', 'print'];

function stillQueries(): MediaQueryList[] {
  return typeof window === 'undefined' || typeof window.matchMedia !== 'function'
    ? []
    : STILL_QUERIES.map((query) => window.matchMedia(query));
}

function subscribe(onChange: () => void): () => void {
  const lists = stillQueries();
  for (const list of lists) list.addEventListener('change', onChange);
  // Chromium prints what is on screen when the dialog opens: jump to the end first.
  window.addEventListener('beforeprint', onChange);
  window.addEventListener('afterprint', onChange);
  return () => {
    for (const list of lists) list.removeEventListener('change', onChange);
    window.removeEventListener('beforeprint', onChange);
    window.removeEventListener('afterprint', onChange);
  };
}

let printing = false;
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => (printing = true));
  window.addEventListener('afterprint', () => (printing = false));
}

const isStill = () => printing || stillQueries().some((list) => list.matches);

/** Whether charts may move: not when asked to hold still, for reduced motion, or in print. */
export function useMotion(stillByRequest = false): boolean {
  const still = useSyncExternalStore(subscribe, isStill, () => true);
  return !stillByRequest && !still;
}

export type Tweened = Readonly<Record<string, number>>;

/**
 * The numbers a chart draws, moving smoothly to `target` whenever it changes (a vote
 * arrives, a round is revealed). New keys start from `start(key)`, so on first display
 * bars grow from their baseline. Each frame is one React render; d3 only interpolates.
 * `target` should keep its identity while its numbers do not change.
 */
export function useTween(target: Tweened, animate: boolean, start: (key: string) => number): Tweened {
  const [shown, setShown] = useState<Tweened>(() =>
    animate ? Object.fromEntries(Object.keys(target).map((key) => [key, start(key)])) : target,
  );
  const current = useRef<Tweened>(shown);
  const startRef = useRef(start);

  useEffect(() => {
    startRef.current = start;
  });

  useEffect(() => {
    if (!animate) {
      current.current = target;
      return;
    }
    const from = current.current;
    const keys = Object.keys(target);
    if (keys.length === Object.keys(from).length && keys.every((key) => from[key] === target[key])) {
      // Nothing moves; only make sure what is drawn is the target (it may be stale after a still spell).
      const settle = timeout(() => setShown(target));
      return () => settle.stop();
    }
    const interpolators = keys.map(
      (key) => [key, interpolateNumber(from[key] ?? startRef.current(key), target[key]!)] as const,
    );
    const clock = timer((elapsed) => {
      const t = Math.min(1, elapsed / TWEEN_MS);
      const eased = easeCubicOut(t);
      const next: Record<string, number> = {};
      for (const [key, interpolate] of interpolators) next[key] = t === 1 ? target[key]! : interpolate(eased);
      current.current = next;
      setShown(next);
      if (t === 1) clock.stop();
    });
    return () => clock.stop();
  }, [target, animate]);

  return animate ? shown : target;
}
