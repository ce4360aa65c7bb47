import { describe, expect, it } from 'vitest';
import { defaultProtocol } from '@/lib/session/protocol/protocol';
import {
  advance,
  createSessionRunner,
  currentPhase,
  finishSession,
  pauseSession,
  phaseRemainingMs,
  resumeSession,
  startSession,
  totalRemainingMs,
} from './session-runner';

const protocol = { ...defaultProtocol, baselineS: 10, breathingS: 20, recoveryS: 10 };

describe('session runner', () => {
  it('walks baseline → breathing → recovery → done on exact boundaries', () => {
    let now = 0;
    const runner = createSessionRunner(() => now);
    expect(runner.state.status).toBe('setup');
    runner.start(protocol);
    expect(currentPhase(runner.state)).toBe('baseline');
    now = 10_250;
    runner.tick();
    expect(currentPhase(runner.state)).toBe('breathing');
    expect(runner.state.phases).toEqual([{ phase: 'baseline', startMs: 0, endMs: 10_000 }]);
    expect(phaseRemainingMs(runner.state, now)).toBe(19_750);
    expect(totalRemainingMs(runner.state, now)).toBe(29_750);
    now = 45_000;
    runner.tick();
    expect(runner.state.status).toBe('done');
    expect(runner.state.endMs).toBe(40_000);
    expect(runner.state.endedEarly).toBe(false);
    expect(runner.state.phases.map((p) => [p.phase, p.startMs, p.endMs])).toEqual([
      ['baseline', 0, 10_000],
      ['breathing', 10_000, 30_000],
      ['recovery', 30_000, 40_000],
    ]);
  });

  it('stops phase time while paused and records the pause', () => {
    let s = startSession(protocol, 0);
    s = pauseSession(s, 4000);
    expect(s.status).toBe('paused');
    expect(phaseRemainingMs(s, 60_000)).toBe(6000);
    s = advance(s, 60_000);
    expect(currentPhase(s)).toBe('baseline');
    s = resumeSession(s, 9000);
    expect(s.pauses).toEqual([{ startMs: 4000, endMs: 9000 }]);
    s = advance(s, 15_000);
    expect(s.phases[0]).toEqual({ phase: 'baseline', startMs: 0, endMs: 15_000 });
    expect(currentPhase(s)).toBe('breathing');
  });

  it('a suspension (reload) stops phase time without recording a pause', () => {
    let s = startSession(protocol, 0);
    s = pauseSession(s, 12_000, { suspend: true });
    s = resumeSession(s, 20_000);
    expect(s.pauses).toEqual([]);
    expect(phaseRemainingMs(s, 20_000)).toBe(18_000);
  });

  it('finishes early, closing the phase and an open pause', () => {
    let s = startSession(protocol, 0);
    s = advance(s, 12_000);
    s = pauseSession(s, 13_000);
    s = finishSession(s, 15_000);
    expect(s.status).toBe('done');
    expect(s.endedEarly).toBe(true);
    expect(s.endMs).toBe(15_000);
    expect(s.pauses).toEqual([{ startMs: 13_000, endMs: 15_000 }]);
    expect(s.phases.at(-1)).toEqual({ phase: 'breathing', startMs: 10_000, endMs: 15_000 });
    expect(totalRemainingMs(s, 15_000)).toBe(0);
  });

  it('skips phases of zero length', () => {
    const s = advance(startSession({ ...protocol, baselineS: 0, recoveryS: 0 }, 0), 25_000);
    expect(s.phases).toEqual([{ phase: 'breathing', startMs: 0, endMs: 20_000 }]);
    expect(s.status).toBe('done');
  });
});
