import { useTranslations } from 'next-intl';
import { formatMinSec } from '@/lib/session/protocol/duration-text';
import { defaultPracticeS } from '@/lib/session/practice/practices';
import type { BreathingProtocol, PracticeId } from '@/lib/session/protocol/record';
import styles from './setup.module.css';

/** What the chosen practice is, in one line, and how long the whole session takes. */
export function PracticePlan({ protocol, totalS }: { protocol: BreathingProtocol & { practice: PracticeId }; totalS: number }) {
  const t = useTranslations('practice');
  const naturalS = defaultPracticeS(protocol.practice);
  // Quiet rest has no pace of its own; a script run at another length says so, so nobody wonders why it hurries.
  const scaled = protocol.practice !== 'quiet' && Math.round(protocol.breathingS) !== naturalS;
  return (
    <p className={styles.plan} data-testid="practice-plan" data-practice={protocol.practice}>
      {t('setup.plan', { description: t(`descriptions.${protocol.practice}`), total: formatMinSec(totalS) })}
      {scaled ? <> {t('setup.scaled')}</> : null}
    </p>
  );
}
