import { describe, expect, it } from 'vitest';
import { defaultProtocol } from '@/lib/session/protocol/protocol';
import { resonancePattern, resonancePlan, resonanceProtocol } from '@/lib/session/protocol/resonance';
import { advance, startPlan, startSession } from '@/lib/session/runner/session-runner';
import { liveStateOf } from './live-state';

describe('liveStateOf', () => {
  it('sends the pacer rhythm, and names a deep-rest practice when one takes its place', () => {
    const paced = liveStateOf(startSession(defaultProtocol, 0), defaultProtocol);
    expect(paced).toEqual({ phase: 'baseline', paused: false, rhythm: { inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0 } });
    const bodyScan = { ...defaultProtocol, practice: 'body-scan' as const };
    expect(liveStateOf(startSession(bodyScan, 0), bodyScan).rhythm).toEqual({ inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0, practice: 'body-scan' });
  });

  it('sends the rhythm of the step now running, as a resonance assessment changes it', () => {
    const protocol = resonanceProtocol(30, 0);
    const first = startPlan(resonancePlan(30, 0), 0);
    expect(liveStateOf(first, protocol).rhythm).toEqual(resonancePattern(6.5));
    expect(liveStateOf(advance(first, 30_500), protocol).rhythm).toEqual(resonancePattern(6));
  });
});
