import { describe, expect, it } from 'vitest';
import { defaultProtocol } from '@/lib/session/protocol/protocol';
import { startSession } from '@/lib/session/runner/session-runner';
import { liveStateOf } from './live-state';

describe('liveStateOf', () => {
  it('sends the pacer rhythm, and names a deep-rest practice when one takes its place', () => {
    const paced = liveStateOf(startSession(defaultProtocol, 0), defaultProtocol);
    expect(paced).toEqual({ phase: 'baseline', paused: false, rhythm: { inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0 } });
    const bodyScan = { ...defaultProtocol, practice: 'body-scan' as const };
    expect(liveStateOf(startSession(bodyScan, 0), bodyScan).rhythm).toEqual({ inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0, practice: 'body-scan' });
  });
});
