import { useFormatter, useTranslations } from 'next-intl';
import { RESONANCE_RATES_BPM } from '@/lib/hrv/resonance';
import { currentPhase, type RunnerState } from '@/lib/session/runner/session-runner';

/** Which step (or which rest) the assessment is in; steps and rates follow the plan's order. */
export function ResonanceStepNote({ runner }: { runner: RunnerState }) {
  const t = useTranslations('resonance.run');
  const format = useFormatter();
  const phase = currentPhase(runner);
  const stepsBefore = runner.plan.slice(0, runner.phaseIndex).filter((p) => p.phase === 'breathing').length;
  const rate = (i: number) => RESONANCE_RATES_BPM[i];
  const text = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  if (phase === 'breathing' && rate(stepsBefore) !== undefined) {
    return (
      <p className="resonance-step" data-testid="resonance-step" data-rate={String(rate(stepsBefore))} role="status">
        {t('step', { index: stepsBefore + 1, count: RESONANCE_RATES_BPM.length, rate: text(rate(stepsBefore)!) })}
      </p>
    );
  }
  if (phase === 'recovery' && rate(stepsBefore) !== undefined) {
    return (
      <p className="resonance-step" data-testid="resonance-rest" role="status">
        {t('rest', { rate: text(rate(stepsBefore)!) })}
      </p>
    );
  }
  return null;
}
