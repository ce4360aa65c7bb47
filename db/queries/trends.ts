import 'server-only';
// What a trend reads: the light columns of the sessions in range, in one statement over the
// (user_id, local_date) index; lib/trends sums the days from them (dayTotalsOfSorted). Never the beats,
// never the summary JSON. Each read is of one person (`ownerId`, the viewer by default) and only of the
// sessions the viewer may read (db/access.ts): a practitioner's view of a client leaves hidden and
// unshared sessions out, also from the day sums and the choice of a day's first passed baseline.
import { and, asc, eq, gte, lte, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { readablePeople, readableSessionsOf } from '../access';
import { getDatabase } from '../client';
import type { Tables } from '../database';
import type { Viewer } from '../viewer';

export interface PersonOption {
  /** Whose sessions; the viewer's own when absent. */
  ownerId?: string;
}

/** The person's zone (null until one is named) and daily goal, in one read; undefined when not readable. */
export async function getTrendSettings(viewer: Viewer, { ownerId = viewer.userId }: PersonOption = {}): Promise<{ timeZone: string | null; dailyGoalMinutes: number } | undefined> {
  const { db, t } = await getDatabase();
  const [row] = await db
    .select({ timeZone: t.user.timeZone, dailyGoalMinutes: t.user.dailyGoalMinutes })
    .from(t.user)
    .where(and(eq(t.user.id, ownerId), readablePeople(t, viewer)));
  return row;
}

type SessionRow = Tables['practiceSession']['$inferSelect'];

/** A session as a trend reads it: its start as epoch milliseconds, the rest as stored. */
export type TrendSessionRow = Pick<
  SessionRow,
  'id' | 'localDate' | 'kind' | 'baselineRmssdMs' | 'recoveryRmssdMs' | 'shiftRmssdMs' | 'shiftLnRmssd' | 'baselineLnRmssd' | 'practiceMinutes' | 'checkIn' | 'tags' | 'note'
> & { startedAtMs: number };

/** The columns in the order the statement selects them; the PostgreSQL drivers answer rows keyed by these names. */
const trendColumns = ['id', 'started_at_ms', 'local_date', 'kind', 'baseline_rmssd_ms', 'recovery_rmssd_ms', 'shift_rmssd_ms', 'shift_ln_rmssd', 'baseline_ln_rmssd', 'practice_minutes', 'check_in', 'tags', 'note'] as const;

/** A double as the drivers give it (node-postgres and PGlite a number; a string only if a parser is off), as drizzle reads it. */
const toDouble = (value: unknown): number | null => (value === null || value === undefined ? null : typeof value === 'number' ? value : Number.parseFloat(String(value)));
/** A NOT NULL double: null here would be a fault in the statement, not a value to pass on. */
function requiredDouble(value: unknown, column: string): number {
  const number = toDouble(value);
  if (number === null) throw new Error(`The trend read got no ${column} for a session.`);
  return number;
}
/** JSON as stored: text on SQLite, already parsed (jsonb) on PostgreSQL. */
const toJson = <T>(value: unknown): T | null => (value === null || value === undefined ? null : typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

/** Where each column is in a driver's row: by position in SQLite's arrays, by name in PostgreSQL's objects. */
type KeysOf<T extends readonly unknown[]> = { readonly [I in keyof T]: string | number };
type ColumnKeys = KeysOf<typeof trendColumns>;
const byPosition = trendColumns.map((_, i) => i) as unknown as ColumnKeys;

/** One driver row as a TrendSessionRow: read field by field, no helper made per row (two years are ~1,500 rows). */
function toTrendSessionRow(driverRow: object, at: ColumnKeys): TrendSessionRow {
  const row = driverRow as Readonly<Record<string | number, unknown>>;
  return {
    id: row[at[0]] as string,
    startedAtMs: requiredDouble(row[at[1]], 'started_at'),
    localDate: row[at[2]] as string,
    kind: row[at[3]] as SessionRow['kind'],
    baselineRmssdMs: toDouble(row[at[4]]),
    recoveryRmssdMs: toDouble(row[at[5]]),
    shiftRmssdMs: toDouble(row[at[6]]),
    shiftLnRmssd: toDouble(row[at[7]]),
    baselineLnRmssd: toDouble(row[at[8]]),
    practiceMinutes: requiredDouble(row[at[9]], 'practice_minutes'),
    checkIn: toJson<NonNullable<SessionRow['checkIn']>>(row[at[10]]),
    tags: toJson<string[]>(row[at[11]]) ?? [],
    note: (row[at[12]] as string | null) ?? null,
  };
}

/**
 * The sessions of `from` (or the first, when null) to `to`, with only what a trend shows or sums of them,
 * in day order, then by start, then id: the order dayTotalsOfSorted takes the day's first passed baseline
 * in, the id breaking a tie as the database compares ids. Two years are some 1,500 rows: they are read as
 * the driver's plain rows and mapped here, column by known column, rather than through the query
 * builder's generic row mapping (which looks up each field's decoder for every row) and a Date per start.
 */
export async function listTrendSessions(viewer: Viewer, from: string | null, to: string, { ownerId = viewer.userId }: PersonOption = {}): Promise<TrendSessionRow[]> {
  const database = await getDatabase();
  const { db, t } = database;
  const s = t.practiceSession;
  const inRange: SQL[] = [readableSessionsOf(t, viewer, ownerId), lte(s.localDate, to)];
  if (from !== null) inRange.push(gte(s.localDate, from));
  // Epoch milliseconds on both: SQLite stores them. On PostgreSQL date_part gives the epoch as a double
  // (extract's numeric costs more per row); times 1000 it can be a hair off the whole millisecond (one
  // start in 50 or so, tested), and the column keeps whole milliseconds (precision 3), so rounding gives it back.
  const startedAtMs = database.dialect === 'sqlite' ? sql`${s.startedAt}` : sql`round(date_part('epoch', ${s.startedAt}) * 1000)`;
  const query = db
    .select({
      id: s.id,
      startedAtMs: startedAtMs.as(trendColumns[1]),
      localDate: s.localDate,
      kind: s.kind,
      baselineRmssdMs: s.baselineRmssdMs,
      recoveryRmssdMs: s.recoveryRmssdMs,
      shiftRmssdMs: s.shiftRmssdMs,
      shiftLnRmssd: s.shiftLnRmssd,
      baselineLnRmssd: s.baselineLnRmssd,
      practiceMinutes: s.practiceMinutes,
      checkIn: s.checkIn,
      // Most sessions have no tags: answered as null (read back as []), the driver parses no JSON for them.
      // Both store an empty list as '[]' (SQLite the text drizzle writes, PostgreSQL an equal jsonb).
      tags: sql`nullif(${s.tags}, '[]')`.as(trendColumns[11]),
      note: s.note,
    })
    .from(s)
    .where(and(...inRange))
    .orderBy(asc(s.localDate), asc(s.startedAt), asc(s.id));
  if (database.dialect === 'sqlite') {
    // The SQLite driver's rows are arrays in the selected order (db/drivers/sqlite.ts).
    const rows = await (db as unknown as SqliteRaw).values(query);
    return rows.map((row) => toTrendSessionRow(row, byPosition));
  }
  // node-postgres and PGlite both answer { rows } of objects keyed by column name.
  const { rows } = (await db.execute(query)) as unknown as { rows: Record<(typeof trendColumns)[number], unknown>[] };
  return rows.map((row) => toTrendSessionRow(row, trendColumns));
}

/** What the SQLite (proxy) database has besides the shared query builder: rows as arrays. */
interface SqliteRaw {
  values(query: SQLWrapper): Promise<unknown[][]>;
}
