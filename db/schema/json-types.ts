// What the JSON columns hold, shared by both dialects' schemas so their row types are the same.
import type { ResonanceAnalysis, SessionSummary } from '@/lib/hrv';
import type { BreathingProtocol, CheckIn, PhaseSpan, SessionDevice, TimeSpan } from '@/lib/session/protocol/record';

export type { BreathingProtocol, CheckIn, PhaseSpan, ResonanceAnalysis, SessionDevice, SessionSummary, TimeSpan };

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

/** What a client shares through a link: sessions from the moment they accept, or also every earlier one. */
export const linkShares = ['from-now', 'all'] as const;
export type LinkShare = (typeof linkShares)[number];

/** What a practitioner opened of a client, as the client's access log names it. */
export const accessKinds = ['clients', 'client-sessions', 'session', 'trends', 'live'] as const;
export type AccessKind = (typeof accessKinds)[number];

/** A prescribed practice: a breathing protocol as /breathe takes it (seconds), the preset detected. */
export type PrescribedProtocol = BreathingProtocol;

export type { LiveBatch, LiveBeat, LivePhase, LiveRhythm } from '@/lib/live-share/live-share-types';
