import { useEffect, useState } from 'react';
import { LIVE_INTERVAL_MS, type LiveView } from '@/lib/live-share/live-share-types';

export type FollowStatus = 'waiting' | 'live' | 'ended';

/**
 * Short polling, once a second, of GET /api/clients/:id/live. Chosen over Server-Sent Events: every
 * answer is one read of the database by whichever instance the proxy picks, so nothing is held in a
 * process, no proxy buffering or idle timeout can stall it, and the link is checked anew on every read
 * (an ended link answers 404 and polling stops). A poll starts only after the last one finished.
 */
export function useLiveFollow(clientId: string) {
  const [view, setView] = useState<LiveView | null>(null);
  /** Local time the shown data arrived on the server (now − the server's age), so the clocks need not agree. */
  const [dataAtMs, setDataAtMs] = useState<number | null>(null);
  const [gone, setGone] = useState(false);
  const [nowMs, setNowMs] = useState(() => Date.now());

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const response = await fetch(`/api/clients/${encodeURIComponent(clientId)}/live`, { cache: 'no-store' });
        if (cancelled) return;
        if (response.status === 404 || response.status === 401 || response.status === 403) {
          setGone(true);
          setView(null);
          return;
        }
        if (response.ok) {
          const { live } = (await response.json()) as { live: LiveView | null };
          if (cancelled) return;
          setView(live);
          setDataAtMs(live ? Date.now() - live.ageMs : null);
        }
      } catch {
        // The practitioner's own network: the freshness line shows the data getting older meanwhile.
      }
      if (!cancelled) timer = setTimeout(() => void poll(), LIVE_INTERVAL_MS);
    };
    void poll();
    const clock = setInterval(() => setNowMs(Date.now()), 1_000);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      clearInterval(clock);
    };
  }, [clientId]);

  const status: FollowStatus = gone ? 'ended' : view === null ? 'waiting' : view.status;
  const ageS = dataAtMs === null ? null : Math.max(0, Math.floor((nowMs - dataAtMs) / 1000));
  return { status, view, gone, ageS };
}
