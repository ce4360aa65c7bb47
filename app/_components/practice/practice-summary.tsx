import { useFormatter, useTranslations } from 'next-intl';
import { formatProtocol } from '@/app/sessions/_components/session-labels';
import type { BreathingProtocol } from '@/lib/session/protocol/record';

export interface PracticeData {
  protocol: BreathingProtocol;
  timesPerWeek: number;
  minutesPerSession: number;
}

/** '4 s in · 6 s out, 5 min, every day' in the reader's language and number format. */
export function PracticeSummary({ practice }: { practice: PracticeData }) {
  const t = useTranslations('practitioners.practice');
  const ts = useTranslations('sessions');
  const format = useFormatter();
  const pattern = formatProtocol(ts, practice.protocol, (s) => format.number(s, { maximumFractionDigits: 1 }));
  const times = practice.timesPerWeek;
  const frequency = times === 7 ? t('everyDay') : times === 14 ? t('twiceADay') : t('perWeek', { times });
  return (
    <span data-testid="practice-summary">
      {t('summary', { pattern, minutes: format.number(practice.minutesPerSession), frequency })}
    </span>
  );
}
