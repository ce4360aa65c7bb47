import 'server-only';
import { getSession } from '@/db/queries/sessions';
import { exportFileName, sessionExportFormats, toBeatsCsv, toRrText, withAbsoluteTimes, type SessionExportFormat } from '@/lib/session/export/session-export';
import { AppError } from '@/server/http/app-error';
import { withErrors } from '@/server/http/with-errors';
import { toDetailWithBeats } from './dto';
import { notFound, viewerAndId, type SessionIdContext } from './handlers';

const contentTypes: Record<SessionExportFormat, string> = {
  rr: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** A download of a session the viewer may read (the same rule as reading it), in another tool's format. */
export const exportSessionHandler = withErrors(async (request: Request, context: SessionIdContext) => {
  const { viewer, id } = await viewerAndId(request, context);
  const format = new URL(request.url).searchParams.get('format') ?? 'rr';
  if (!isExportFormat(format)) throw new AppError(400, 'invalid-request', `Export as ${sessionExportFormats.join(', ')}.`);
  const row = await getSession(viewer, id);
  if (!row) throw notFound();
  const detail = toDetailWithBeats(row);
  const session = { ...detail, startedAt: row.startedAt };
  const body =
    format === 'rr' ? toRrText(detail.beats) : format === 'csv' ? toBeatsCsv(session) : `${JSON.stringify({ session: { ...detail, beats: withAbsoluteTimes(row.startedAt, detail.beats) } }, null, 2)}\n`;
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': contentTypes[format],
      'content-disposition': `attachment; filename="${exportFileName(row.startedAt, format)}"`,
      'cache-control': 'private, no-store',
    },
  });
});

function isExportFormat(value: string): value is SessionExportFormat {
  return (sessionExportFormats as readonly string[]).includes(value);
}
