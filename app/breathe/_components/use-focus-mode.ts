import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * Focus mode: the session view fullscreen (where the browser allows it) and reduced to the pacer. Leaving
 * fullscreen with Esc leaves focus mode too, so the two never disagree.
 */
export function useFocusMode(target: RefObject<HTMLElement | null>) {
  const [focus, setFocus] = useState(false);

  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) setFocus(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const toggle = useCallback(() => {
    setFocus((on) => {
      const next = !on;
      const element = target.current;
      // Fullscreen can be refused (iframes, some tablets): focus mode still works as a minimal view.
      if (next && element?.requestFullscreen && !document.fullscreenElement) void element.requestFullscreen().catch(() => undefined);
      if (!next && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      return next;
    });
  }, [target]);

  return { focus, toggle };
}
