// Every limit on a session's protocol and upload, in one place: the set-up form, the /breathe query
// string, stored set-up choices and the server's upload schema all read them from here.

/** What a stored session's protocol may hold, per field in seconds. */
export const protocolLimits = {
  inhaleS: { min: 1, max: 30 },
  holdInS: { min: 0, max: 30 },
  exhaleS: { min: 1, max: 30 },
  holdOutS: { min: 0, max: 30 },
  baselineS: { min: 0, max: 3600 },
  // 0 is a session without paced breathing (a rest-only reading); a breathing session asks for more.
  breathingS: { min: 0, max: 3600 },
  recoveryS: { min: 0, max: 3600 },
} as const;

export type ProtocolField = keyof typeof protocolLimits;

/**
 * A morning reading is rest only: a baseline of one to three minutes (two by default), no breathing and
 * no recovery phase.
 */
export const morningReadingLimits = {
  baselineS: { min: 60, max: 180 },
  defaultBaselineS: 120,
} as const;

/** A breathing session set up on /breathe breathes for at least this long. */
export const minBreathingSessionS = 1;

/** The range the /breathe set-up offers for a field. */
export function setupLimits(field: ProtocolField): { min: number; max: number } {
  const limits = protocolLimits[field];
  return field === 'breathingS' ? { min: Math.max(limits.min, minBreathingSessionS), max: limits.max } : limits;
}

/**
 * Limits on an upload: a session is at most three hours. A beat may be anything a strap can encode
 * (1/1024 s to 65535/1024 s): implausible ones are the artifact detector's business, and refusing the
 * whole session for one glitch would lose it.
 */
const maxBeats = 3 * 60 * 240;
const maxMarks = 500;
/**
 * The longest a beat can be as JSON: `{"tMs":10799999.999999998,"rrMs":63999.0234375,"rrRaw":65535},` is
 * 66 characters; with room for spaces a client may add. A mark (gap, pause, cycle start) is shorter.
 */
const maxBytesPerBeat = 96;
const maxBytesPerMark = 64;

export const uploadLimits = {
  maxDurationMs: 3 * 60 * 60 * 1000,
  maxBeats,
  maxRrMs: (65535 * 1000) / 1024,
  maxMarks,
  /** Derived from the beat limit, so the longest session at the highest rate always fits (about 4.3 MB). */
  maxBodyBytes: maxBeats * maxBytesPerBeat + 3 * maxMarks * maxBytesPerMark + 64_000,
} as const;

/**
 * Limits on importing RR files from other apps. The longest session at the highest rate as Polar
 * Sensor Logger writes it (`2026-01-18T10:31:32.123;812` a line) is about 1.3 MB: 3 MB per file leaves
 * room for wider exports; a request holds at most 20 files and 20 MB.
 */
export const importLimits = {
  maxFileBytes: 3 * 1024 * 1024,
  maxFiles: 20,
  maxRequestBytes: 20 * 1024 * 1024,
  /**
   * The longest import that still stands for a morning reading in trends. A morning value is a short
   * rest (1–3 min here, 5 min in most apps); the RMSSD of a night or a workout file is not comparable
   * with it, so such a file is stored and shown but does not set a day's lnRMSSD.
   */
  maxTrendReadingS: 10 * 60,
} as const;
