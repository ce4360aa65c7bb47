import { useTranslations } from 'next-intl';
import type { PhaseName } from '@/lib/hrv';
import type { PracticeId } from '@/lib/session/protocol/record';

/** A phase's name for the summary: the middle phase of a guided practice is called by the practice ("Body scan"). */
export function usePhaseName(practice: PracticeId | null) {
  const t = useTranslations('summary');
  const tp = useTranslations('practice');
  return (phase: PhaseName, form: 'full' | 'short' = 'full'): string =>
    practice && phase === 'breathing' ? tp(`names.${practice}`) : form === 'short' ? t(`phaseShort.${phase}`) : t(`phaseNames.${phase}`);
}
