'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { CartesianGrid, ComposedChart, Line, ReferenceArea, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import type { PhaseName } from '@/lib/hrv';
import type { SessionView } from '@/lib/session/summary/session-view';

const phaseFill: Record<PhaseName, string> = {
  baseline: 'var(--surface-muted)',
  breathing: 'var(--inhale)',
  recovery: 'var(--exhale)',
};

const toMin = (tS: number) => Math.round((tS / 60) * 1000) / 1000;
// Whole tens of bpm around the data, so the axis reads 50, 60, 70 rather than 58, 73.
const hrDomain: [(min: number) => number, (max: number) => number] = [
  (min) => Math.floor((min - 2) / 10) * 10,
  (max) => Math.ceil((max + 2) / 10) * 10,
];

/** The whole session: HR per beat (left axis) and rolling 60-s RMSSD (right axis) over phase shading. */
export function SessionChart({ view }: { view: SessionView }) {
  const t = useTranslations('summary');
  const format = useFormatter();
  // Axis ticks and tooltip values in the reader's locale (a decimal comma in Dutch), like the tables.
  const tick = (v: number) => format.number(v, { maximumFractionDigits: 1 });
  const { data, artifacts } = useMemo(
    () => ({
      data: view.points.map((p) => ({ tMin: toMin(p.tS), hrBpm: p.hrBpm, rmssdMs: p.rmssdMs })),
      artifacts: view.artifacts.map((a) => ({ tMin: toMin(a.tS), hrBpm: a.hrBpm })),
    }),
    [view],
  );
  const endMin = toMin(Math.max(view.durationS, view.points[view.points.length - 1]?.tS ?? 0));
  const hasPoints = data.some((d) => d.hrBpm !== null);

  return (
    <section className="card chart-card" aria-labelledby="summary-chart-heading">
      <h2 id="summary-chart-heading">{t('chart.heading')}</h2>
      <p className="hint" id="summary-chart-description">
        {t('chart.description')}
      </p>
      {!hasPoints ? (
        <p className="hint">{t('chart.empty')}</p>
      ) : (
        <div
          className="chart"
          role="img"
          aria-describedby="summary-chart-description"
          data-testid="summary-chart"
          data-points={data.length}
          data-artifacts={artifacts.length}
          data-gaps={view.gapSpans.length}
        >
          <ResponsiveContainer width="100%" height={300}>
            <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 16, left: 0 }}>
              {view.phaseSpans.map((span) => (
                <ReferenceArea key={`${span.phase}-${span.startS}`} yAxisId="hr" x1={toMin(span.startS)} x2={toMin(span.endS)} fill={phaseFill[span.phase]} fillOpacity={0.8} ifOverflow="hidden" />
              ))}
              {view.gapSpans.map((span) => (
                <ReferenceArea
                  key={`${span.kind}-${span.startS}`}
                  yAxisId="hr"
                  x1={toMin(span.startS)}
                  x2={toMin(Math.max(span.endS, span.startS + 0.5))}
                  fill={span.kind === 'gap' ? 'var(--danger-soft)' : 'var(--warning-soft)'}
                  stroke={span.kind === 'gap' ? 'var(--danger)' : 'var(--warning)'}
                  strokeDasharray="3 3"
                  ifOverflow="hidden"
                />
              ))}
              <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" />
              <XAxis dataKey="tMin" type="number" domain={[0, endMin]} stroke="var(--text-muted)" tickFormatter={tick} />
              <YAxis yAxisId="hr" domain={hrDomain} allowDecimals={false} width={40} stroke="var(--accent)" tickFormatter={tick} />
              <YAxis yAxisId="rmssd" orientation="right" domain={[0, 'auto']} allowDecimals={false} width={44} stroke="var(--text-muted)" tickFormatter={tick} />
              <Tooltip
                contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }}
                formatter={(value) => (typeof value === 'number' ? tick(value) : value)}
                labelFormatter={(label) => (typeof label === 'number' ? tick(label) : label)}
              />
              <Line yAxisId="hr" name={t('chart.hr')} dataKey="hrBpm" stroke="var(--accent)" strokeWidth={1.5} dot={false} isAnimationActive={false} />
              <Line yAxisId="rmssd" name={t('chart.rmssd')} dataKey="rmssdMs" stroke="var(--text-muted)" strokeWidth={2} strokeDasharray="6 3" dot={false} isAnimationActive={false} />
              {/* An empty `data` makes recharts fall back to the chart's own data: every beat would look flagged. */}
              {artifacts.length > 0 ? (
                <Scatter yAxisId="hr" name={t('chart.artifacts', { count: artifacts.length })} data={artifacts} dataKey="hrBpm" fill="var(--danger)" isAnimationActive={false} />
              ) : null}
            </ComposedChart>
          </ResponsiveContainer>
          <p className="chart-legend summary-legend">
            <span className="legend-hr">{t('chart.hr')}</span>
            <span className="legend-rmssd">{t('chart.rmssd')}</span>
            {artifacts.length > 0 ? <span className="legend-artifact">{t('chart.artifacts', { count: artifacts.length })}</span> : null}
            {view.gapSpans.some((g) => g.kind === 'gap') ? <span className="legend-gap">{t('chart.gap')}</span> : null}
            {view.gapSpans.some((g) => g.kind === 'pause') ? <span className="legend-pause">{t('chart.pause')}</span> : null}
          </p>
          <p className="chart-legend summary-legend">
            {view.phaseSpans.map((span) => (
              <span key={`${span.phase}-${span.startS}`} className={`legend-phase legend-phase-${span.phase}`}>
                {t(`phaseNames.${span.phase}`)}
              </span>
            ))}
            <span>{t('chart.time')}</span>
          </p>
        </div>
      )}
    </section>
  );
}
