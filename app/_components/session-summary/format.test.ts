import { describe, expect, it } from 'vitest';
import { durationParts, formatDuration, localeFixed, localeSigned, plainFixed } from './format';

const en = (value: number, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat('en', options).format(value);
const nl = (value: number, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat('nl', options).format(value);

describe('summary number formats', () => {
  it('formats figures for the locale, with a decimal comma in Dutch and a real minus sign', () => {
    expect(localeFixed(en, 42.345, 1)).toBe('42.3');
    expect(localeFixed(nl, 42.345, 1)).toBe('42,3');
    expect(localeFixed(nl, 1234.5, 1)).toBe('1234,5');
    expect(localeSigned(nl, 5.06, 1)).toBe('+5,1');
    expect(localeSigned(nl, -3.24, 1)).toBe('\u22123,2');
    expect(localeSigned(en, -3.24, 1)).toBe('\u22123.2');
    expect(localeSigned(nl, -0.01, 1)).toBe('0,0');
  });

  it('keeps a plain twin that Number() reads back', () => {
    expect(plainFixed(42.345, 1)).toBe('42.3');
    expect(plainFixed(-3.24, 1)).toBe('-3.2');
    expect(plainFixed(-0.01, 1)).toBe('0.0');
    expect(Number(plainFixed(12.5, 1))).toBeCloseTo(12.5, 1);
  });

  it('splits durations into minutes and seconds', () => {
    expect(durationParts(90.4)).toEqual({ minutes: 1, seconds: 30 });
    const t = (key: string, v: { minutes: number; seconds: number }) => `${key}:${v.minutes}:${v.seconds}`;
    expect(formatDuration(t, 120)).toBe('duration.minutes:2:0');
    expect(formatDuration(t, 45)).toBe('duration.seconds:0:45');
    expect(formatDuration(t, 61)).toBe('duration.minutesSeconds:1:1');
  });
});
