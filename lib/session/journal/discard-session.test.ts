import { describe, expect, it, vi } from 'vitest';
import { newJournalSession } from './session-lifecycle';
import { canDiscardShortSession, discardSession } from './discard-session';
import type { Journal } from './journal';
import type { JournalSession } from './journal-types';
import { defaultProtocol } from '../protocol/protocol';

function session(overrides: Partial<JournalSession>): JournalSession {
  const base = newJournalSession({ id: 's-1', owner: null, protocol: defaultProtocol, device: null, startedAtEpochMs: 0, timeZone: 'Europe/Amsterdam' });
  return { ...base, status: 'finished', durationMs: 30_000, ...overrides };
}

function journalSpy() {
  const deleted: string[] = [];
  const journal = { deleteSession: vi.fn(async (id: string) => void deleted.push(id)) } as unknown as Journal;
  return { journal, deleted };
}

describe('canDiscardShortSession', () => {
  it('offers it for a finished session under two minutes only', () => {
    expect(canDiscardShortSession(session({ durationMs: 119_000 }))).toBe(true);
    expect(canDiscardShortSession(session({ durationMs: 120_000 }))).toBe(false);
    expect(canDiscardShortSession(session({ status: 'recording', durationMs: 10_000 }))).toBe(false);
  });
});

describe('discardSession', () => {
  it("clears a guest's session from the browser without asking the server", async () => {
    const { journal, deleted } = journalSpy();
    const deleteOnServer = vi.fn(async () => true);
    await discardSession(session({ owner: null }), { journal, holdUpload: async () => () => undefined, deleteOnServer });
    expect(deleted).toEqual(['s-1']);
    expect(deleteOnServer).not.toHaveBeenCalled();
  });

  it("holds a signed-in person's uploads first, then deletes it on the server and in the browser", async () => {
    const { journal, deleted } = journalSpy();
    const order: string[] = [];
    await discardSession(session({ owner: 'u-1' }), {
      journal,
      holdUpload: async () => {
        order.push('hold');
        return () => order.push('release');
      },
      deleteOnServer: async () => {
        order.push('server');
        return true;
      },
    });
    // Gone from the server: nothing lets its uploads go again.
    expect(order).toEqual(['hold', 'server']);
    expect(deleted).toEqual(['s-1']);
  });

  it('keeps holding the uploads when the browser copy cannot be deleted after the server deleted it', async () => {
    const journal = { deleteSession: vi.fn(async () => Promise.reject(new Error('quota'))) } as unknown as Journal;
    const release = vi.fn();
    await expect(discardSession(session({ owner: 'u-1' }), { journal, holdUpload: async () => release, deleteOnServer: async () => true })).rejects.toThrow('quota');
    expect(release).not.toHaveBeenCalled();
  });

  it('lets the uploads go on when the delete request fails', async () => {
    const { journal, deleted } = journalSpy();
    const release = vi.fn();
    await expect(discardSession(session({ owner: 'u-1' }), { journal, holdUpload: async () => release, deleteOnServer: async () => Promise.reject(new TypeError('offline')) })).rejects.toThrow('offline');
    expect(deleted).toEqual([]);
    expect(release).toHaveBeenCalledOnce();
  });

  it('keeps the browser copy when the server refuses the delete', async () => {
    const { journal, deleted } = journalSpy();
    const release = vi.fn();
    await expect(discardSession(session({ owner: 'u-1' }), { journal, holdUpload: async () => release, deleteOnServer: async () => false })).rejects.toThrow();
    expect(deleted).toEqual([]);
    // Kept, so its uploads go on.
    expect(release).toHaveBeenCalledOnce();
  });
});
