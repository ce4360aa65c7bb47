'use client';
import { useTranslations } from 'next-intl';
import { ConfirmDeleteButton } from '@/app/_components/confirm-delete-button';

/** Delete with a second, explicit confirmation; afterwards back to the list. */
export function DeleteSessionButton({ sessionId }: { sessionId: string }) {
  const t = useTranslations('sessions.delete');
  return (
    <ConfirmDeleteButton
      url={`/api/sessions/${encodeURIComponent(sessionId)}`}
      then="/sessions"
      testId="delete-session"
      confirmTestId="confirm-delete"
      labels={{ button: t('button'), question: t('question'), confirm: t('confirm'), cancel: t('cancel'), busy: t('deleting'), failed: t('failed') }}
    />
  );
}
