// The plain-language reading of a session's parasympathetic shift, chosen from the change in lnRMSSD.
import type { ParasympatheticShift } from '@/lib/hrv';

export const readingKeys = ['clear-rise', 'small-rise', 'no-change', 'fall', 'low-quality'] as const;
export type ReadingKey = (typeof readingKeys)[number];

/**
 * Thresholds on ΔlnRMSSD = ln(recovery RMSSD) − ln(baseline RMSSD), a ratio on a log scale:
 *  - |Δ| < 0.1 (within about ±10 %) is read as no meaningful change: the ultra-short (1–2 min) RMSSD of
 *    a person at rest moves by about that much between two quiet minutes (lnRMSSD day-to-day SD ≈ 0.1–0.2,
 *    smallest worthwhile change ≈ half of it), so smaller differences are noise.
 *  - 0.1 ≤ Δ < 0.3 is a small rise (+10 % to +35 %), Δ ≥ 0.3 a clear rise (more than +35 %).
 *  - Δ ≤ −0.1 is a fall.
 * A shift whose baseline or recovery is flagged (too few beats, too short, too many artifacts) or missing
 * gets no reading beyond 'low-quality': we never tell someone they relaxed on numbers we do not trust.
 */
export const READING_THRESHOLDS = { noChangeLn: 0.1, clearRiseLn: 0.3 } as const;

export function chooseReading(shift: Pick<ParasympatheticShift, 'lnRmssd' | 'quality'>): ReadingKey {
  const ln = shift.lnRmssd;
  if (!shift.quality.ok || ln === null || !Number.isFinite(ln)) return 'low-quality';
  if (ln >= READING_THRESHOLDS.clearRiseLn) return 'clear-rise';
  if (ln >= READING_THRESHOLDS.noChangeLn) return 'small-rise';
  if (ln > -READING_THRESHOLDS.noChangeLn) return 'no-change';
  return 'fall';
}
