// Short texts of a stored session for lists and facts, through the `sessions` messages.
import type { BreathingProtocol } from '@/lib/session/protocol/record';

type ProtocolKey = 'protocol.inhale' | 'protocol.holdIn' | 'protocol.exhale' | 'protocol.holdOut';
type ProtocolTranslator = (key: ProtocolKey, values: { seconds: string }) => string;

/** '4 s in · 6 s out', with holds only when there are any. */
export function formatProtocol(t: ProtocolTranslator, protocol: BreathingProtocol, formatSeconds: (s: number) => string): string {
  const steps: [ProtocolKey, number][] = [
    ['protocol.inhale', protocol.inhaleS],
    ['protocol.holdIn', protocol.holdInS],
    ['protocol.exhale', protocol.exhaleS],
    ['protocol.holdOut', protocol.holdOutS],
  ];
  return steps
    .filter(([key, seconds]) => seconds > 0 || key === 'protocol.inhale' || key === 'protocol.exhale')
    .map(([key, seconds]) => t(key, { seconds: formatSeconds(seconds) }))
    .join(' · ');
}

export const shiftFlagReasons = ['missing-baseline', 'missing-recovery', 'baseline-flagged', 'recovery-flagged'] as const;
export type ShiftFlagReason = (typeof shiftFlagReasons)[number] | 'unknown';

/** The first shift-level reason stored for a flagged session (phase details are on the detail page). */
export function primaryFlagReason(qualityReasons: readonly string[]): ShiftFlagReason {
  return shiftFlagReasons.find((reason) => qualityReasons.includes(reason)) ?? 'unknown';
}
