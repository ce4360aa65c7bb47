import { NextIntlClientProvider } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getMessages } from '@/lib/i18n/messages';
import type { TrendDay, Trends } from '@/lib/trends/types';
import { ReadingSummary } from './reading-summary';
import { TagTable } from './tag-table';

function render(node: React.ReactNode, locale: 'en' | 'nl' = 'en') {
  const errors: string[] = [];
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={getMessages(locale)} timeZone="Europe/Amsterdam" onError={(e) => errors.push(e.message)}>
      {node}
    </NextIntlClientProvider>,
  );
  return { html, errors };
}

const day = (date: string, over: Partial<TrendDay> = {}): TrendDay => ({
  date, dailyLnRmssd: null, sessionId: null, rolling7: null, normalLow: null, normalHigh: null, minutes: 0, sessions: 0, tags: [], notes: [], ...over,
});
const trends = (days: TrendDay[], reading: Trends['reading']): Trends => ({ timeZone: 'Europe/Amsterdam', days, sessions: [], weeks: [], reading, goalMinutesPerDay: 5 });

describe('ReadingSummary', () => {
  const below = trends([day('2026-11-30', { dailyLnRmssd: 3.5, rolling7: 3.71, normalLow: 3.8, normalHigh: 4.05 })], 'below');

  it('says where the 7-day mean stands, with its figures and windows', () => {
    const { html, errors } = render(<ReadingSummary trends={below} />);
    expect(errors).toEqual([]);
    expect(html).toContain('data-reading="below"');
    expect(html).toContain('Your resting HRV is below your normal range.');
    expect(html).toContain('7-day mean morning lnRMSSD was 3.71; your normal range (the last 60 days) is 3.80 to 4.05');
  });

  it('in Dutch with decimal commas', () => {
    const { html, errors } = render(<ReadingSummary trends={below} />, 'nl');
    expect(errors).toEqual([]);
    expect(html).toContain('Je HRV in rust ligt onder je normale bereik.');
    expect(html).toContain('3,71');
    expect(html).toContain('3,80 tot 4,05');
  });

  it('counts the mornings still needed when there is not enough data', () => {
    const days = Array.from({ length: 5 }, (_, i) => day(`2026-11-2${i}`, { dailyLnRmssd: 4 }));
    const { html } = render(<ReadingSummary trends={trends(days, 'not-enough-data')} />);
    expect(html).toContain('9 more morning readings are needed');
  });

  it('speaks about the client to a practitioner, in both languages', () => {
    const en = render(<ReadingSummary trends={below} perspective="client" />);
    expect(en.errors).toEqual([]);
    expect(en.html).toContain('Their resting HRV is below their normal range.');
    expect(en.html).not.toContain('Your');
    const nl = render(<ReadingSummary trends={below} perspective="client" />, 'nl');
    expect(nl.errors).toEqual([]);
    expect(nl.html).toContain('De HRV in rust ligt onder het normale bereik van je cliënt.');
    expect(nl.html).toContain('3,80 tot 4,05');
  });
});

describe('TagTable', () => {
  it('shows preset tags translated and own tags as written', () => {
    const days = [day('2026-11-29', { dailyLnRmssd: 3.6, normalLow: 3.8, normalHigh: 4.1, tags: ['alcohol', 'late dinner'] })];
    const { html, errors } = render(<TagTable days={days} />, 'nl');
    expect(errors).toEqual([]);
    expect(html).toContain('Alcohol');
    expect(html).toContain('late dinner');
    expect(html).toContain('3,60');
    expect(html).toContain('onder');
  });
});
