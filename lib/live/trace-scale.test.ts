import { describe, expect, it } from 'vitest';
import { TRACE_MIN_SPAN_BPM, traceScale } from './trace-scale';

describe('live trace scale', () => {
  it('says nothing before two beats', () => {
    expect(traceScale([])).toBeNull();
    expect(traceScale([72])).toBeNull();
  });

  it('ignores an ectopic or missed beat, so the breathing wave keeps its height', () => {
    const wave = [62, 64, 67, 70, 72, 70, 67, 64, 62, 64, 67, 70];
    const scale = traceScale([...wave.slice(0, 6), 197, 31, ...wave.slice(6)])!;
    expect(scale.lo).toBeGreaterThanOrEqual(55);
    expect(scale.hi).toBeLessThanOrEqual(80);
    expect(scale.lo).toBeLessThanOrEqual(62);
    expect(scale.hi).toBeGreaterThanOrEqual(72);
  });

  it('keeps a minimum span around a steady heart rate', () => {
    const scale = traceScale([70, 70.4, 70.2, 69.9])!;
    expect(scale.hi - scale.lo).toBe(TRACE_MIN_SPAN_BPM);
    expect(scale.lo).toBeLessThan(69.9);
    expect(scale.hi).toBeGreaterThan(70.4);
  });
});
