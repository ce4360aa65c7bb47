import { useTranslations } from 'next-intl';
import { defaultPracticeS } from '@/lib/session/practice/practices';
import { practiceIds, type PracticeId } from '@/lib/session/protocol/record';
import styles from './setup.module.css';

export type SessionChoice = 'breathing' | 'deep-rest';

/** Paced breathing or a deep-rest practice: two calm pills, arrow keys move between them. */
export function KindSwitch({ name, value, onChange }: { name: string; value: SessionChoice; onChange: (kind: SessionChoice) => void }) {
  const t = useTranslations('practice.setup');
  return (
    <fieldset className={`${styles.group} ${styles.kinds}`}>
      <legend className="visually-hidden">{t('kind')}</legend>
      {(['breathing', 'deep-rest'] as const).map((kind) => (
        <label key={kind} className={styles.kind}>
          <input type="radio" name={`${name}-kind`} value={kind} checked={value === kind} onChange={() => onChange(kind)} data-testid={`kind-${kind}`} />
          <span>{t(`kinds.${kind}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The four practices as tiles, like the rhythms: name, then what it is and how long in one short line. */
export function PracticeTiles({ name, value, onChange }: { name: string; value: PracticeId; onChange: (practice: PracticeId) => void }) {
  const t = useTranslations('practice');
  return (
    <fieldset className={styles.group}>
      <legend>{t('setup.practice')}</legend>
      <div className={`${styles.tiles} ${styles.practiceTiles}`}>
        {practiceIds.map((practice) => (
          <label key={practice} className={styles.tile}>
            <input type="radio" name={`${name}-practice`} value={practice} checked={value === practice} onChange={() => onChange(practice)} data-testid={`practice-${practice}`} />
            <span className={styles.tileName}>{t(`names.${practice}`)}</span>
            <span className={styles.tileHint}>{t(`hints.${practice}`, { minutes: Math.round(defaultPracticeS(practice) / 60) })}</span>
            <span className={styles.tileCheck} aria-hidden="true" />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
