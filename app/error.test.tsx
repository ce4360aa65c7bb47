import { NextIntlClientProvider } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getMessages } from '@/lib/i18n/messages';
import PageError from './error';

function render(locale: 'en' | 'nl') {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={getMessages(locale)} timeZone="Europe/Amsterdam">
      <PageError error={Object.assign(new Error('ECONNREFUSED 10.0.0.5:5432'), { digest: '123' })} reset={() => {}} />
    </NextIntlClientProvider>,
  );
}

describe('the page shown when a server page fails', () => {
  it.each([
    ['en', 'Something went wrong', 'Try again'],
    ['nl', 'Er ging iets mis', 'Opnieuw proberen'],
  ] as const)('speaks %s, offers to try again, and never shows the error itself', (locale, heading, retry) => {
    const html = render(locale);
    expect(html).toContain(heading);
    expect(html).toContain(retry);
    expect(html).toContain('role="alert"');
    expect(html).not.toMatch(/ECONNREFUSED|5432/);
  });
});
