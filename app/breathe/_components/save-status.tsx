import { useTranslations } from 'next-intl';
import Link from 'next/link';
import type { JournalErrorCode } from '@/lib/session/journal/journal-error';
import type { JournalSession } from '@/lib/session/journal/journal-types';
import { StorageAlert } from './storage-alert';

interface Props {
  session: JournalSession;
  /** Why the browser is not keeping this session (it lives in this tab only): no line may then say "kept in this browser". */
  storage: JournalErrorCode | null;
}

const knownReasons = ['invalid-session', 'payload-too-large', 'invalid-json', 'unsupported-media-type'] as const;
type KnownReason = (typeof knownReasons)[number];
const isKnownReason = (code: string | undefined): code is KnownReason => (knownReasons as readonly string[]).includes(code ?? '');

/** Where the session is kept now: the account, this browser (guest or waiting to retry), or refused with a reason. */
export function SaveStatus({ session, storage }: Props) {
  const t = useTranslations('session.save');
  const { upload } = session;
  const retrying = upload.status === 'pending' && upload.attempts > 0;
  // Once the account has it, where else it is kept no longer matters.
  const tabOnly = upload.status === 'done' ? null : storage;
  const inTabOnly = tabOnly !== null;
  // The server's code, said in the reader's language (its own message is English, for the log).
  const code = upload.error?.code;
  const reason = isKnownReason(code) ? t(`reasons.${code}`) : t('reasons.other', { code: code ?? '?' });
  return (
    <div data-testid="save-status" data-status={retrying ? 'retrying' : upload.status} data-kept={inTabOnly ? 'tab' : 'browser'}>
      {tabOnly ? <StorageAlert code={tabOnly} moment="outcome" /> : null}
      {upload.status === 'local' ? (
        <div className="notice" data-testid="guest-note">
          <p>
            <strong>{inTabOnly ? t('guestNotKept') : t('guest')}</strong>
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
        <p className="form-error" role="alert" data-testid="save-refused" data-code={code}>
          {inTabOnly ? t('failedNotKept', { reason }) : t('failed', { reason })}
        </p>
      ) : upload.status === 'needs-sign-in' ? (
        <p className="notice">{inTabOnly ? t('needsSignInNotKept') : t('needsSignIn')}</p>
      ) : (
        <p className="hint" role="status">
          {retrying ? (inTabOnly ? t('retryingNotKept') : t('retrying')) : t('saving')}
        </p>
      )}
    </div>
  );
}
