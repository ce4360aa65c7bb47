import { useFormatter, useTranslations } from 'next-intl';
import './live-share.css';

/** The set-up's choice to share this one session live with the person's practitioners; off by default. */
export function ShareLiveOption({ names, checked, onChange }: { names: readonly string[]; checked: boolean; onChange: (checked: boolean) => void }) {
  const t = useTranslations('liveShare.setup');
  const format = useFormatter();
  const who = format.list(names, { type: 'conjunction' });
  return (
    <div className="share-live-option">
      <label>
        <input type="checkbox" data-testid="share-live" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby="share-live-hint" />
        <span>{t('label', { names: who })}</span>
      </label>
      <p className="hint" id="share-live-hint">
        {t('hint', { names: who })}
      </p>
    </div>
  );
}
