import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import { journalErrorCodes } from '@/lib/session/journal/journal-error';
import { initialUploadState, type JournalSession } from '@/lib/session/journal/journal-types';
import { newJournalSession } from '@/lib/session/journal/session-lifecycle';
import { defaultProtocol } from '@/lib/session/protocol/protocol';
import { SaveStatus } from './save-status';
import { StorageAlert, type StorageMoment } from './storage-alert';

function render(node: ReactNode, locale: Locale = 'en') {
  const errors: string[] = [];
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={getMessages(locale)} timeZone="Europe/Amsterdam" onError={(e) => errors.push(e.message)}>
      {node}
    </NextIntlClientProvider>,
  );
  const text = html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return { html, text, errors };
}

const moments: StorageMoment[] = ['setup', 'run', 'outcome'];

describe('StorageAlert', () => {
  it.each(['en', 'nl'] as const)('says every code, at every moment, in its own words (%s), as an alert', (locale) => {
    const { storage } = getMessages(locale).session;
    for (const code of journalErrorCodes) {
      for (const moment of moments) {
        const { html, text, errors } = render(<StorageAlert code={code} moment={moment} />, locale);
        expect(errors).toEqual([]);
        expect(html).toContain('role="alert"');
        expect(html).toContain(`data-code="${code}"`);
        expect(text).toBe(`${storage.lead[moment]} ${storage.consequence[moment]} ${storage.reason[code]}`);
      }
    }
  });

  it('is Dutch in Dutch', () => {
    const { text } = render(<StorageAlert code="storage-full" moment="run" />, 'nl');
    expect(text).toContain('Deze opname wordt niet in de browser bewaard.');
    expect(text).toContain('De opslag op dit apparaat is vol.');
  });
});

const finished = (upload: Partial<JournalSession['upload']>, owner: string | null = null): JournalSession => ({
  ...newJournalSession({ id: 'a', owner, protocol: defaultProtocol, device: null, startedAtEpochMs: Date.UTC(2026, 0, 5, 7) }),
  status: 'finished',
  upload: { ...initialUploadState, ...upload },
});

describe('SaveStatus when the browser is not keeping the session', () => {
  it("tells a guest the session is in this tab only, not that it is kept in this browser", () => {
    const { text, html, errors } = render(<SaveStatus session={finished({ status: 'local' })} storage="storage-unavailable" />);
    expect(errors).toEqual([]);
    expect(html).toContain('data-kept="tab"');
    expect(text).toContain('This session is not kept in the browser.');
    expect(text).toContain('Create an account in this tab to keep it.');
    expect(text).not.toContain('Kept in this browser');
  });

  it('while retrying, does not promise the browser keeps it', () => {
    const { text } = render(<SaveStatus session={finished({ status: 'pending', attempts: 2 }, 'u')} storage="storage-full" />);
    expect(text).toContain('It is tried again while this tab stays open.');
    expect(text).not.toContain('kept in this browser');
  });

  it('once saved to the account, says only that', () => {
    const { html, text } = render(<SaveStatus session={finished({ status: 'done' }, 'u')} storage="storage-full" />);
    expect(html).not.toContain('storage-alert');
    expect(text).toBe('Saved to your account.');
  });

  it('with working storage, is as before', () => {
    const { html, text } = render(<SaveStatus session={finished({ status: 'local' })} storage={null} />);
    expect(html).not.toContain('storage-alert');
    expect(text).toContain('Kept in this browser only');
  });
});

describe('SaveStatus when the server refuses the session for good', () => {
  it.each([
    ['en', 'payload-too-large', 'The server did not accept this session: it is larger than the server accepts. It is kept in this browser.'],
    ['nl', 'invalid-session', 'De server heeft deze sessie niet aangenomen: de server keurde de gegevens niet goed. Hij blijft in deze browser.'],
    ['en', 'teapot', 'The server did not accept this session: the server answered with an error (teapot). It is kept in this browser.'],
  ] as const)('says why in the reader\'s language (%s, %s), never the server\'s English text', (locale, code, expected) => {
    const session = finished({ status: 'failed', error: { code, message: 'The body is larger than 2000000 bytes.' } }, 'u');
    const { text, errors } = render(<SaveStatus session={session} storage={null} />, locale);
    expect(errors).toEqual([]);
    expect(text).toBe(expected);
    expect(text).not.toContain('bytes');
  });
});
