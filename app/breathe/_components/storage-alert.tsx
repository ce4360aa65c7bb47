import { useTranslations } from 'next-intl';
import type { JournalErrorCode } from '@/lib/session/journal/journal-error';

/** Before a session, during one, or after it: what the recording's fate means differs, the cause does not. */
export type StorageMoment = 'setup' | 'run' | 'outcome';

/**
 * The browser is not keeping the recording: that it is not, what that means for this session, and why
 * (with what to do about it). Always the translated code, never the browser's own error text.
 */
export function StorageAlert({ code, moment }: { code: JournalErrorCode; moment: StorageMoment }) {
  const t = useTranslations('session.storage');
  return (
    <p className="form-error" role="alert" data-testid="storage-alert" data-code={code}>
      <strong>{t(`lead.${moment}`)}</strong> {t(`consequence.${moment}`)} {t(`reason.${code}`)}
    </p>
  );
}
