import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requireViewer } from '@/server/auth';
import { getServerEnv } from '@/server/env';
import { getClient, getClientTrends, listClientSessions } from '@/server/practitioners/client-data';
import { encodeSessionCursor } from '@/server/sessions/list-page';
import { defaultTrendRange } from '@/lib/trends/types';
import { orNotFound } from '@/app/_lib/or-not-found';
import { ConfirmDeleteButton } from '@/app/_components/confirm-delete-button';
import { practiceHref } from '@/app/_components/practice/practice-link';
import { PracticeSummary } from '@/app/_components/practice/practice-summary';
import { OlderSessions } from '@/app/sessions/_components/older-sessions';
import { SessionRow } from '@/app/sessions/_components/session-row';
import { parseTrendRange } from '@/lib/trends/range';
import { TrendsView } from '@/app/trends/_components/trends-view';
import { CopyButton } from '../_components/copy-button';
import { PracticeEditor } from '../_components/practice-editor';
import '@/app/sessions/_components/sessions.css';
import '../_components/clients.css';

type Query = Record<string, string | string[] | undefined>;

export default async function ClientPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Query> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const range = parseTrendRange(query.days) ?? defaultTrendRange;
  const { viewer, session } = await requireViewer(`/clients/${encodeURIComponent(id)}`);
  if (viewer.role !== 'practitioner') notFound();
  // Each read is checked (and logged for the client) on the server; not linked looks like not there.
  const client = await orNotFound(getClient(viewer, id));
  const [t, format, { rows: sessions, next }, trends] = await Promise.all([
    getTranslations('practitioners'),
    getFormatter(),
    orNotFound(listClientSessions(viewer, client.id, { limit: getServerEnv().sessionsPageSize })),
    orNotFound(getClientTrends(viewer, client.id, { days: range })),
  ]);
  const { link, prescription } = client;
  const tLive = await getTranslations('liveShare');
  const base = `/clients/${encodeURIComponent(client.id)}`;
  const practice = prescription ? { protocol: prescription.protocol, timesPerWeek: prescription.timesPerWeek, minutesPerSession: prescription.minutesPerSession } : null;
  // Absolute, so the copied link works when sent by mail or message.
  const practiceUrl = practice ? `${getServerEnv().baseUrl}${practiceHref(practice.protocol)}` : null;
  return (
    <>
      <Link href="/clients" className="back-link">
        {t('client.back')}
      </Link>
      <h1 data-testid="client-name">{client.name}</h1>
      <p className="hint client-facts">
        {t('client.linkedSince', { date: format.dateTime(new Date(link.acceptedAt), { dateStyle: 'long' }) })} ·{' '}
        {t('client.shares', { share: t(`share.${link.share}`) })}
      </p>
      <p>
        <Link href={`${base}/live`} className="button" data-testid="client-live-link">
          {tLive('clientLink')}
        </Link>
      </p>

      <section className="card" aria-labelledby="client-sessions-heading" data-testid="client-sessions">
        <h2 id="client-sessions-heading">{t('client.sessionsHeading')}</h2>
        {sessions.length === 0 ? (
          <p className="hint" data-testid="client-sessions-empty">
            {t('client.sessionsEmpty')}
          </p>
        ) : (
          <>
            <ol className="session-list" data-testid="session-list">
              {sessions.map((s) => (
                <SessionRow key={s.id} session={s} href={`${base}/sessions/${encodeURIComponent(s.id)}`} />
              ))}
            </ol>
            <OlderSessions initialCursor={next ? encodeSessionCursor(next) : null} listPath={`/api${base}/sessions`} rowPath={`${base}/sessions`} />
          </>
        )}
      </section>

      <section className="card" aria-labelledby="client-practice-heading" data-testid="client-practice-card">
        <h2 id="client-practice-heading">{t('practice.heading')}</h2>
        <p>{t('practice.intro', { name: client.name, practitioner: session.user.name })}</p>
        {practice ? (
          <div className="practice-current" data-testid="practice-current">
            <p>
              <strong>{t('practice.current')}: </strong>
              <PracticeSummary practice={practice} />
            </p>
            <p className="hint">{t('practice.linkBody')}</p>
            <div className="practice-link-row">
              <code className="practice-link" data-testid="practice-link">
                {practiceUrl}
              </code>
              <CopyButton text={practiceUrl ?? ''} label={t('practice.copyLink')} copiedLabel={t('practice.copied')} failedLabel={t('invite.copyFailed')} testId="copy-practice-link" />
            </div>
          </div>
        ) : (
          <p className="hint" data-testid="practice-none">
            {t('practice.none')}
          </p>
        )}
        <PracticeEditor clientId={client.id} clientName={client.name} current={practice} />
      </section>

      <h2 className="section-heading">{t('client.trendsHeading')}</h2>
      <TrendsView trends={trends} range={range} client={{ name: client.name, rangePath: base, sessionsPath: `${base}/sessions` }} />

      <section className="card" aria-labelledby="end-link-heading">
          <h2 id="end-link-heading">{t('client.endHeading')}</h2>
          <p>{t('client.endBody', { name: client.name })}</p>
          <ConfirmDeleteButton
            url={`/api/links/${encodeURIComponent(link.id)}`}
            then="/clients"
            testId="end-link"
            labels={{
              button: t('client.end'),
              question: t('client.endQuestion', { name: client.name }),
              confirm: t('client.endConfirm'),
              cancel: t('client.endCancel'),
              busy: t('client.ending'),
              failed: t('client.endFailed'),
            }}
          />
        </section>
    </>
  );
}
