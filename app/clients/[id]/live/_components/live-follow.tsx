'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { LIVE_STALE_MS, type LiveRhythm } from '@/lib/live-share/live-share-types';
import { LiveFollowChart } from './live-follow-chart';
import { useLiveFollow } from './use-live-follow';
import './live-follow.css';

/** The practitioner's live view: waiting → live → ended, the last beat's numbers, the phase and rhythm, how fresh it is. */
export function LiveFollow({ clientId, clientName }: { clientId: string; clientName: string }) {
  const t = useTranslations('liveShare.follow');
  const practiceName = useTranslations('practice.names');
  const format = useFormatter();
  const { status, view, gone, ageS } = useLiveFollow(clientId);
  const live = status === 'live' && view ? view : null;
  const stale = live !== null && ageS !== null && ageS * 1000 >= LIVE_STALE_MS;
  const statusText = gone ? t('status.gone', { name: clientName }) : status === 'waiting' ? t('status.waiting', { name: clientName }) : t(`status.${status}`);

  const rhythmText = (r: LiveRhythm) => {
    const parts = [t('rhythmIn', { s: format.number(r.inhaleS) })];
    if (r.holdInS > 0) parts.push(t('rhythmHold', { s: format.number(r.holdInS) }));
    parts.push(t('rhythmOut', { s: format.number(r.exhaleS) }));
    if (r.holdOutS > 0) parts.push(t('rhythmHold', { s: format.number(r.holdOutS) }));
    const bpm = 60 / (r.inhaleS + r.holdInS + r.exhaleS + r.holdOutS);
    return `${parts.join(' · ')} (${t('bpm', { bpm: format.number(bpm, { maximumFractionDigits: 1 }) })})`;
  };

  return (
    <>
      <section className="card live-follow" aria-label={t('heading', { name: clientName })}>
        <p className="live-follow-status" data-testid="live-remote-status" data-status={status} data-stale={stale} role="status">
          <span className="live-follow-dot" aria-hidden="true" />
          {statusText}
        </p>
        {live ? (
          <>
            <dl className="live-follow-figures">
              <div>
                <dt>{t('hr')}</dt>
                <dd>
                  <span className="live-follow-value" data-testid="live-remote-hr" data-value={live.hrBpm ?? ''}>
                    {live.hrBpm ?? t('noValue')}
                  </span>
                  <span className="hint">{t('hrWindow')}</span>
                </dd>
              </div>
              <div>
                <dt>{t('rr')}</dt>
                <dd>
                  <span className="live-follow-value" data-testid="live-remote-rr" data-value={live.lastRrMs ?? ''}>
                    {live.lastRrMs ?? t('noValue')}
                  </span>
                  <span className="hint">{t('rrWindow')}</span>
                </dd>
              </div>
              <div>
                <dt>{t('phase')}</dt>
                <dd>
                  <span className="live-follow-phase" data-testid="live-remote-phase" data-phase={live.phase ?? ''} data-paused={live.paused}>
                    {live.phase === 'breathing' && live.rhythm.practice ? practiceName(live.rhythm.practice) : t(`phases.${live.phase ?? 'none'}`)}
                    {live.paused ? ` · ${t('paused')}` : ''}
                  </span>
                  <span className="hint" data-testid="live-remote-rhythm">
                    {live.rhythm.practice ? `${t('practice')}: ${practiceName(live.rhythm.practice)}` : `${t('rhythm')}: ${rhythmText(live.rhythm)}`}
                  </span>
                </dd>
              </div>
            </dl>
            {live.lastBeatIrregular ? (
              <p className="notice" data-testid="live-remote-irregular">
                {t('irregular')}
              </p>
            ) : null}
            <p className={stale ? 'notice' : 'hint'} data-testid="live-remote-freshness" data-stale={stale}>
              {stale ? t('lost', { seconds: ageS ?? 0, name: clientName }) : t('updated', { seconds: ageS ?? 0 })}
            </p>
          </>
        ) : null}
      </section>
      {live ? <LiveFollowChart beats={live.beats} /> : null}
    </>
  );
}
