import { describe, expect, it } from 'vitest';
import { LIVE_RMSSD_MIN_DIFFERENCES, type LiveMetrics } from '@/lib/hrv';
import { liveRmssd } from './live-numbers';

const metrics = (rmssdMs: number | null, rmssdDifferences: number) => ({ rmssdMs, rmssdDifferences }) as LiveMetrics;

describe('live RMSSD', () => {
  it('is collecting before about 30 clean differences, however big the early number', () => {
    expect(liveRmssd(null)).toEqual({ valueMs: null, differences: 0 });
    expect(liveRmssd(metrics(140, 6)).valueMs).toBeNull();
    expect(liveRmssd(metrics(140, LIVE_RMSSD_MIN_DIFFERENCES - 1)).valueMs).toBeNull();
  });

  it('shows the number from then on', () => {
    expect(liveRmssd(metrics(42.4, LIVE_RMSSD_MIN_DIFFERENCES)).valueMs).toBe(42.4);
  });
});
