// A practice a practitioner prescribes: a protocol as /breathe takes it (every field within the set-up's
// limits, lib/session/protocol/limits.ts) and how often. The server validates with this schema; the
// practitioner's form can show the same limits.
import { z } from 'zod';
import { setupLimits, type ProtocolField } from './limits';
import { detectPreset, protocolQueryKeys } from './protocol';
import type { BreathingProtocol } from './record';

export const prescriptionLimits = {
  timesPerWeek: { min: 1, max: 14 },
  minutesPerSession: { min: 1, max: 60 },
} as const;

const field = (name: ProtocolField) => {
  const { min, max } = setupLimits(name);
  return z.number().finite().min(min).max(max);
};

const fields = Object.fromEntries(Object.values(protocolQueryKeys).map((name) => [name, field(name)])) as Record<ProtocolField, z.ZodNumber>;

export const prescriptionInputSchema = z
  .object({
    // The preset a client sends is ignored: it follows from the rhythm.
    protocol: z.object({ preset: z.string().optional(), ...fields }).strict(),
    timesPerWeek: z.number().int().min(prescriptionLimits.timesPerWeek.min).max(prescriptionLimits.timesPerWeek.max),
    minutesPerSession: z.number().int().min(prescriptionLimits.minutesPerSession.min).max(prescriptionLimits.minutesPerSession.max),
  })
  .strict()
  .transform(({ protocol: { preset: _preset, ...rhythm }, ...rest }) => ({ ...rest, protocol: { ...rhythm, preset: detectPreset(rhythm) } satisfies BreathingProtocol }));

export type PrescriptionInput = z.output<typeof prescriptionInputSchema>;
