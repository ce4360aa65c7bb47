import type { Page } from '@playwright/test';
import { summarizeSession, type SessionSummary } from '../../../lib/hrv';
import type { RecordedBeat, SessionUpload } from '@/lib/session/protocol/record';
import { toSessionInput } from '@/lib/session/protocol/session-input';
import { expect } from '../fixtures';
import type { EmulatedStrap } from '../fixtures/ble-strap';

/** One packet as a strap sends it: contact detected, uint8 HR, one RR in 1/1024 s. */
export function packet(rrRaw: number): number[] {
  return [0x16, Math.round(61_440 / rrRaw), rrRaw & 0xff, rrRaw >> 8];
}

export const rawToMs = (raw: number) => (raw * 1000) / 1024;

/** A known, irregular-enough RR series (1/1024 s), about 75 bpm, with a slow swing like breathing. */
export function rrSeries(seed = 0): () => number {
  let i = seed;
  return () => {
    i++;
    const swing = 60 * Math.sin((2 * Math.PI * i) / 8) + 25 * Math.sin((2 * Math.PI * i) / 3.3);
    return Math.round(820 + swing + ((i * 37) % 23) - 11);
  };
}

export async function startSession(page: Page, query: string) {
  await page.goto(`/breathe?${query}`);
  await page.getByTestId('connect-strap').click();
  await expect(page.getByTestId('strap-status')).toHaveAttribute('data-status', 'connected');
  await page.getByTestId('start-session').click();
  await expect(page.getByTestId('session-phase')).toHaveAttribute('data-phase', 'baseline');
}

/**
 * Delivers packets paced by their own RR in real time (so beat times and arrival agree) until `stop`
 * says so. Returns the raw RR of every packet delivered.
 */
export async function feed(page: Page, strap: EmulatedStrap, next: () => number, stop: () => Promise<boolean>): Promise<number[]> {
  const sent: number[] = [];
  let dueMs = Date.now();
  for (;;) {
    const raw = next();
    dueMs += rawToMs(raw);
    const waitMs = dueMs - Date.now();
    if (waitMs > 0) await page.waitForTimeout(waitMs);
    await strap.deliver(page, packet(raw));
    sent.push(raw);
    if (await stop()) return sent;
  }
}

export const phaseIs = (page: Page, phase: string) => async () => (await page.getByTestId('session-phase').getAttribute('data-phase')) === phase;
export const outcomeShown = (page: Page) => async () => (await page.getByTestId('session-outcome').count()) > 0;

export interface JournalRow {
  id: string;
  status: string;
  beatCount: number;
  gaps: SessionUpload['gaps'];
  upload: { status: string };
}

/** The ids of every session this browser's journal holds. */
export async function journaledSessionIds(page: Page): Promise<string[]> {
  const { sessions } = await readJournalStores(page);
  return (sessions as JournalRow[]).map((s) => s.id);
}

/** The session as this browser's journal (IndexedDB) holds it, in the upload's shape. */
export async function readJournaledSession(page: Page, id: string): Promise<SessionUpload & { row: JournalRow }> {
  const { sessions, packets } = await readJournalStores(page);
  const row = (sessions as (SessionUpload & JournalRow)[]).find((s) => s.id === id);
  if (!row) throw new Error(`session ${id} is not in the journal`);
  const beats = (packets as { sessionId: string; beats: RecordedBeat[] }[]).filter((p) => p.sessionId === id).flatMap((p) => p.beats);
  return { ...row, beats, row };
}

function readJournalStores(page: Page): Promise<{ sessions: unknown[]; packets: unknown[] }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('herstel-journal');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const result = { sessions: await all('sessions'), packets: await all('packets') };
    db.close();
    return result;
  });
}

export function expectedSummary(record: SessionUpload): SessionSummary {
  return summarizeSession(toSessionInput(record));
}

/** The three headline numbers on the page agree with lib/hrv on the recorded beats (shown with one decimal). */
export async function expectSummaryMatches(page: Page, summary: SessionSummary) {
  // The text is locale-formatted for the person; data-value holds the plain number.
  const shown = async (testId: string) => Number(await page.getByTestId(testId).getAttribute('data-value'));
  const { baselineRmssdMs, recoveryRmssdMs, rmssdMs } = summary.shift;
  expect(baselineRmssdMs).not.toBeNull();
  expect(recoveryRmssdMs).not.toBeNull();
  // One decimal on screen: within half a unit of the last digit (plus float noise).
  const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(0.0501);
  near(await shown('summary-baseline-rmssd'), baselineRmssdMs!);
  near(await shown('summary-recovery-rmssd'), recoveryRmssdMs!);
  near(await shown('summary-shift'), rmssdMs!);
}

export async function sessionIdOf(page: Page): Promise<string> {
  const id = await page.getByTestId('session-run').getAttribute('data-session-id');
  if (!id) throw new Error('no session on the page');
  return id;
}
