'use client';
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { Bar, CartesianGrid, ComposedChart, Label, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { SegmentedOptions } from '@/app/_components/segmented-options';
import { localeFixed, localeSigned } from '@/app/_components/session-summary/format';
import type { TrendSession } from '@/lib/trends/types';

type Unit = 'ms' | 'ln';
const ln = (v: number | null) => (v !== null && v > 0 ? Math.log(v) : null);

/** Baseline and recovery RMSSD of every breathing session, and the shift between them; click a session to open it. */
export function SessionTrendChart({ sessions, sessionsPath = '/sessions' }: { sessions: TrendSession[]; sessionsPath?: string }) {
  const t = useTranslations('trends.sessions');
  const format = useFormatter();
  const router = useRouter();
  const [unit, setUnit] = useState<Unit>('ms');
  const digits = unit === 'ms' ? 1 : 2;
  const fixed = (v: number) => localeFixed(format.number, v, digits);
  // Axis ticks are round numbers: no trailing zeros (60, not 60,0), at most the values' own digits.
  const tick = (v: number) => format.number(v, { maximumFractionDigits: digits });
  const when = (iso: string) => format.dateTime(new Date(iso), { day: 'numeric', month: 'short' });
  const breathing = useMemo(() => sessions.filter((s) => s.kind === 'breathing'), [sessions]);
  const data = useMemo(
    () =>
      breathing.map((s) => ({
        id: s.id,
        label: when(s.startedAt),
        baseline: unit === 'ms' ? s.baselineRmssdMs : ln(s.baselineRmssdMs),
        recovery: unit === 'ms' ? s.recoveryRmssdMs : ln(s.recoveryRmssdMs),
        shift: unit === 'ms' ? s.shiftRmssdMs : s.shiftLnRmssd,
        session: s,
      })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `when` only depends on the formatter
    [breathing, unit, format],
  );
  const unitName = t(`unit.${unit}`);
  if (breathing.length === 0) {
    return (
      <section className="card" aria-labelledby="trend-sessions-heading" data-testid="trend-sessions">
        <h2 id="trend-sessions-heading">{t('heading')}</h2>
        <p className="hint">{t('empty')}</p>
      </section>
    );
  }
  return (
    <section className="card chart-card" aria-labelledby="trend-sessions-heading" data-testid="trend-sessions">
      <div className="trend-card-head">
        <h2 id="trend-sessions-heading">{t('heading')}</h2>
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('unitLegend')}</legend>
          <SegmentedOptions name="trend-unit" options={(['ms', 'ln'] as const).map((u) => ({ value: u, label: t(`unit.${u}`) }))} value={unit} onChange={setUnit} testId={(u) => `trend-unit-${u}`} />
        </fieldset>
      </div>
      <p className="hint">{t('description', { unit: unitName })}</p>
      <div className="chart" role="img" aria-label={t('aria', { count: breathing.length, unit: unitName })} data-testid="trend-sessions-chart">
        <ResponsiveContainer width="100%" height={260}>
          <ComposedChart
            data={data}
            margin={{ top: 8, right: 12, bottom: 24, left: 8 }}
            onClick={(state) => {
              const index = Number(state?.activeTooltipIndex ?? NaN);
              const id = Number.isInteger(index) ? data[index]?.id : undefined;
              if (id) router.push(`${sessionsPath}/${id}`);
            }}
            style={{ cursor: 'pointer' }}
          >
            <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" />
            <XAxis dataKey="label" stroke="var(--text-muted)" minTickGap={16}>
              <Label value={t('xAxis')} position="insideBottom" offset={-14} fill="var(--text-muted)" />
            </XAxis>
            <YAxis domain={['auto', 'auto']} width={56} stroke="var(--text-muted)" tickFormatter={tick}>
              <Label value={unitName} angle={-90} position="insideLeft" fill="var(--text-muted)" style={{ textAnchor: 'middle' }} />
            </YAxis>
            <Tooltip
              contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }}
              formatter={(value, name) => [typeof value === 'number' ? (name === t('shift') ? localeSigned(format.number, value, digits) : fixed(value)) : '—', name]}
            />
            <Bar dataKey="shift" name={t('shift')} fill="var(--trend-shift)" isAnimationActive={false} />
            <Line dataKey="baseline" name={t('baseline')} stroke="var(--text-muted)" strokeWidth={2} strokeDasharray="5 3" isAnimationActive={false} />
            <Line dataKey="recovery" name={t('recovery')} stroke="var(--accent)" strokeWidth={2} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <p className="chart-legend trend-legend" aria-hidden="true">
        <span className="legend-baseline">{t('baseline')}</span>
        <span className="legend-line">{t('recovery')}</span>
        <span className="legend-shift">{t('shift')}</span>
      </p>
      <details className="trend-table">
        <summary>{t('table')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('date')}</th>
              <th scope="col">{t('baseline')}</th>
              <th scope="col">{t('recovery')}</th>
              <th scope="col">{t('shift')}</th>
            </tr>
          </thead>
          <tbody>
            {[...data].reverse().map((row) => (
              <tr key={row.id}>
                <td>
                  <Link href={`${sessionsPath}/${row.id}`} data-testid="trend-session-link">
                    {format.dateTime(new Date(row.session.startedAt), { dateStyle: 'medium', timeStyle: 'short' })}
                  </Link>
                </td>
                <td>{row.baseline !== null ? fixed(row.baseline) : '—'}</td>
                <td>{row.recovery !== null ? fixed(row.recovery) : '—'}</td>
                <td>{row.shift !== null ? localeSigned(format.number, row.shift, digits) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
