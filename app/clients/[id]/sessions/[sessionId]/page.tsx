import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requireViewer } from '@/server/auth';
import { getClient, getClientSession } from '@/server/practitioners/client-data';
import { listNotes } from '@/server/practitioners/notes';
import { decodeBeats } from '@/lib/session/protocol/beats-codec';
import { buildSessionView } from '@/lib/session/summary/session-view';
import { orNotFound } from '@/app/_lib/or-not-found';
import { SessionNotes } from '@/app/_components/notes/session-notes';
import { SessionSummaryView } from '@/app/_components/session-summary/session-summary-view';
import { ResonanceSessionCard } from '@/app/resonance/_components/resonance-session-card';
import { CheckInCard } from '@/app/sessions/_components/check-in-card';
import { SessionFacts } from '@/app/sessions/_components/session-facts';
import { PrintButton } from '../../../_components/print-button';
import '@/app/sessions/_components/sessions.css';
import '../../../_components/clients.css';
import '../../../_components/report-print.css';

/**
 * A client's session as they see it, with the practitioner's notes; printed, the same page is the
 * session report (report-print.css): summary, chart, notes, who wrote them and when it was printed.
 */
export default async function ClientSessionPage({ params }: { params: Promise<{ id: string; sessionId: string }> }) {
  const { id, sessionId } = await params;
  const { viewer, session: auth } = await requireViewer(`/clients/${encodeURIComponent(id)}/sessions/${encodeURIComponent(sessionId)}`);
  if (viewer.role !== 'practitioner') notFound();
  const client = await orNotFound(getClient(viewer, id));
  const [session, { notes }, t, format] = await Promise.all([
    orNotFound(getClientSession(viewer, client.id, sessionId)),
    orNotFound(listNotes(viewer, { ownerId: client.id, sessionId })),
    getTranslations('practitioners'),
    getFormatter(),
  ]);
  const date = format.dateTime(session.startedAt, { dateStyle: 'long', timeStyle: 'short' });
  const view = buildSessionView({ ...session, beats: decodeBeats(session.beats) }, session.summary);
  const base = `/clients/${encodeURIComponent(client.id)}`;
  return (
    <article className="session-report" data-testid="session-review" data-session-id={session.id}>
      <header className="report-header print-only">
        <p className="report-title">{t('report.title')}</p>
        <dl className="facts">
          <dt>{t('report.client')}</dt>
          <dd>{client.name}</dd>
          <dt>{t('report.session')}</dt>
          <dd>{date}</dd>
          <dt>{t('report.practitioner')}</dt>
          <dd data-testid="report-practitioner">{auth.user.name}</dd>
          <dt>{t('report.printedOn')}</dt>
          <dd>{format.dateTime(new Date(), { dateStyle: 'long' })}</dd>
        </dl>
      </header>
      <div className="no-print review-toolbar">
        <Link href={base} className="back-link">
          {t('review.back', { name: client.name })}
        </Link>
        <PrintButton label={t('review.print')} />
      </div>
      <h1 className="no-print">{t('review.heading', { name: client.name, date })}</h1>
      <SessionFacts session={session} />
      {session.kind === 'resonance' ? <ResonanceSessionCard result={session.resonance} /> : <SessionSummaryView view={view} restOnly={session.kind === 'imported'} />}
      {session.checkIn && Object.keys(session.checkIn).length > 0 ? <CheckInCard checkIn={session.checkIn} heading={t('review.checkInHeading')} /> : null}
      <SessionNotes
        ownerId={client.id}
        sessionId={session.id}
        viewerId={viewer.userId}
        canWrite
        notes={notes}
      />
    </article>
  );
}
