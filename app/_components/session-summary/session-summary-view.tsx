import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { SessionView } from '@/lib/session/summary/session-view';
import { BreathingCard } from './breathing-card';
import { PhaseTable } from './phase-table';
import { QualityCaution } from './quality-caution';
import { RestCard } from './rest-card';
import { SessionChart } from './session-chart';
import { ShiftCard } from './shift-card';
import './session-summary.css';

export interface SessionSummaryViewProps {
  /** From buildSessionView(record, summary) in lib/session/session-view: plain, JSON-safe data. */
  view: SessionView;
  /** Heading level 2 text above the summary; defaults to the summary's own heading. */
  heading?: string;
  /** A recording that is one rest (an imported file): its RMSSD instead of a shift between two rests. */
  restOnly?: boolean;
  /** The check-in, placed right after the result and before the chart and details. */
  checkIn?: ReactNode;
}

/**
 * The summary of one session. Takes plain props and never fetches, so it renders the same on
 * /sessions/[id] (from the server's stored summary) and on /breathe right after a guest's session
 * (from the worker's summary). Only the chart is a client component.
 */
export function SessionSummaryView({ view, heading, restOnly = false, checkIn }: SessionSummaryViewProps) {
  const t = useTranslations('summary');
  return (
    <div className="session-summary" data-testid="session-summary" data-reading={view.reading}>
      <h2 className="visually-hidden">{heading ?? t('heading')}</h2>
      {restOnly ? <RestCard view={view} /> : <ShiftCard view={view} />}
      <QualityCaution view={view} restOnly={restOnly} />
      {checkIn}
      <SessionChart view={view} />
      <BreathingCard view={view} />
      <PhaseTable view={view} />
    </div>
  );
}
