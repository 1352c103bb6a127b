import { useEffect, useState } from 'react';

/**
 * The time now, ticking while `active`: only a countdown's display reads it. A round's
 * deadline comes from the main process; nothing about the room is fetched on this tick.
 */
export function useNow(active: boolean, everyMs = 500): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [active, everyMs]);
  return now;
}
