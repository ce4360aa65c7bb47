import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getSession } from '@/db/queries/sessions';
import { requireViewer } from '@/server/auth';
import { decodeBeats } from '@/lib/session/protocol/beats-codec';
import { sessionIdSchema } from '@/lib/session/protocol/upload-schema';
import { buildSessionView } from '@/lib/session/summary/session-view';
import { SessionSummaryView } from '../../_components/session-summary/session-summary-view';
import { ContextEditor } from '../../_components/context/context-editor';
import { CheckInCard } from '../_components/check-in-card';
import { CheckInEditor } from '../_components/check-in-editor';
import { DeleteSessionButton } from '../_components/delete-session-button';
import { SessionExportLinks } from '../_components/session-export-links';
import { SessionFacts } from '../_components/session-facts';
import { SessionSharing } from '../_components/session-sharing';
import { ResonanceSessionCard } from '@/app/resonance/_components/resonance-session-card';
import '../_components/sessions.css';

export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { viewer } = await requireViewer(`/sessions/${encodeURIComponent(id)}`);
  // Someone else's session and one that never existed look the same: not found.
  // Ids are stored in lower case: an upper-case link finds the same session.
  const parsed = sessionIdSchema.safeParse(id);
  const row = parsed.success ? await getSession(viewer, parsed.data) : undefined;
  if (!row) notFound();
  const [t, format] = await Promise.all([getTranslations('sessions'), getFormatter()]);
  const view = buildSessionView({ ...row, beats: decodeBeats(row.beats) }, row.summary);
  return (
    <>
      <Link href="/sessions" className="back-link">
        {t('detail.back')}
      </Link>
      <h1>{t('detail.heading', { date: format.dateTime(row.startedAt, { dateStyle: 'long', timeStyle: 'short' }) })}</h1>
      <SessionFacts session={row} />
      {row.kind === 'resonance' ? (
        <ResonanceSessionCard result={row.resonance} />
      ) : (
        // The owner answers or changes the check-in right after the result, as after the session; others only read it.
        <SessionSummaryView
          view={view}
          restOnly={row.kind === 'imported'}
          checkIn={
            row.userId === viewer.userId ? (
              <CheckInEditor sessionId={row.id} initial={row.checkIn && Object.keys(row.checkIn).length > 0 ? row.checkIn : null} />
            ) : row.checkIn ? (
              <CheckInCard checkIn={row.checkIn} />
            ) : null
          }
        />
      )}
      <SessionExportLinks sessionId={row.id} />
      {row.userId === viewer.userId ? <ContextEditor sessionId={row.id} initialTags={row.tags} initialNote={row.note} /> : null}
      {row.userId === viewer.userId ? <SessionSharing viewer={viewer} sessionId={row.id} hidden={row.hidden} /> : null}
      <DeleteSessionButton sessionId={row.id} />
    </>
  );
}
