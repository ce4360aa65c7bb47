import { useCallback, useRef } from 'react';

/**
 * Runs one action at a time: a click that comes while the last one is still writing (a double-click on
 * Start, or Continue and then Save before the offer is gone) is ignored instead of run again. The
 * actions take milliseconds, so the buttons stay as they are rather than flicker disabled.
 */
export function useOneAtATime(): (action: () => Promise<unknown>) => Promise<void> {
  const running = useRef(false);
  return useCallback(async (action: () => Promise<unknown>) => {
    if (running.current) return;
    running.current = true;
    try {
      await action();
    } finally {
      running.current = false;
    }
  }, []);
}
