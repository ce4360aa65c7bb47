import { useFormatter, useTranslations } from 'next-intl';
import { PHASE_QUALITY, type PhaseQualityReason } from '@/lib/hrv';
import { qualityCause } from '@/lib/session/summary/quality-cause';
import type { PhaseStats, SessionView } from '@/lib/session/summary/session-view';
import { formatMinSec } from '@/lib/session/protocol/duration-text';
import { usePhaseName } from './use-phase-name';

/** Says plainly which phase is not to be trusted and why, with the numbers behind the judgement. */
export function QualityCaution({ view, restOnly = false }: { view: SessionView; restOnly?: boolean }) {
  const t = useTranslations('summary');
  const phaseName = usePhaseName(view.practice);
  const format = useFormatter();
  // A recording that is one rest has no recovery by nature: nothing is missing.
  const missing = view.shift.qualityReasons.filter((r) => r === 'missing-baseline' || r === 'missing-recovery').filter((r) => !(restOnly && r === 'missing-recovery'));
  const cause = qualityCause(view);
  if (cause === null || (cause === 'ended-early' && missing.length === 0)) return null;

  const reasonText = (phase: PhaseStats, reason: PhaseQualityReason) => {
    switch (reason) {
      case 'no-beats':
        return t('caution.reasons.no-beats');
      case 'too-few-beats':
        return t('caution.reasons.too-few-beats', { beats: phase.beats, min: PHASE_QUALITY.minBeats });
      case 'too-short':
        return cause === 'short-phase'
          ? t('caution.reasons.phase-short', { length: formatMinSec(phase.endS - phase.startS), min: formatMinSec(PHASE_QUALITY.minAnalysedS) })
          : t('caution.reasons.too-short', { seconds: Math.floor(phase.analysedS), min: PHASE_QUALITY.minAnalysedS });
      case 'too-many-artifacts':
        return t('caution.reasons.too-many-artifacts', {
          percent: format.number(phase.artifactPercent, { maximumFractionDigits: 1 }),
          max: PHASE_QUALITY.maxArtifactPercent,
        });
    }
  };

  return (
    <section className="card summary-caution" role="note" aria-labelledby="summary-caution-heading" data-testid="summary-quality-caution" data-cause={cause}>
      <h2 id="summary-caution-heading">{t(cause === 'signal' ? 'caution.heading' : 'caution.headingShort')}</h2>
      {missing.map((reason) => (
        <p key={reason}>{t(`caution.missing.${reason}`)}</p>
      ))}
      {view.cautions.length > 0 ? (
        <>
          <p>{t(cause === 'signal' ? 'caution.intro' : 'caution.introShort')}</p>
          <ul>
            {view.cautions.map((phase) => (
              <li key={`${phase.phase}-${phase.startS}`} data-testid="summary-caution-phase" data-phase={phase.phase}>
                {t('caution.phase', {
                  phase: phaseName(phase.phase),
                  // A phase that was simply short says so once; its few beats follow from that.
                  reasons:
                    cause === 'short-phase'
                      ? reasonText(phase, 'too-short')
                      : phase.qualityReasons.map((reason) => reasonText(phase, reason)).join('; '),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {/* The advice fits the reason: a short rest is a set-up choice, an early end is the person's; only a poor signal asks for the strap. */}
      <p className="hint" data-testid="summary-caution-tip">
        {t(`caution.tips.${cause}`, { min: formatMinSec(PHASE_QUALITY.minAnalysedS) })}
      </p>
    </section>
  );
}
