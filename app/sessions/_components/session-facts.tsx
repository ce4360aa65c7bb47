import { useFormatter, useTranslations } from 'next-intl';
import type { PracticeSessionRow } from '@/db/queries/sessions';
import { formatDuration } from '@/app/_components/session-summary/format';
import { formatProtocol } from './session-labels';

/** What was done: breathing pattern or guided practice, length, strap, and whether it ran to the end. */
export function SessionFacts({ session }: { session: Pick<PracticeSessionRow, 'kind' | 'protocol' | 'durationMs' | 'device' | 'endedEarly'> }) {
  const t = useTranslations('sessions');
  const ts = useTranslations('summary');
  const tp = useTranslations('practice');
  const format = useFormatter();
  const device = session.device;
  return (
    <section className="card" aria-labelledby="session-facts-heading">
      <h2 id="session-facts-heading" className="visually-hidden">
        {t('detail.facts')}
      </h2>
      <dl className="facts">
        <dt>{t('detail.protocol')}</dt>
        <dd data-testid="session-protocol">
          {session.kind === 'resonance'
            ? t('resonance')
            : session.kind === 'imported'
            ? t('imported')
            : session.protocol.practice
              ? tp(`names.${session.protocol.practice}`)
              : formatProtocol(t, session.protocol, (s) => format.number(s, { maximumFractionDigits: 1 }))}
        </dd>
        <dt>{t('detail.duration')}</dt>
        <dd data-testid="session-duration">{formatDuration(ts, session.durationMs / 1000)}</dd>
        <dt>{t('detail.device')}</dt>
        <dd>{device ? (device.kind === 'simulated' ? t('detail.simulated') : device.name) : ts('noValue')}</dd>
        <dt>{t('detail.endedEarly')}</dt>
        <dd>{session.endedEarly ? t('detail.yes') : t('detail.no')}</dd>
      </dl>
    </section>
  );
}
