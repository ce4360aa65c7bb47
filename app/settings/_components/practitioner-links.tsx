import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { Viewer } from '@/db/viewer';
import { listAccessLog } from '@/server/practitioners/access-log';
import { listLinks } from '@/server/practitioners/links';
import { ConfirmDeleteButton } from '@/app/_components/confirm-delete-button';
import '@/app/sessions/_components/sessions.css';
import './practitioner-links.css';

/**
 * Settings' part about sharing: each practitioner the person is linked with (what they see, since when,
 * revoke at once) and the log of every time one of them looked. `justLinked` is the link accepted a
 * moment ago, greeted once.
 */
export async function PractitionerLinks({ viewer, justLinked }: { viewer: Viewer; justLinked: string | null }) {
  const [t, format, { links }, { entries }] = await Promise.all([
    getTranslations('practitioners'),
    getFormatter(),
    listLinks(viewer),
    listAccessLog(viewer),
  ]);
  const mine = links.filter((link) => link.side === 'client');
  const greeted = mine.find((link) => link.id === justLinked);
  const when = (at: Date | string) => format.dateTime(new Date(at), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <section className="card" id="practitioners" aria-labelledby="practitioners-heading" data-testid="practitioner-links">
        <h2 id="practitioners-heading">{t('settings.heading')}</h2>
        {greeted ? (
          <p className="notice" role="status" data-testid="link-accepted">
            {t('acceptInvite.accepted', { name: greeted.practitioner.name })}
          </p>
        ) : null}
        <p>{t('settings.intro')}</p>
        {mine.length === 0 ? (
          <p className="hint" data-testid="practitioner-links-empty">
            {t('settings.empty')}
          </p>
        ) : (
          <ul className="link-list">
            {mine.map((link) => (
              <li key={link.id} className="link-item" data-testid="practitioner-link" data-link-id={link.id}>
                <div>
                  <strong>{link.practitioner.name}</strong>
                  <span className="hint">
                    {t(`share.${link.share}`)} · {t('settings.since', { date: format.dateTime(new Date(link.acceptedAt), { dateStyle: 'long' }) })}
                  </span>
                </div>
                <ConfirmDeleteButton
                  url={`/api/links/${encodeURIComponent(link.id)}`}
                  testId="revoke-link"
                  labels={{
                    button: t('settings.revoke'),
                    question: t('settings.revokeQuestion', { name: link.practitioner.name }),
                    confirm: t('settings.revokeConfirm'),
                    cancel: t('settings.revokeCancel'),
                    busy: t('settings.revoking'),
                    failed: t('settings.revokeFailed'),
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="access-log-heading" data-testid="access-log">
        <h2 id="access-log-heading">{t('settings.logHeading')}</h2>
        <p className="hint">{t('settings.logIntro')}</p>
        {entries.length === 0 ? (
          <p data-testid="access-log-empty">{t('settings.logEmpty')}</p>
        ) : (
          <div className="access-log-scroll">
            <table className="access-log-table">
              <thead>
                <tr>
                  <th scope="col">{t('settings.logWhen')}</th>
                  <th scope="col">{t('settings.logWho')}</th>
                  <th scope="col">{t('settings.logWhat')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry, index) => (
                  <tr key={`${String(entry.at)}-${index}`} data-testid="access-log-entry" data-what={entry.what}>
                    <td>
                      <time dateTime={new Date(entry.at).toISOString()}>{when(entry.at)}</time>
                    </td>
                    <td>{entry.practitioner ? entry.practitioner.name : t('settings.formerPractitioner')}</td>
                    <td>
                      {entry.what === 'session' && entry.sessionId && entry.sessionStartedAt ? (
                        <Link href={`/sessions/${entry.sessionId}`}>
                          {t('settings.what.sessionOf', { date: format.dateTime(new Date(entry.sessionStartedAt), { dateStyle: 'medium', timeStyle: 'short' }) })}
                        </Link>
                      ) : (
                        t(`settings.what.${entry.what}`)
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
