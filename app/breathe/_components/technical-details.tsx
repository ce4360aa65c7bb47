import { useTranslations } from 'next-intl';
import type { LiveMetrics, PhaseName } from '@/lib/hrv';
import { LiveNumber } from './live-number';
import { LiveReadouts } from './live-readouts';
import { StrapCard } from './strap-card';
import type { LiveStrapControls } from './use-live-strap';
import styles from './session-live.module.css';

interface Props {
  phase: PhaseName | null;
  metrics: LiveMetrics | null;
  strap: LiveStrapControls;
  beatCount: number;
  inTabOnly: boolean;
  /** False while the strap card is shown in the open (the strap dropped out): one card, not two. */
  showStrap: boolean;
}

/** What a curious person or a support call needs, folded away so the session screen stays quiet. */
export function TechnicalDetails({ phase, metrics, strap, beatCount, inTabOnly, showStrap }: Props) {
  const t = useTranslations('session.run');
  return (
    <details className={`card ${styles.details}`} data-testid="technical-details">
      <summary>{t('technical')}</summary>
      <div className={styles.detailsBody}>
        <div className="readouts">
          <LiveNumber kind={phase === 'breathing' ? 'rmssd' : 'coherence'} metrics={metrics} prominent={false} />
        </div>
        <p className="hint">
          {inTabOnly ? t('beatsInTab') : t('beatsSaved')} <span data-testid="session-beats">{beatCount}</span>
        </p>
        {showStrap ? <StrapCard strap={strap} locked /> : null}
        <LiveReadouts snapshot={strap.snapshot} readouts={false} />
      </div>
    </details>
  );
}
