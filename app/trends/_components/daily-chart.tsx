'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useMemo, type MouseEvent } from 'react';
import { Area, CartesianGrid, ComposedChart, Label, Line, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { localeFixed } from '@/app/_components/session-summary/format';
import type { TrendDay } from '@/lib/trends/types';
import { isOutsideBand } from './trend-figures';
import { TagLabel } from '@/app/_components/context/tag-label';

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: Point;
}

interface Point {
  date: string;
  daily: number | null;
  rolling: number | null;
  band: [number, number] | null;
  outside: number | null;
  day: TrendDay;
}

/** Daily morning lnRMSSD (dots), its 7-day mean (line) over the 60-day normal range (band). */
export function DailyChart({ days, sessionsPath = '/sessions' }: { days: TrendDay[]; sessionsPath?: string }) {
  const t = useTranslations('trends.daily');
  const format = useFormatter();
  const router = useRouter();
  const fixed = (v: number) => localeFixed(format.number, v, 2);
  const dateLabel = (date: string) => format.dateTime(new Date(`${date}T12:00:00Z`), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const data = useMemo<Point[]>(
    () =>
      days.map((d) => ({
        date: d.date,
        daily: d.dailyLnRmssd,
        rolling: d.rolling7,
        band: d.normalLow !== null && d.normalHigh !== null ? [d.normalLow, d.normalHigh] : null,
        outside: isOutsideBand(d) ? d.rolling7 : null,
        day: d,
      })),
    [days],
  );
  const outsideCount = data.filter((p) => p.outside !== null).length;
  const mornings = data.filter((p) => p.daily !== null).length;
  return (
    <section className="card chart-card" aria-labelledby="trend-daily-heading" data-testid="trend-daily">
      <h2 id="trend-daily-heading">{t('heading')}</h2>
      <p className="hint" id="trend-daily-description">
        {t('description')}
      </p>
      {/* A group, not an image: its dots are links, which an image's children could not be. */}
      <div className="chart" role="group" aria-label={t('aria', { mornings, outside: outsideCount })} data-testid="trend-daily-chart" data-mornings={mornings} data-outside={outsideCount}>
        <ResponsiveContainer width="100%" height={280}>
          <ComposedChart data={data} margin={{ top: 8, right: 12, bottom: 24, left: 8 }}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" />
            <XAxis dataKey="date" stroke="var(--text-muted)" tickFormatter={dateLabel} minTickGap={24}>
              <Label value={t('xAxis')} position="insideBottom" offset={-14} fill="var(--text-muted)" />
            </XAxis>
            <YAxis domain={['auto', 'auto']} width={56} stroke="var(--text-muted)" tickFormatter={fixed}>
              <Label value={t('yAxis')} angle={-90} position="insideLeft" fill="var(--text-muted)" style={{ textAnchor: 'middle' }} />
            </YAxis>
            <Tooltip content={<DayTooltip fixed={fixed} dateLabel={dateLabel} />} />
            <Area dataKey="band" name={t('band')} stroke="none" fill="var(--trend-band)" fillOpacity={0.9} isAnimationActive={false} connectNulls={false} />
            <Line dataKey="rolling" name={t('rolling')} stroke="var(--accent)" strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
            <Scatter dataKey="daily" name={t('dailyDot')} fill="var(--inhale-strong)" isAnimationActive={false} shape={(props: DotProps) => <DayDot {...props} />} />
            <Scatter dataKey="outside" name={t('outside')} fill="none" stroke="var(--warning)" strokeWidth={2} shape="diamond" isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <p className="hint">{t('openHint')}</p>
      <p className="chart-legend trend-legend" aria-hidden="true">
        <span className="legend-dot">{t('dailyDot')}</span>
        <span className="legend-line">{t('rolling')}</span>
        <span className="legend-band">{t('band')}</span>
        <span className="legend-outside">{t('outside')}</span>
      </p>
    </section>
  );

  /** A morning's dot: a link to the session that gave its value (Tab reaches it, Enter opens it). */
  function DayDot({ cx, cy, payload }: DotProps) {
    const day = payload?.day;
    if (cx === undefined || cy === undefined || !day || day.dailyLnRmssd === null) return null;
    const dot = <circle cx={cx} cy={cy} r={4.5} fill="var(--inhale-strong)" />;
    if (!day.sessionId) return dot;
    const href = `${sessionsPath}/${day.sessionId}`;
    const open = (event: MouseEvent) => {
      event.preventDefault();
      router.push(href);
    };
    return (
      <a href={href} onClick={open} className="trend-dot-link" aria-label={t('dotLink', { date: dateLabel(day.date), value: fixed(day.dailyLnRmssd) })} data-testid="trend-daily-dot" data-date={day.date} data-session-id={day.sessionId}>
        {/* A larger transparent target than the dot itself, easier to hit with a finger or a mouse. */}
        <circle cx={cx} cy={cy} r={9} fill="transparent" />
        <circle className="trend-dot-ring" cx={cx} cy={cy} r={7} fill="none" />
        {dot}
      </a>
    );
  }

  function DayTooltip({ active, payload, fixed: f, dateLabel: label }: { active?: boolean; payload?: readonly { payload?: Point }[]; fixed: (v: number) => string; dateLabel: (d: string) => string }) {
    const point = payload?.[0]?.payload;
    if (!active || !point) return null;
    const d = point.day;
    return (
      <div className="trend-tooltip">
        <strong>{label(d.date)}</strong>
        <div>{d.dailyLnRmssd !== null ? t('tipDaily', { value: f(d.dailyLnRmssd) }) : t('tipNoMorning')}</div>
        {d.rolling7 !== null ? <div>{t('tipRolling', { value: f(d.rolling7) })}</div> : null}
        {d.normalLow !== null && d.normalHigh !== null ? <div>{t('tipBand', { low: f(d.normalLow), high: f(d.normalHigh) })}</div> : null}
        {d.minutes > 0 ? <div>{t('tipMinutes', { minutes: Math.round(d.minutes) })}</div> : null}
        {d.tags && d.tags.length > 0 ? (
          <div>
            {d.tags.map((tag) => (
              <span key={tag} className="tag-pill">
                <TagLabel tag={tag} />
              </span>
            ))}
          </div>
        ) : null}
        {(d.notes ?? []).map((n, i) => (
          <p key={i} className="trend-tooltip-note">
            {n}
          </p>
        ))}
      </div>
    );
  }
}
