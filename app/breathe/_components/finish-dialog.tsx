import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import styles from './session.module.css';

interface Props {
  open: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * "Finish now?" as a modal dialog: the browser keeps focus inside it and Escape cancels. The session runs
 * on underneath; cancelling changes nothing.
 */
export function FinishDialog({ open, onConfirm, onCancel }: Props) {
  const t = useTranslations('session.run');
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // The safe choice has the focus: Enter or Space by habit keeps the session going.
      cancelRef.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className={styles.dialog} aria-labelledby="finish-dialog-heading" onCancel={onCancel} data-testid="finish-dialog">
      <h2 id="finish-dialog-heading">{t('finishConfirmHeading')}</h2>
      <p>{t('finishConfirmText')}</p>
      <div className="actions">
        <button type="button" className="button button-primary" data-testid="confirm-finish" onClick={onConfirm}>
          {t('finishConfirm')}
        </button>
        <button type="button" className="button" data-testid="cancel-finish" onClick={onCancel} ref={cancelRef}>
          {t('finishCancel')}
        </button>
      </div>
    </dialog>
  );
}
