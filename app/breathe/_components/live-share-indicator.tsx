import { useFormatter, useTranslations } from 'next-intl';
import type { LiveShareState } from './use-live-share';
import './live-share.css';

/** A quiet line in the session: who can follow along, and a way to stop; the session never depends on it. */
export function LiveShareIndicator({ names, state, onStop }: { names: readonly string[]; state: LiveShareState; onStop: () => void }) {
  const t = useTranslations('liveShare.run');
  const format = useFormatter();
  const who = format.list(names, { type: 'conjunction' });
  return (
    <div className="live-share-indicator" data-testid="live-share-status" data-state={state} role="status">
      <span className="live-share-dot" aria-hidden="true" />
      <span>{state === 'stopped' ? t('stopped') : state === 'waiting' ? t('waiting') : t('sharing', { names: who })}</span>
      {state !== 'stopped' ? (
        <button type="button" className="button button-quiet" data-testid="stop-live-share" onClick={onStop}>
          {t('stop')}
        </button>
      ) : null}
    </div>
  );
}
