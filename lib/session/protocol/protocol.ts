// The breathing protocol of a session: presets, the /breathe query string, and validation of stored choices.
import { setupLimits, type ProtocolField } from './limits';
import type { BreathingProtocol, PresetId } from './record';
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
  /** Keys that were present but not a number in range: ignored, and the person is told. */
  invalid: ProtocolQueryKey[];
}

export function parseProtocolQuery(query: Record<string, string | string[] | undefined>): ParsedProtocolQuery {
  const values: Partial<Record<ProtocolField, number>> = {};
  const invalid: ProtocolQueryKey[] = [];
  for (const [key, field] of Object.entries(protocolQueryKeys) as [ProtocolQueryKey, ProtocolField][]) {
    const raw = query[key];
    if (raw === undefined) continue;
    const text = Array.isArray(raw) ? raw[0] : raw;
    const value = text !== undefined && /^\s*\d+(\.\d+)?\s*$/.test(text) ? Number(text) : Number.NaN;
    if (isValidField(field, value)) values[field] = value;
    else invalid.push(key);
  }
  return { values, invalid };
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
