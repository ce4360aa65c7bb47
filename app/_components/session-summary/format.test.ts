import { describe, expect, it } from 'vitest';
import { durationParts, formatDuration, plainMs, plainSignedMs } from './format';

describe('summary number formats', () => {
  it('shows the headline values as plain numbers Number() reads back', () => {
    expect(plainMs(42.345)).toBe('42.3');
    expect(plainSignedMs(5.06)).toBe('+5.1');
    expect(plainSignedMs(-3.24)).toBe('-3.2');
    expect(plainSignedMs(0.01)).toBe('0.0');
    expect(plainSignedMs(-0.01)).toBe('0.0');
    expect(Number(plainSignedMs(12.5))).toBeCloseTo(12.5, 1);
  });

  it('splits durations into minutes and seconds', () => {
    expect(durationParts(90.4)).toEqual({ minutes: 1, seconds: 30 });
    const t = (key: string, v: { minutes: number; seconds: number }) => `${key}:${v.minutes}:${v.seconds}`;
    expect(formatDuration(t, 120)).toBe('duration.minutes:2:0');
    expect(formatDuration(t, 45)).toBe('duration.seconds:0:45');
    expect(formatDuration(t, 61)).toBe('duration.minutesSeconds:1:1');
  });
});
