import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { PracticeSessionListRow } from '@/db/queries/sessions';
import { formatDuration, localeSigned } from '@/app/_components/session-summary/format';
import { formatProtocol, primaryFlagReason } from './session-labels';

/** One stored session in the list: a link to its summary (`href`, the owner's page by default) with date, pattern, length and shift. */
export function SessionRow({ session, href }: { session: PracticeSessionListRow; href?: string }) {
  const t = useTranslations('sessions');
  const ts = useTranslations('summary');
  const tp = useTranslations('practice');
  const format = useFormatter();
  const signed = (value: number, digits: number) => localeSigned(format.number.bind(format), value, digits);
  const imported = session.kind === 'imported';
  const assessment = session.kind === 'resonance';
  // An imported recording is one rest: its number is that rest's RMSSD, not a shift between two.
  const shift = assessment
    ? session.resonance?.rateBpm != null
      ? t('resonanceValue', { rate: format.number(session.resonance.rateBpm, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })
      : t('resonanceNone')
    : imported
    ? session.baselineRmssdMs === null
      ? ts('noValue')
      : t('restValue', { ms: format.number(session.baselineRmssdMs, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })
    : session.qualityOk && session.shiftRmssdMs !== null && session.shiftPercent !== null
      ? t('shiftValue', { ms: signed(session.shiftRmssdMs, 1), percent: signed(session.shiftPercent, 0) })
      : t('shiftFlagged', { reason: t(`flagReasons.${primaryFlagReason(session.qualityReasons)}`) });
  return (
    <li>
      <Link href={href ?? `/sessions/${session.id}`} className="session-row" data-testid="session-row" data-session-id={session.id}>
        <span className="session-row-cell">
          <span className="session-row-label">{t('columns.date')}</span>
          <time dateTime={session.startedAt.toISOString()}>{format.dateTime(session.startedAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
        </span>
        <span className="session-row-cell">
          <span className="session-row-label">{t('columns.protocol')}</span>
          {assessment
            ? t('resonance')
            : imported
            ? t('imported')
            : session.protocol.practice
              ? tp(`names.${session.protocol.practice}`)
              : formatProtocol(t, session.protocol, (s) => format.number(s, { maximumFractionDigits: 1 }))}
        </span>
        <span className="session-row-cell">
          <span className="session-row-label">{t('columns.duration')}</span>
          {formatDuration(ts, session.durationMs / 1000)}
          {session.endedEarly ? <span className="hint">{t('endedEarly')}</span> : null}
        </span>
        <span className="session-row-cell" data-testid="session-row-shift" data-quality-ok={session.qualityOk}>
          <span className="session-row-label">{t('columns.shift')}</span>
          {shift}
        </span>
      </Link>
    </li>
  );
}
