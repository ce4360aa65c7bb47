import { describe, expect, it } from 'vitest';
import { JournalError, toJournalError, type JournalErrorCode } from './journal-error';

const dom = (name: string) => new DOMException(`the browser's own words (${name})`, name);

describe('toJournalError', () => {
  it.each<[string, JournalErrorCode]>([
    ['QuotaExceededError', 'storage-full'],
    ['NS_ERROR_DOM_QUOTA_REACHED', 'storage-full'],
    ['VersionError', 'storage-blocked'],
    ['SecurityError', 'storage-unavailable'],
    ['NotSupportedError', 'storage-unavailable'],
    ['AbortError', 'storage-failed'],
    ['UnknownError', 'storage-failed'],
    ['TransactionInactiveError', 'storage-failed'],
    ['DataCloneError', 'storage-failed'],
  ])('maps a DOMException named %s to %s, keeping it as the cause', (name, code) => {
    const cause = dom(name);
    const error = toJournalError(cause);
    expect(error).toBeInstanceOf(JournalError);
    expect(error.code).toBe(code);
    expect(error.cause).toBe(cause);
  });

  it('reads an InvalidStateError on opening as no storage (old Firefox private windows), on an open database as a failure', () => {
    expect(toJournalError(dom('InvalidStateError'), 'open').code).toBe('storage-unavailable');
    expect(toJournalError(dom('InvalidStateError'), 'use').code).toBe('storage-failed');
  });

  it('keeps a JournalError as it is, and makes anything else a failure', () => {
    const coded = new JournalError('storage-blocked');
    expect(toJournalError(coded)).toBe(coded);
    expect(toJournalError(new Error('boom')).code).toBe('storage-failed');
    expect(toJournalError('a string').code).toBe('storage-failed');
    expect(toJournalError(null).code).toBe('storage-failed');
    expect(toJournalError(new ReferenceError('indexedDB is not defined')).code).toBe('storage-unavailable');
  });

  it("never carries the browser's text in its own message (that is for the console, via the cause)", () => {
    expect(toJournalError(dom('QuotaExceededError')).message).not.toContain("browser's own words");
  });
});
