'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Label, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendWeek } from '@/lib/trends/types';

/** Minutes practised per ISO week (Monday first, in the person's zone) against the weekly goal. */
export function WeeklyChart({ weeks, goalMinutesPerDay }: { weeks: TrendWeek[]; goalMinutesPerDay: number }) {
  const t = useTranslations('trends.weekly');
  const format = useFormatter();
  const weekLabel = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const goal = goalMinutesPerDay * 7;
  const data = weeks.map((w) => ({ ...w, minutes: Math.round(w.minutes) }));
  const metGoal = data.filter((w) => w.minutes >= goal).length;
  return (
    <section className="card chart-card" aria-labelledby="trend-weekly-heading" data-testid="trend-weekly">
      <h2 id="trend-weekly-heading">{t('heading')}</h2>
      <p className="hint">{t('description', { goal, perDay: goalMinutesPerDay })}</p>
      <div className="chart" role="img" aria-label={t('aria', { weeks: data.length, met: metGoal, goal })}>
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={data} margin={{ top: 16, right: 12, bottom: 24, left: 8 }}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" vertical={false} />
            <XAxis dataKey="weekStart" tickFormatter={weekLabel} stroke="var(--text-muted)" minTickGap={16}>
              <Label value={t('xAxis')} position="insideBottom" offset={-14} fill="var(--text-muted)" />
            </XAxis>
            <YAxis allowDecimals={false} width={48} stroke="var(--text-muted)" domain={[0, (max: number) => Math.max(max, goal) + 5]}>
              <Label value={t('yAxis')} angle={-90} position="insideLeft" fill="var(--text-muted)" style={{ textAnchor: 'middle' }} />
            </YAxis>
            <Tooltip
              contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }}
              labelFormatter={(label) => t('tipWeek', { date: typeof label === 'string' ? weekLabel(label) : '' })}
              formatter={(value) => [t('tipMinutes', { minutes: Number(value) }), t('yAxis')]}
            />
            <ReferenceLine y={goal} stroke="var(--exhale-strong)" strokeDasharray="6 3" ifOverflow="extendDomain">
              <Label value={t('goalLine', { goal })} position="insideTopRight" fill="var(--text-muted)" />
            </ReferenceLine>
            <Bar dataKey="minutes" name={t('yAxis')} fill="var(--accent)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="trend-table">
        <summary>{t('table')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('xAxis')}</th>
              <th scope="col">{t('yAxis')}</th>
              <th scope="col">{t('daysPractised')}</th>
            </tr>
          </thead>
          <tbody>
            {[...data].reverse().map((w) => (
              <tr key={w.weekStart}>
                <td>{weekLabel(w.weekStart)}</td>
                <td>{w.minutes}</td>
                <td>{w.daysPractised}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
