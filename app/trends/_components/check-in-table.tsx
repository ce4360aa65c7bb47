import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { checkInKeys } from '@/lib/session/protocol/record';
import type { TrendSession } from '@/lib/trends/types';

/** Check-in answers (1–5) per session over time, newest first; the last twenty. */
export function CheckInTable({ sessions, sessionsPath = '/sessions' }: { sessions: TrendSession[]; sessionsPath?: string }) {
  const t = useTranslations('trends.checkIns');
  const q = useTranslations('session.checkIn.questions');
  const format = useFormatter();
  const rows = sessions.filter((s) => s.checkIn && Object.keys(s.checkIn).length > 0).slice(-20).reverse();
  return (
    <section className="card" aria-labelledby="trend-checkins-heading" data-testid="trend-checkins">
      <h2 id="trend-checkins-heading">{t('heading')}</h2>
      {rows.length === 0 ? (
        <p className="hint">{t('empty')}</p>
      ) : (
        <>
          <p className="hint">{t('description')}</p>
          <div className="table-scroll">
            <table className="trend-checkin-table">
              <thead>
                <tr>
                  <th scope="col">{t('date')}</th>
                  {checkInKeys.map((key) => (
                    <th scope="col" key={key}>
                      {q(key)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      <Link href={`${sessionsPath}/${s.id}`}>{format.dateTime(new Date(s.startedAt), { day: 'numeric', month: 'short' })}</Link>
                    </th>
                    {checkInKeys.map((key) => {
                      const v = s.checkIn?.[key];
                      return (
                        <td key={key} data-value={v ?? ''}>
                          {v !== undefined ? <span className={`score score-${v}`}>{v}</span> : <span aria-label={t('unanswered')}>·</span>}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
