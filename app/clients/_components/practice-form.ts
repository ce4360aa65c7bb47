// The prescribed-practice editor's form values and their check: pure, so the limits are tested directly.
import { prescriptionLimits } from '@/lib/session/protocol/prescription';
import { detectPreset, isValidField, protocolPresets } from '@/lib/session/protocol/protocol';
import type { BreathingProtocol, PresetId } from '@/lib/session/protocol/record';
import type { PracticeData } from '@/app/_components/practice/practice-summary';

export const rhythmFields = ['inhaleS', 'holdInS', 'exhaleS', 'holdOutS'] as const;
export const minuteFields = ['baselineMin', 'breathingMin', 'recoveryMin'] as const;
export type RhythmField = (typeof rhythmFields)[number];
export type MinuteField = (typeof minuteFields)[number];
export type PracticeFormValues = Record<RhythmField | MinuteField | 'timesPerWeek', string> & { preset: PresetId };

/** The server's limits (lib/session/protocol/prescription.ts); rests in minutes up to the set-up's hour. */
export const practiceLimits = {
  restMin: { min: 0, max: 60 },
  breathingMin: prescriptionLimits.minutesPerSession,
  timesPerWeek: prescriptionLimits.timesPerWeek,
} as const;

/** Daily, 5 minutes of the rest rhythm, a minute's rest either side: the practice most people start with. */
export const defaultPractice: PracticeData = {
  protocol: { preset: 'rest-rhythm', ...protocolPresets['rest-rhythm'], baselineS: 60, breathingS: 300, recoveryS: 60 },
  timesPerWeek: 7,
  minutesPerSession: 5,
};

const text = (n: number) => String(Math.round(n * 100) / 100);

export function toFormValues(practice: PracticeData): PracticeFormValues {
  const p = practice.protocol;
  return {
    preset: detectPreset(p),
    inhaleS: text(p.inhaleS),
    holdInS: text(p.holdInS),
    exhaleS: text(p.exhaleS),
    holdOutS: text(p.holdOutS),
    baselineMin: text(p.baselineS / 60),
    breathingMin: text(practice.minutesPerSession),
    recoveryMin: text(p.recoveryS / 60),
    timesPerWeek: String(practice.timesPerWeek),
  };
}

const inRange = (value: number, { min, max }: { min: number; max: number }) => Number.isFinite(value) && value >= min && value <= max;
const parse = (value: string) => (/^\s*\d+([.,]\d+)?\s*$/.test(value) ? Number(value.replace(',', '.')) : Number.NaN);

/** The practice the form describes, or null when a field is out of range. Breathing is whole minutes. */
export function fromFormValues(values: PracticeFormValues): PracticeData | null {
  const rhythm = Object.fromEntries(rhythmFields.map((field) => [field, parse(values[field])])) as Record<RhythmField, number>;
  const baselineMin = parse(values.baselineMin);
  const breathingMin = parse(values.breathingMin);
  const recoveryMin = parse(values.recoveryMin);
  const timesPerWeek = parse(values.timesPerWeek);
  const valid =
    rhythmFields.every((field) => isValidField(field, rhythm[field])) &&
    inRange(baselineMin, practiceLimits.restMin) &&
    inRange(recoveryMin, practiceLimits.restMin) &&
    Number.isInteger(breathingMin) &&
    inRange(breathingMin, practiceLimits.breathingMin) &&
    Number.isInteger(timesPerWeek) &&
    inRange(timesPerWeek, practiceLimits.timesPerWeek);
  if (!valid) return null;
  const pattern = { ...rhythm };
  const protocol: BreathingProtocol = {
    ...pattern,
    preset: detectPreset(pattern),
    baselineS: Math.round(baselineMin * 60),
    breathingS: breathingMin * 60,
    recoveryS: Math.round(recoveryMin * 60),
  };
  return { protocol, timesPerWeek, minutesPerSession: breathingMin };
}

/** Choosing a preset fills in its rhythm; 'custom' keeps what is there. */
export function withPreset(values: PracticeFormValues, preset: PresetId): PracticeFormValues {
  if (preset === 'custom') return { ...values, preset };
  const pattern = protocolPresets[preset];
  return { ...values, preset, inhaleS: text(pattern.inhaleS), holdInS: text(pattern.holdInS), exhaleS: text(pattern.exhaleS), holdOutS: text(pattern.holdOutS) };
}
