import { useEffect, useState } from 'react';
import { wallClock } from './clock';

/**
 * The current time, ticking while `active` (a few times a second, so seconds never skip).
 * Between ticks a running timer may read a moment-old time, which only ever shows more time left.
 */
export function useNow(active: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(wallClock);
  useEffect(() => {
    if (!active) return;
    const tick = () => setNow(wallClock());
    const first = window.setTimeout(tick, 0);
    const timer = window.setInterval(tick, intervalMs);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [active, intervalMs]);
  return now;
}
