// An RR file from another app as a Herstel session: one baseline phase over the whole recording (no
// paced breathing), analysed by the same engine and in the same way as a recorded session. Pure.
import { summarizeSession } from '@/lib/hrv';
import { toSessionInput } from '@/lib/session/protocol/session-input';
import type { SessionUpload } from '@/lib/session/protocol/record';

export interface ImportMetrics {
  beats: number;
  durationS: number;
  /** RMSSD (ms) of the artifact-corrected series, as the session will store it. */
  rmssd: number | null;
  artifactsPercent: number;
}

/** Beats on a session clock that starts at 0 with the first RR interval. */
export function toRecordedBeats(rrMs: readonly number[]): SessionUpload['beats'] {
  let tMs = 0;
  return rrMs.map((rr) => ({ tMs: (tMs += rr), rrMs: rr, rrRaw: null }));
}

/** The upload an import stores: the same body POST /api/sessions takes, so the server derives it the same way. */
export function toImportUpload(id: string, startedAt: Date, rrMs: readonly number[]): SessionUpload {
  const beats = toRecordedBeats(rrMs);
  // The phase ends just after the last beat: phases are [start, end), and the last beat counts.
  const durationMs = Math.ceil(beats.at(-1)?.tMs ?? 0) + 1;
  return {
    id,
    startedAt: startedAt.toISOString(),
    durationMs,
    protocol: { preset: 'custom', inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0, baselineS: Math.min(3600, Math.ceil(durationMs / 1000)), breathingS: 0, recoveryS: 0 },
    device: null,
    beats,
    phases: [{ phase: 'baseline', startMs: 0, endMs: durationMs }],
    gaps: [],
    pauses: [],
    pacerCycleStartsMs: [],
    endedEarly: false,
    clientSummary: null,
    checkIn: null,
  };
}

export function measureImport(rrMs: readonly number[]): ImportMetrics {
  const upload = toImportUpload('00000000-0000-8000-8000-000000000000', new Date(0), rrMs);
  const phase = summarizeSession(toSessionInput(upload)).phases[0];
  const rmssd = phase?.corrected.rmssdMs;
  return {
    beats: rrMs.length,
    durationS: (upload.beats.at(-1)?.tMs ?? 0) / 1000,
    rmssd: rmssd !== undefined && Number.isFinite(rmssd) ? rmssd : null,
    artifactsPercent: phase?.artifacts.percent ?? 0,
  };
}

/**
 * The id of an imported recording: a hash of its owner, its start and its beats, written as a UUID
 * (version 8), so the same file imported twice — in one request or a year apart — names the same session
 * and is stored once. The owner is in it because session ids are one key for everyone: without it a
 * second person importing the same file would hit the first one's row (and learn that it exists).
 */
export async function recordingId(ownerId: string, startedAt: Date, rrMs: readonly number[]): Promise<string> {
  const text = `${ownerId}\n${startedAt.toISOString()}\n${rrMs.join('\n')}`;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  const bytes = digest.slice(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
