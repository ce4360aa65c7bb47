import 'server-only';
// What the session API answers: rows turned into JSON-ready objects (ISO dates, decoded beats). The
// shapes are derived from the schema's row types, so a new column cannot be forgotten here.
import type { PracticeSessionListRow, PracticeSessionRow, PracticeSessionWithBeats } from '@/db/queries/sessions';
import { decodeBeats } from '@/lib/session/protocol/beats-codec';
import type { RecordedBeat } from '@/lib/session/protocol/record';

/** A row as JSON carries it: dates become ISO strings. */
export type Serialized<Row> = { [K in keyof Row]: Row[K] extends Date ? string : Row[K] extends Date | null ? string | null : Row[K] };

export type SessionListItem = Serialized<PracticeSessionListRow>;
export type SessionDetail = Serialized<Omit<PracticeSessionRow, 'userId'>>;
export type SessionWithBeats = SessionDetail & { beats: RecordedBeat[] };

export function toListItem(row: PracticeSessionListRow): SessionListItem {
  return { ...row, startedAt: row.startedAt.toISOString() };
}

export function toDetail(row: PracticeSessionRow): SessionDetail {
  const { userId: _userId, ...rest } = row;
  return { ...rest, startedAt: row.startedAt.toISOString(), createdAt: row.createdAt.toISOString() };
}

export function toDetailWithBeats({ beats, ...row }: PracticeSessionWithBeats): SessionWithBeats {
  return { ...toDetail(row), beats: decodeBeats(beats) };
}
