'use client';
import Link from 'next/link';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { localeSigned } from '@/app/_components/session-summary/format';
import { sortClients, type ClientRowData, type SortDirection, type SortKey } from './client-sort';
import { TrendDirectionLabel } from './trend-direction';

const columns: SortKey[] = ['name', 'lastSession', 'latestShift', 'trend', 'sessionsThisWeek', 'practice'];
// A new sort starts where the interesting end is: names A→Z, figures and dates highest first.
const firstDirection = (key: SortKey): SortDirection => (key === 'name' ? 'ascending' : 'descending');

/** The practitioner's clients; each column header is a button that sorts by it (again: the other way). */
export function ClientTable({ clients }: { clients: ClientRowData[] }) {
  const t = useTranslations('practitioners.clients');
  const format = useFormatter();
  const locale = useLocale();
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'name', direction: 'ascending' });
  const rows = useMemo(() => sortClients(clients, sort.key, sort.direction, locale), [clients, sort, locale]);

  const choose = (key: SortKey) =>
    setSort((current) =>
      current.key === key ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: firstDirection(key) },
    );

  return (
    <div className="client-table-scroll">
      <table className="client-table" data-testid="client-table" data-sort={`${sort.key}:${sort.direction}`}>
        <caption className="visually-hidden">{t('listHeading')}</caption>
        <thead>
          <tr>
            {columns.map((key) => {
              const active = sort.key === key;
              return (
                <th key={key} scope="col" aria-sort={active ? sort.direction : 'none'}>
                  <button type="button" className="sort-button" data-testid={`sort-${key}`} onClick={() => choose(key)}>
                    {t(`columns.${key}`)}
                    <span aria-hidden="true" className="sort-mark">
                      {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                    {active ? <span className="visually-hidden">{t(sort.direction === 'ascending' ? 'sortedAscending' : 'sortedDescending')}</span> : null}
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((client) => (
            <tr key={client.id} data-testid="client-row" data-client-id={client.id}>
              <th scope="row">
                <Link href={`/clients/${client.id}`}>{client.name}</Link>
              </th>
              <td>
                {client.lastSessionAt ? (
                  <time dateTime={client.lastSessionAt}>{format.dateTime(new Date(client.lastSessionAt), { dateStyle: 'medium' })}</time>
                ) : (
                  <span className="hint">{t('never')}</span>
                )}
              </td>
              <td data-value={client.latestShiftLnRmssd ?? ''}>
                {client.latestShiftLnRmssd !== null ? localeSigned(format.number.bind(format), client.latestShiftLnRmssd, 2) : t('noShift')}
              </td>
              <td>
                <TrendDirectionLabel trend={client.trend} />
              </td>
              <td data-testid="client-sessions-this-week">{format.number(client.sessionsThisWeek)}</td>
              <td data-testid="client-practice">
                {client.adherence ? (
                  t('practiceProgress', { done: client.adherence.practised, goal: client.adherence.timesPerWeek })
                ) : (
                  <span className="hint">{t('noPractice')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
