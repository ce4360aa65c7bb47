// The breathing protocol of a session: presets, the /breathe query string, and validation of stored choices.
import { setupLimits, type ProtocolField } from './limits';
import { defaultPracticeS } from '@/lib/session/practice/practices';
import { practiceIds, type BreathingProtocol, type PracticeId, type PresetId } from './record';
import { protocolSchema } from './upload-schema';

export type BreathPattern = Pick<BreathingProtocol, 'inhaleS' | 'holdInS' | 'exhaleS' | 'holdOutS'>;

export const protocolPresets: Record<Exclude<PresetId, 'custom'>, BreathPattern> = {
  'rest-rhythm': { inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0 },
  // 10.9 s a breath: about 5.5 breaths a minute, near the cardiovascular resonance of most adults.
  resonance: { inhaleS: 4.5, holdInS: 0, exhaleS: 6.4, holdOutS: 0 },
  box: { inhaleS: 4, holdInS: 4, exhaleS: 4, holdOutS: 4 },
  'four-seven-eight': { inhaleS: 4, holdInS: 7, exhaleS: 8, holdOutS: 0 },
};

export const defaultProtocol: BreathingProtocol = {
  preset: 'rest-rhythm',
  ...protocolPresets['rest-rhythm'],
  baselineS: 120,
  breathingS: 600,
  recoveryS: 120,
};

/** Query-string keys, in seconds, and the protocol field each one sets. */
export const protocolQueryKeys = {
  inhale: 'inhaleS',
  holdIn: 'holdInS',
  exhale: 'exhaleS',
  holdOut: 'holdOutS',
  baseline: 'baselineS',
  breathing: 'breathingS',
  recovery: 'recoveryS',
} as const satisfies Record<string, keyof BreathingProtocol>;

export type ProtocolQueryKey = keyof typeof protocolQueryKeys;
/** `practice` chooses a guided practice instead of a breathing rhythm. */
export type BreatheQueryKey = ProtocolQueryKey | 'practice';


export function breathCycleS(pattern: BreathPattern): number {
  return pattern.inhaleS + pattern.holdInS + pattern.exhaleS + pattern.holdOutS;
}

export function breathsPerMinute(pattern: BreathPattern): number {
  const cycleS = breathCycleS(pattern);
  return cycleS > 0 ? 60 / cycleS : 0;
}

/** The preset a pattern matches exactly, or 'custom'. */
export function detectPreset(pattern: BreathPattern): PresetId {
  for (const [id, preset] of Object.entries(protocolPresets) as [Exclude<PresetId, 'custom'>, BreathPattern][]) {
    if (preset.inhaleS === pattern.inhaleS && preset.holdInS === pattern.holdInS && preset.exhaleS === pattern.exhaleS && preset.holdOutS === pattern.holdOutS) {
      return id;
    }
  }
  return 'custom';
}

/** Whether the /breathe set-up accepts this value (lib/session/protocol/limits.ts). */
export function isValidField(field: ProtocolField, value: number): boolean {
  const { min, max } = setupLimits(field);
  return Number.isFinite(value) && value >= min && value <= max;
}

export interface ParsedProtocolQuery {
  values: Partial<Record<ProtocolField, number>>;
  /** A guided practice named by `?practice=`, or null. */
  practice: PracticeId | null;
  /** Keys that were present but not a number in range (or no known practice): ignored, and the person is told. */
  invalid: BreatheQueryKey[];
}

export function parseProtocolQuery(query: Record<string, string | string[] | undefined>): ParsedProtocolQuery {
  const values: Partial<Record<ProtocolField, number>> = {};
  const invalid: BreatheQueryKey[] = [];
  for (const [key, field] of Object.entries(protocolQueryKeys) as [ProtocolQueryKey, ProtocolField][]) {
    const raw = query[key];
    if (raw === undefined) continue;
    const text = Array.isArray(raw) ? raw[0] : raw;
    const value = text !== undefined && /^\s*\d+(\.\d+)?\s*$/.test(text) ? Number(text) : Number.NaN;
    if (isValidField(field, value)) values[field] = value;
    else invalid.push(key);
  }
  const raw = Array.isArray(query.practice) ? query.practice[0] : query.practice;
  const practice = practiceIds.find((id) => id === raw) ?? null;
  if (raw !== undefined && practice === null) invalid.push('practice');
  return { values, practice, invalid };
}

const rhythmFields = ['inhaleS', 'holdInS', 'exhaleS', 'holdOutS'] as const;

/**
 * A link's protocol laid over the remembered one. A link naming a practice gets it (at its own length
 * unless `breathing` says otherwise); a link giving breath seconds means paced breathing.
 */
export function applyProtocolQuery(base: BreathingProtocol, query: Partial<BreathingProtocol>): BreathingProtocol {
  const { practice, preset: _preset, ...values } = query;
  const next = applyProtocolValues(base, values);
  if (practice) return { ...next, practice, breathingS: values.breathingS ?? defaultPracticeS(practice) };
  return rhythmFields.some((field) => values[field] !== undefined) ? withoutPractice(next) : next;
}

/** Choosing a practice: its script's own length, the rhythm left as it was for a later breathing session. */
export function choosePractice(base: BreathingProtocol, practice: PracticeId): BreathingProtocol {
  return { ...base, practice, breathingS: defaultPracticeS(practice) };
}

/** Back to paced breathing. */
export function withoutPractice({ practice: _practice, ...protocol }: BreathingProtocol): BreathingProtocol {
  return protocol;
}

/** `base` with the given fields laid over it; the preset follows the resulting pattern. */
export function applyProtocolValues(base: BreathingProtocol, values: Partial<Record<ProtocolField, number>>): BreathingProtocol {
  const merged = { ...base, ...values };
  return { ...merged, preset: detectPreset(merged) };
}

/** A stored protocol if it is still valid, else null (e.g. written by an older version). */
export function validateProtocol(candidate: unknown): BreathingProtocol | null {
  const result = protocolSchema.safeParse(candidate);
  if (!result.success) return null;
  const fields = Object.values(protocolQueryKeys);
  return fields.every((field) => isValidField(field, result.data[field])) ? result.data : null;
}

export function totalDurationS(protocol: BreathingProtocol): number {
  return protocol.baselineS + protocol.breathingS + protocol.recoveryS;
}
