import { useTranslations } from 'next-intl';
import Link from 'next/link';
import type { JournalSession } from '@/lib/session/journal/journal-types';

/** Where the session is kept now: the account, this browser (guest or waiting to retry), or refused with a reason. */
export function SaveStatus({ session }: { session: JournalSession }) {
  const t = useTranslations('session.save');
  const { upload } = session;
  const retrying = upload.status === 'pending' && upload.attempts > 0;
  return (
    <div data-testid="save-status" data-status={retrying ? 'retrying' : upload.status}>
      {upload.status === 'local' ? (
        <div className="notice" data-testid="guest-note">
          <p>
            <strong>{t('guest')}</strong>
          </p>
          <p className="actions">
            <Link href="/sign-up?next=/breathe" className="button button-primary" data-testid="guest-sign-up">
              {t('signUp')}
            </Link>
            <Link href="/sign-in?next=/breathe" className="button" data-testid="guest-sign-in">
              {t('signIn')}
            </Link>
          </p>
        </div>
      ) : upload.status === 'done' ? (
        <p className="notice">{t('saved')}</p>
      ) : upload.status === 'failed' ? (
        <p className="form-error" role="alert">
          {t('failed', { reason: upload.error?.message ?? '' })}
        </p>
      ) : upload.status === 'needs-sign-in' ? (
        <p className="notice">{t('needsSignIn')}</p>
      ) : (
        <p className="hint" role="status">
          {retrying ? t('retrying') : t('saving')}
        </p>
      )}
    </div>
  );
}
