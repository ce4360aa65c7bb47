// A guided practice as pure data: timed cues in English and Dutch, and which cue is current at a moment.
// The session clock gives the time into the practice phase (pauses frozen), so this is all the UI needs.
import type { PracticeId } from '@/lib/session/protocol/record';

export interface PracticeText {
  en: string;
  nl: string;
}

/** What a cue asks: tighten a muscle group, let it go, move attention, or simply rest. */
export type CueKind = 'settle' | 'tense' | 'release' | 'attend' | 'rest' | 'close';

export interface PracticeCue {
  id: string;
  kind: CueKind;
  /** Short, for the phase line: "Right hand and forearm — tense". */
  title: PracticeText;
  /** The instruction, shown large and (when chosen) spoken. */
  text: PracticeText;
  /** Length at the practice's natural pace. */
  durationS: number;
}

export interface PracticeScript {
  id: PracticeId;
  cues: readonly PracticeCue[];
}

export interface CueMoment {
  index: number;
  cue: PracticeCue;
  next: PracticeCue | null;
  /** Where this cue starts and ends, ms into the practice at the chosen length. */
  startMs: number;
  endMs: number;
  /** 0 … 1 through the whole practice. */
  progress: number;
}

export function naturalLengthS(script: PracticeScript): number {
  return script.cues.reduce((sum, cue) => sum + cue.durationS, 0);
}

/**
 * The cue current `tMs` into a practice that runs `lengthMs` in all. Every cue is stretched or shrunk by
 * the same factor, so a shortened practice (a test, a person short of time) keeps its order and balance.
 * Past the end the last cue stays.
 */
export function cueAt(script: PracticeScript, lengthMs: number, tMs: number): CueMoment {
  const naturalMs = naturalLengthS(script) * 1000;
  const scale = lengthMs > 0 && naturalMs > 0 ? lengthMs / naturalMs : 1;
  const clampedMs = Math.min(Math.max(0, tMs), lengthMs);
  let startMs = 0;
  for (let index = 0; index < script.cues.length; index++) {
    const cue = script.cues[index]!;
    const endMs = index === script.cues.length - 1 ? lengthMs : startMs + cue.durationS * 1000 * scale;
    if (clampedMs < endMs || index === script.cues.length - 1) {
      return { index, cue, next: script.cues[index + 1] ?? null, startMs, endMs, progress: lengthMs > 0 ? clampedMs / lengthMs : 0 };
    }
    startMs = endMs;
  }
  throw new Error(`practice ${script.id} has no cues`);
}
