import { useCallback, useEffect, useRef, useState } from 'react';
import type { Beat } from '@/lib/hrv';
import { endLiveShare, LiveSender, postLiveBatch } from '@/lib/live-share/live-sender';
import { forgetShare } from '@/lib/live-share/remembered-share';
import { LIVE_INTERVAL_MS } from '@/lib/live-share/live-share-types';
import { liveStateOf } from '@/lib/live-share/live-state';
import type { BreathingProtocol } from '@/lib/session/protocol/record';
import type { RunnerState } from '@/lib/session/runner/session-runner';

export type LiveShareState = 'sharing' | 'waiting' | 'stopped';

interface RunView {
  trace: readonly Beat[];
  runner: RunnerState;
  protocol: BreathingProtocol;
}

/**
 * Shares a running session live while `active`: the beats come from the run's trace, which the recorder
 * fills only after the journal write is issued, so sharing never sees a beat the journal has not. Ends the
 * share (beats deleted on the server) when the session ends, the person stops it, or the view goes away.
 */
export function useLiveShare(sessionId: string, run: RunView, active: boolean) {
  const [state, setState] = useState<LiveShareState>('sharing');
  const senderRef = useRef<LiveSender | null>(null);
  const latest = useRef({ runner: run.runner, protocol: run.protocol });
  useEffect(() => {
    latest.current = { runner: run.runner, protocol: run.protocol };
  }, [run.runner, run.protocol]);

  useEffect(() => {
    if (!active) return;
    const sender = new LiveSender(sessionId, postLiveBatch);
    senderRef.current = sender;
    const interval = setInterval(() => {
      const { runner, protocol } = latest.current;
      void sender.flush(liveStateOf(runner, protocol)).then((outcome) => {
        if (outcome === 'refused') setState('stopped');
        else if (outcome === 'retry') setState('waiting');
        else if (outcome === 'ok') setState('sharing');
      });
    }, LIVE_INTERVAL_MS);
    return () => {
      clearInterval(interval);
      if (senderRef.current === sender) senderRef.current = null;
      if (!sender.stopped) sender.end(() => endLiveShare(sessionId));
      forgetShare(sessionStorage, sessionId);
    };
  }, [sessionId, active]);

  useEffect(() => {
    senderRef.current?.queue(run.trace);
  }, [run.trace]);

  const stop = useCallback(() => {
    const sender = senderRef.current;
    if (sender && !sender.stopped) sender.end(() => endLiveShare(sessionId));
    forgetShare(sessionStorage, sessionId);
    setState('stopped');
  }, [sessionId]);

  return { state, stop };
}
