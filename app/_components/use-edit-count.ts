import { useMemo, useRef } from 'react';

/**
 * Counts a form's edits, so that a save answered after a later edit neither reports that edit saved nor
 * puts the saved values over it: `const unchanged = edits.since()` when the request goes out, then
 * `unchanged()` when it is answered.
 */
export function useEditCount(): { edited: () => void; since: () => () => boolean } {
  const count = useRef(0);
  return useMemo(
    () => ({
      edited: () => {
        count.current += 1;
      },
      since: () => {
        const at = count.current;
        return () => count.current === at;
      },
    }),
    [],
  );
}
