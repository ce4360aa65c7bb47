import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { LIVE_WINDOW_MS, type LiveBeat } from '@/lib/live-share/live-share-types';

const windowS = LIVE_WINDOW_MS / 1000;

/** Heart rate beat by beat over the last three minutes; x is seconds before the newest beat. No animation: it redraws every second. */
export function LiveFollowChart({ beats }: { beats: readonly LiveBeat[] }) {
  const t = useTranslations('liveShare.follow');
  const data = useMemo(() => {
    const lastMs = beats[beats.length - 1]?.tMs ?? 0;
    return beats.map((b) => ({ tS: Math.round((b.tMs - lastMs) / 100) / 10, hrBpm: Math.round(600_000 / b.rrMs) / 10 }));
  }, [beats]);
  return (
    <section className="card chart-card" aria-labelledby="live-follow-chart-heading">
      <h2 id="live-follow-chart-heading">{t('chartHeading')}</h2>
      {data.length < 2 ? (
        <p className="hint">{t('chartEmpty')}</p>
      ) : (
        <div className="chart" data-testid="live-remote-chart" data-points={data.length} role="img" aria-label={t('chartHr')}>
          <ResponsiveContainer width="100%" height={220}>
            <LineChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
              <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" />
              <XAxis dataKey="tS" type="number" domain={[-windowS, 0]} ticks={[-180, -120, -60, 0]} stroke="var(--text-muted)" />
              <YAxis domain={['dataMin - 5', 'dataMax + 5']} allowDecimals={false} width={40} stroke="var(--accent)" />
              <Line dataKey="hrBpm" stroke="var(--accent)" strokeWidth={2} dot={false} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
          <p className="chart-legend">
            <span className="legend-hr">{t('chartHr')}</span> · {t('chartTime')}
          </p>
        </div>
      )}
    </section>
  );
}
