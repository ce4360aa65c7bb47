// What the JSON columns hold, shared by both dialects' schemas so their row types are the same.
import type { SessionSummary } from '@/lib/hrv';
import type { BreathingProtocol, CheckIn, PhaseSpan, SessionDevice, TimeSpan } from '@/lib/session/protocol/record';

export type { BreathingProtocol, CheckIn, PhaseSpan, SessionDevice, SessionSummary, TimeSpan };

/** `${phase}:${reason}` for a flagged phase, or a shift reason such as 'missing-recovery'. */
export type StoredQualityReason = string;

/** What the browser computed, kept beside the server's numbers for comparison only. */
export interface ClientSummary {
  baselineRmssdMs: number | null;
  recoveryRmssdMs: number | null;
}

export const userRoles = ['practising', 'practitioner'] as const;
export type UserRole = (typeof userRoles)[number];

export { postures, storedSessionKinds, type Posture, type StoredSessionKind } from '@/lib/session/protocol/record';

export { type Weekday } from '@/lib/plan/plan';
export { locales } from '@/lib/i18n/locales';
