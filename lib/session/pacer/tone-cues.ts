// Soft breathing cues through Web Audio: a sine that swells and fades over each in- and out-breath,
// rising in pitch on the inhale and falling on the exhale; silence on holds. Browser only.
import type { BreathStage } from './pacer';

export interface ToneCues {
  play(stage: BreathStage, durationMs: number): void;
  setVolume(volume: number): void;
  close(): void;
}

const LOW_HZ = 196; // G3
const HIGH_HZ = 294; // D4: a fifth above, calm rather than bright
const PEAK_GAIN = 0.25;

export function createToneCues(volume: number): ToneCues | null {
  const AudioContextClass = globalThis.AudioContext as typeof AudioContext | undefined;
  if (!AudioContextClass) return null;
  const ctx = new AudioContextClass();
  const master = ctx.createGain();
  master.gain.value = volume;
  master.connect(ctx.destination);

  return {
    play(stage, durationMs) {
      if (stage !== 'inhale' && stage !== 'exhale') return;
      if (ctx.state === 'suspended') void ctx.resume();
      const t0 = ctx.currentTime + 0.02;
      const d = Math.max(0.3, durationMs / 1000);
      const [fromHz, toHz] = stage === 'inhale' ? [LOW_HZ, HIGH_HZ] : [HIGH_HZ, LOW_HZ];
      const osc = ctx.createOscillator();
      osc.type = 'sine';
      osc.frequency.setValueAtTime(fromHz, t0);
      osc.frequency.exponentialRampToValueAtTime(toHz, t0 + d);
      const swell = ctx.createGain();
      swell.gain.setValueAtTime(0, t0);
      swell.gain.linearRampToValueAtTime(PEAK_GAIN, t0 + d * 0.4);
      swell.gain.linearRampToValueAtTime(0, t0 + d * 0.98);
      osc.connect(swell).connect(master);
      osc.start(t0);
      osc.stop(t0 + d);
      osc.onended = () => swell.disconnect();
    },
    setVolume(next) {
      master.gain.setTargetAtTime(Math.max(0, Math.min(1, next)), ctx.currentTime, 0.05);
    },
    close() {
      void ctx.close().catch(() => undefined);
    },
  };
}

/** A short buzz at the start of an in-breath, a double one at the start of an out-breath. */
export function vibrateFor(stage: BreathStage): void {
  const nav = globalThis.navigator as Navigator | undefined;
  if (typeof nav?.vibrate !== 'function') return;
  if (stage === 'inhale') nav.vibrate(60);
  else if (stage === 'exhale') nav.vibrate([30, 60, 30]);
}
