'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { CartesianGrid, ComposedChart, Line, ReferenceArea, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import type { PhaseName } from '@/lib/hrv';
import type { SessionView } from '@/lib/session/summary/session-view';
import { formatMinSec } from '@/lib/session/protocol/duration-text';
import { usePhaseName } from './use-phase-name';

const phaseFill: Record<PhaseName, string> = {
  baseline: 'var(--surface-muted)',
  breathing: 'var(--inhale)',
  recovery: 'var(--exhale)',
};

const toS = (tS: number) => Math.round(tS * 10) / 10;

/** At most about eight ticks on round times, so the axis reads 0:00, 2:00, 4:00 (or 0:00, 0:05 for a short one). */
function timeTicks(endS: number): number[] {
  const stepS = [5, 10, 15, 30, 60, 120, 300, 600, 1200].find((step) => endS / step <= 8) ?? 1800;
  const ticks: number[] = [];
  for (let t = 0; t <= endS; t += stepS) ticks.push(t);
  return ticks;
}
// Whole tens of bpm around the data, so the axis reads 50, 60, 70 rather than 58, 73.
const hrDomain: [(min: number) => number, (max: number) => number] = [
  (min) => Math.floor((min - 2) / 10) * 10,
  (max) => Math.ceil((max + 2) / 10) * 10,
];

/** The whole session: HR per beat (left axis) and rolling 60-s RMSSD (right axis) over phase shading. */
export function SessionChart({ view }: { view: SessionView }) {
  const t = useTranslations('summary');
  const phaseName = usePhaseName(view.practice);
  const format = useFormatter();
  // Axis ticks and tooltip values in the reader's locale (a decimal comma in Dutch), like the tables.
  const tick = (v: number) => format.number(v, { maximumFractionDigits: 1 });
  const { data, artifacts } = useMemo(
    () => ({
      data: view.points.map((p) => ({ tS: toS(p.tS), hrBpm: p.hrBpm, rmssdMs: p.rmssdMs })),
      artifacts: view.artifacts.map((a) => ({ tS: toS(a.tS), hrBpm: a.hrBpm })),
    }),
    [view],
  );
  const endS = toS(Math.max(view.durationS, view.points[view.points.length - 1]?.tS ?? 0));
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
        // A figure named by the section's heading: the SVG itself is not a tab stop (accessibilityLayer off),
        // and the numbers it draws are in the phase table below.
        <figure
          className="chart"
          aria-labelledby="summary-chart-heading"
          aria-describedby="summary-chart-description"
          data-testid="summary-chart"
          data-points={data.length}
          data-artifacts={artifacts.length}
          data-gaps={view.gapSpans.length}
        >
          <ResponsiveContainer width="100%" height={300}>
            <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 24, left: 8 }} accessibilityLayer={false}>
              {view.phaseSpans.map((span) => (
                <ReferenceArea
                  key={`${span.phase}-${span.startS}`}
                  yAxisId="hr"
                  x1={toS(span.startS)}
                  x2={toS(span.endS)}
                  fill={phaseFill[span.phase]}
                  fillOpacity={0.8}
                  ifOverflow="hidden"
                  label={{ value: phaseName(span.phase, 'short'), position: 'insideTop', fill: 'var(--text-muted)', fontSize: 12 }}
                />
              ))}
              {view.gapSpans.map((span) => (
                <ReferenceArea
                  key={`${span.kind}-${span.startS}`}
                  yAxisId="hr"
                  x1={toS(span.startS)}
                  x2={toS(Math.max(span.endS, span.startS + 0.5))}
                  fill={span.kind === 'gap' ? 'var(--danger-soft)' : 'var(--warning-soft)'}
                  stroke={span.kind === 'gap' ? 'var(--danger)' : 'var(--warning)'}
                  strokeDasharray="3 3"
                  ifOverflow="hidden"
                />
              ))}
              <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" />
              <XAxis
                dataKey="tS"
                type="number"
                domain={[0, endS]}
                ticks={timeTicks(endS)}
                stroke="var(--text-muted)"
                tickFormatter={formatMinSec}
                label={{ value: t('chart.time'), position: 'insideBottom', offset: -16, fill: 'var(--text-muted)', fontSize: 13 }}
              />
              <YAxis
                yAxisId="hr"
                domain={hrDomain}
                allowDecimals={false}
                width={56}
                stroke="var(--accent)"
                tickFormatter={tick}
                label={{ value: t('chart.hrAxis'), angle: -90, position: 'insideLeft', fill: 'var(--accent)', fontSize: 13, style: { textAnchor: 'middle' } }}
              />
              <YAxis
                yAxisId="rmssd"
                orientation="right"
                domain={[0, 'auto']}
                allowDecimals={false}
                width={60}
                stroke="var(--text-muted)"
                tickFormatter={tick}
                label={{ value: t('chart.rmssdAxis'), angle: 90, position: 'insideRight', fill: 'var(--text-muted)', fontSize: 13, style: { textAnchor: 'middle' } }}
              />
              <Tooltip
                contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }}
                formatter={(value) => (typeof value === 'number' ? tick(value) : value)}
                labelFormatter={(label) => (typeof label === 'number' ? formatMinSec(label) : label)}
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
                {phaseName(span.phase)}
              </span>
            ))}
          </p>
        </figure>
      )}
    </section>
  );
}
