// Stored sessions with chosen trend columns, written straight through the data layer: a trend test
// decides the numbers it checks (the upload path that derives them has tests of its own).
import type { Database } from '@/db/database';
import { sessionUploadSchema } from '@/lib/session/protocol/upload-schema';
import { makeUpload } from '@/lib/session/testing/make-upload';
import { deriveColumns } from '@/server/sessions/derive-columns';
import { buildSessionRow } from '@/server/sessions/prepare-upload';

export interface TrendRowInput {
  id: string;
  userId: string;
  startedAt: string;
  localDate: string;
  baselineLnRmssd: number | null;
  practiceMinutes?: number;
  kind?: 'breathing' | 'morning-reading';
  tags?: string[];
  note?: string | null;
  baselineRmssdMs?: number | null;
}

const template = (() => {
  const upload = sessionUploadSchema.parse(makeUpload());
  const { beats: _beats, ...row } = buildSessionRow(upload, deriveColumns(upload));
  return row;
})();

export async function insertTrendRows({ db, t }: Database, rows: TrendRowInput[]): Promise<void> {
  await db.insert(t.practiceSession).values(
    rows.map((r) => ({
      ...template,
      id: r.id,
      userId: r.userId,
      startedAt: new Date(r.startedAt),
      localDate: r.localDate,
      utcOffsetMin: 0,
      kind: r.kind ?? 'breathing',
      baselineLnRmssd: r.baselineLnRmssd,
      baselineRmssdMs: r.baselineRmssdMs ?? (r.baselineLnRmssd === null ? null : Math.exp(r.baselineLnRmssd)),
      practiceMinutes: r.practiceMinutes ?? 0,
      tags: r.tags ?? [],
      note: r.note ?? null,
    })),
  );
}

/** A uuid from a small number, so a test reads which session is which. */
export const uuidOf = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
