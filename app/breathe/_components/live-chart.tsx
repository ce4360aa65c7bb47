import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LiveBeat } from '@/lib/live/live-strap-store';

/** HR (from each RR) and RR over the last two minutes; x is seconds before the newest beat. */
export function LiveChart({ beats }: { beats: readonly LiveBeat[] }) {
  const t = useTranslations('breathe.live');
  const data = useMemo(() => {
    const lastMs = beats[beats.length - 1]?.tMs ?? 0;
    return beats.map((beat) => ({
      tS: Math.round((beat.tMs - lastMs) / 100) / 10,
      hrBpm: Math.round(600000 / beat.rrMs) / 10,
      rrMs: Math.round(beat.rrMs),
    }));
  }, [beats]);

  return (
    <section className="card chart-card" aria-labelledby="chart-heading">
      <h2 id="chart-heading">{t('chartHeading')}</h2>
      {data.length < 2 ? (
        <p className="hint">{t('chartEmpty')}</p>
      ) : (
        <div className="chart" data-testid="live-chart" data-points={data.length}>
          <ResponsiveContainer width="100%" height={260}>
            <LineChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
              <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" />
              <XAxis dataKey="tS" type="number" domain={[-120, 0]} ticks={[-120, -90, -60, -30, 0]} stroke="var(--text-muted)" />
              <YAxis yAxisId="hr" domain={['dataMin - 5', 'dataMax + 5']} allowDecimals={false} width={40} stroke="var(--accent)" />
              <YAxis yAxisId="rr" orientation="right" domain={['dataMin - 50', 'dataMax + 50']} allowDecimals={false} width={48} stroke="var(--text-muted)" />
              <Tooltip contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }} />
              <Line yAxisId="hr" name={t('chartHr')} dataKey="hrBpm" stroke="var(--accent)" strokeWidth={2} dot={false} isAnimationActive={false} />
              <Line yAxisId="rr" name={t('chartRr')} dataKey="rrMs" stroke="var(--text-muted)" strokeWidth={1} dot={false} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
          <p className="chart-legend">
            <span className="legend-hr">{t('chartHr')}</span>
            <span className="legend-rr">{t('chartRr')}</span>
          </p>
        </div>
      )}
    </section>
  );
}
