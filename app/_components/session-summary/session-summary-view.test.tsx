import { NextIntlClientProvider } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { summarizeSession } from '@/lib/hrv';
import { getMessages } from '@/lib/i18n/messages';
import { toSessionInput } from '@/lib/session/protocol/session-input';
import { buildSessionView, type SessionView } from '@/lib/session/summary/session-view';
import { makeUpload } from '@/lib/session/testing/make-upload';
import { realisticBeats } from '@/tests/support/realistic-session';
import { SessionSummaryView } from './session-summary-view';

function render(view: SessionView, locale: 'en' | 'nl' = 'en') {
  const errors: string[] = [];
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={getMessages(locale)} timeZone="Europe/Amsterdam" onError={(e) => errors.push(e.message)}>
      <SessionSummaryView view={view} />
    </NextIntlClientProvider>,
  );
  return {
    html,
    errors,
    text: (testId: string) => html.match(new RegExp(`data-testid="${testId}"[^>]*>([^<]*)<`))?.[1],
    value: (testId: string) => html.match(new RegExp(`data-testid="${testId}" data-value="([^"]*)"`))?.[1],
  };
}

const upload = makeUpload({
  durationMs: 480_000,
  beats: realisticBeats(),
  gaps: [{ startMs: 200_000, endMs: 203_000 }],
  phases: [
    { phase: 'baseline', startMs: 0, endMs: 120_000 },
    { phase: 'breathing', startMs: 120_000, endMs: 360_000 },
    { phase: 'recovery', startMs: 360_000, endMs: 480_000 },
  ],
  pacerCycleStartsMs: Array.from({ length: 24 }, (_, i) => 120_000 + i * 10_000),
});
const summary = summarizeSession(toSessionInput(upload));

describe('SessionSummaryView', () => {
  it.each(['en', 'nl'] as const)('shows the headline numbers in the locale, the plain number in data-value (%s), with no missing text', (locale) => {
    const { errors, text, value, html } = render(buildSessionView(upload, summary), locale);
    expect(errors).toEqual([]);
    expect(Number(value('summary-baseline-rmssd'))).toBeCloseTo(summary.shift.baselineRmssdMs ?? NaN, 1);
    expect(Number(value('summary-recovery-rmssd'))).toBeCloseTo(summary.shift.recoveryRmssdMs ?? NaN, 1);
    expect(Number(value('summary-shift'))).toBeCloseTo(summary.shift.rmssdMs ?? NaN, 1);
    // What the person reads: a decimal comma in Dutch, a point in English.
    expect(text('summary-baseline-rmssd')).toBe(locale === 'nl' ? value('summary-baseline-rmssd')!.replace('.', ',') : value('summary-baseline-rmssd'));
    expect(html).not.toContain('summary-quality-caution');
  });

  it('calls rests that were set short a set-up choice, not a strap problem', () => {
    const short = makeUpload();
    const { html, errors, text } = render(buildSessionView(short, summarizeSession(toSessionInput(short))));
    expect(errors).toEqual([]);
    expect(html).toContain('data-cause="short-phase"');
    expect(html).toContain('data-reading="low-quality"');
    expect(html).toMatch(/Rest before: it lasted 0:\d\d, and a reliable RMSSD needs at least 1:00/);
    expect(html).toContain('not the strap');
    expect(html).not.toContain('Wet the strap');
    expect(text('summary-baseline-rmssd')).toBe('0.0');
  });

  it('explains a poor signal in a rest long enough: which phase, why, and what to do about the strap', () => {
    const base = buildSessionView(upload, summary);
    const baseline = base.phases.find((p) => p.phase === 'baseline')!;
    const poor = { ...baseline, beats: 9, qualityOk: false, qualityReasons: ['too-few-beats' as const] };
    const { html, errors } = render({ ...base, reading: 'low-quality', cautions: [poor] });
    expect(errors).toEqual([]);
    expect(html).toContain('data-cause="signal"');
    expect(html).toMatch(/Rest before: only 9 beats \(at least 30 are needed\)/);
    expect(html).toContain('Wet the strap');
  });

  it('keeps a negative shift a plain number in English (DESIGN: plain numbers in the test ids), a real minus in Dutch', () => {
    const base = buildSessionView(upload, summary);
    const falling = { ...base, shift: { ...base.shift, rmssdMs: -3.24 } };
    expect(Number(render(falling, 'en').text('summary-shift'))).toBeCloseTo(-3.2, 5);
    expect(render(falling, 'nl').text('summary-shift')).toBe('\u22123,2');
  });

  it('shows a dash where nothing was measured', () => {
    const empty = makeUpload({ beats: [] });
    const { text, errors } = render(buildSessionView(empty, summarizeSession(toSessionInput(empty))), 'nl');
    expect(errors).toEqual([]);
    expect(text('summary-shift')).toBe('—');
  });
});
