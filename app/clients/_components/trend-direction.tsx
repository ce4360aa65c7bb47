import { useTranslations } from 'next-intl';

/** As listClients answers it: null while there are too few readings for a 7-day mean to compare. */
export type TrendDirection = 'up' | 'down' | 'flat' | null;

const arrows = { up: 'upArrow', down: 'downArrow', flat: 'flatArrow' } as const;

/** The direction of a client's 7-day trend in words and an arrow, so it never rests on colour alone. */
export function TrendDirectionLabel({ trend }: { trend: TrendDirection }) {
  const t = useTranslations('practitioners.trend');
  return (
    <span className="trend-direction" data-trend={trend ?? 'none'} data-testid="client-trend">
      {trend !== null ? (
        <span className="trend-arrow" aria-hidden="true">
          {t(arrows[trend])}
        </span>
      ) : null}
      {t(trend ?? 'none')}
    </span>
  );
}
