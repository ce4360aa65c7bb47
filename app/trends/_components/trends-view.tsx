import Link from 'next/link';
import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { TrendRange, Trends } from '@/lib/trends/types';
import { CheckInTable } from './check-in-table';
import { DailyChart } from './daily-chart';
import { RangePicker } from './range-picker';
import { ReadingSummary } from './reading-summary';
import { SessionTrendChart } from './session-chart';
import { TagTable } from './tag-table';
import { WeeklyChart } from './weekly-chart';
import './trends.css';

/** Whose trend a practitioner is looking at, the page its range links go to, and where a session opens. */
export interface TrendsClient {
  name: string;
  rangePath: string;
  sessionsPath: string;
}

/**
 * Everything on /trends for one answer of getTrends; plain props, so a practitioner's view of a client
 * (`client`) reuses it, speaking about the client and without the person's own reading buttons.
 * `plan` is the person's own practice plan card, shown beside this week's practice (only on their own view).
 */
export function TrendsView({ trends, range, plan, client }: { trends: Trends; range: TrendRange; plan?: ReactNode; client?: TrendsClient }) {
  const t = useTranslations('trends');
  const tc = useTranslations('practitioners.clientTrends');
  const tr = useTranslations('resonance');
  const hasAny = trends.sessions.length > 0;
  const thisWeek = trends.weeks[trends.weeks.length - 1];
  return (
    <div className="trends" data-testid="trends" data-days={trends.days.length} data-sessions={trends.sessions.length}>
      <div className="trend-toolbar">
        <RangePicker current={range} basePath={client?.rangePath} />
        {client ? null : (
          <div className="trend-toolbar-links">
            <Link href="/trends/morning-reading" className="button button-primary" data-testid="start-morning-reading">
              {t('takeReading')}
            </Link>
            <Link href="/resonance" className="button" data-testid="trends-resonance-link">
              {tr('link')}
            </Link>
          </div>
        )}
      </div>
      {!hasAny && client ? (
        <section className="card trend-empty" data-testid="trends-empty">
          <p>{tc('empty', { name: client.name })}</p>
        </section>
      ) : !hasAny ? (
        <>
          <section className="card trend-empty" data-testid="trends-empty" aria-labelledby="trend-empty-heading">
            <h2 id="trend-empty-heading">{t('empty.heading')}</h2>
            <p>{t('empty.body')}</p>
            <ol className="steps">
              <li>{t('empty.step1')}</li>
              <li>{t('empty.step2')}</li>
              <li>{t('empty.step3')}</li>
            </ol>
            <div className="actions">
              <Link href="/trends/morning-reading" className="button button-primary">
                {t('takeReading')}
              </Link>
              <Link href="/breathe" className="button">
                {t('empty.breathe')}
              </Link>
            </div>
          </section>
          {plan}
        </>
      ) : (
        <>
          <ReadingSummary trends={trends} perspective={client ? 'client' : 'self'} />
          <p className="hint trend-week" data-testid="trend-this-week" data-days={thisWeek?.daysPractised ?? 0}>
            {t('thisWeek', { days: thisWeek?.daysPractised ?? 0, minutes: Math.round(thisWeek?.minutes ?? 0), goal: trends.goalMinutesPerDay * 7 })}
          </p>
          {plan}
          <DailyChart days={trends.days} sessionsPath={client?.sessionsPath} />
          <SessionTrendChart sessions={trends.sessions} sessionsPath={client?.sessionsPath} />
          <WeeklyChart weeks={trends.weeks} goalMinutesPerDay={trends.goalMinutesPerDay} />
          <TagTable days={trends.days} />
          <CheckInTable sessions={trends.sessions} sessionsPath={client?.sessionsPath} />
          <p className="hint">{client ? tc('zone', { name: client.name, zone: trends.timeZone }) : t('zone', { zone: trends.timeZone })}</p>
        </>
      )}
    </div>
  );
}
