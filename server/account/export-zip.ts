import 'server-only';
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { getAccountRecords, getOwnBeats, type AccountRecords } from '@/db/queries/account';
import type { Viewer } from '@/db/viewer';
import { exportFileName, toRrText, withAbsoluteTimes } from '@/lib/session/export/session-export';
import { decodeBeats } from '@/lib/session/protocol/beats-codec';
import { toDetail } from '@/server/sessions/dto';

/** Beats are read this many sessions at a time, so a long history never sits in memory at once. */
const sessionsPerBatch = 20;

export const accountExportReadme = [
  'Everything Herstel keeps of you, as of the time in account.json (exportedAt).',
  '',
  'account.json               your account, sign-ins, practice plan, and every session with its numbers and check-in (no beats);',
  '                           under "practitioners": your links (as client or practitioner), invites, notes, prescribed practices and the access log',
  'sessions/<start>-<id>.json  one session with every beat: session-clock time (tMs), RR (ms), raw strap value, absolute time (at)',
  'sessions/<start>-<id>.txt   the same beats as RR text, one RR in ms a line (Kubios HRV opens it)',
  '',
  'Times are UTC (ISO 8601). <start> is the session start.',
  '',
].join('\n');

/**
 * The whole account as a zip, streamed: one entry is compressed and sent before the next session's
 * beats are read, so memory stays at a batch of sessions whatever the history holds.
 */
export async function streamAccountZip(viewer: Viewer, now = new Date()): Promise<ReadableStream<Uint8Array> | undefined> {
  const records = await getAccountRecords(viewer);
  if (!records) return undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const zip = new Zip((error, chunk, final) => {
        if (error) return controller.error(error);
        controller.enqueue(chunk);
        if (final) controller.close();
      });
      const add = (name: string, text: string) => {
        const file = new ZipDeflate(name, { level: 6 });
        zip.add(file);
        file.push(strToU8(text), true);
      };
      writeEntries(viewer, records, now, add)
        .then(() => zip.end())
        .catch((error: unknown) => {
          zip.terminate();
          controller.error(error);
        });
    },
  });
}

async function writeEntries(viewer: Viewer, records: AccountRecords, now: Date, add: (name: string, text: string) => void): Promise<void> {
  add('README.txt', accountExportReadme);
  add('account.json', `${JSON.stringify(toAccountJson(records, now), null, 2)}\n`);
  for (let i = 0; i < records.sessions.length; i += sessionsPerBatch) {
    const batch = records.sessions.slice(i, i + sessionsPerBatch);
    const beats = await getOwnBeats(viewer, batch.map((s) => s.id));
    for (const row of batch) {
      const packed = beats.get(row.id);
      // A session deleted while the zip is being made has no beats any more: it is left out.
      if (!packed) continue;
      const decoded = decodeBeats(packed);
      const base = `sessions/${sessionFileStem(row.startedAt, row.id)}`;
      add(`${base}.json`, `${JSON.stringify({ session: { ...toDetail(row), beats: withAbsoluteTimes(row.startedAt, decoded) } })}\n`);
      add(`${base}.txt`, toRrText(decoded));
    }
  }
}

export function sessionFileStem(startedAt: Date, id: string): string {
  return `${exportFileName(startedAt, 'rr').replace(/^herstel-/, '').replace(/\.txt$/, '')}-${id.slice(0, 8)}`;
}

function toAccountJson(records: AccountRecords, now: Date) {
  return {
    exportedAt: now.toISOString(),
    account: records.user,
    signIns: records.signIns,
    logins: records.logins,
    requestLimits: records.requestLimits,
    practicePlan: records.plan,
    sessions: records.sessions.map((row) => ({ ...toDetail(row), file: `sessions/${sessionFileStem(row.startedAt, row.id)}.txt` })),
    practitioners: records.practitioners,
  };
}
