import { describe, expect, it } from 'vitest';
import { LiveSender, type SendOutcome } from './live-sender';
import type { LiveBatch } from './live-share-types';

const state = { phase: 'baseline' as const, paused: false, rhythm: { inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0 } };
const beat = (tMs: number) => ({ tMs, rrMs: 800 });

function senderAnswering(outcomes: (SendOutcome | Error)[]) {
  const sent: LiveBatch[] = [];
  const sender = new LiveSender('s1', async (batch) => {
    sent.push(batch);
    const next = outcomes.shift() ?? 'ok';
    if (next instanceof Error) throw next;
    return next;
  });
  return { sender, sent };
}

describe('LiveSender', () => {
  it('sends each beat once, keeps what a failed request carried for the next one', async () => {
    const { sender, sent } = senderAnswering([new Error('offline'), 'retry', 'ok', 'ok']);
    sender.queue([beat(800), beat(1600)]);
    sender.queue([beat(1600), beat(2400)]);
    await sender.flush(state);
    await sender.flush(state);
    sender.queue([beat(3200)]);
    await sender.flush(state);
    await sender.flush(state);
    expect(sent.map((b) => b.beats.map((x) => x.tMs))).toEqual([[800, 1600, 2400], [800, 1600, 2400], [800, 1600, 2400, 3200], []]);
  });

  it('keeps only the newest beats while the network is gone', async () => {
    const { sender, sent } = senderAnswering([]);
    sender.queue(Array.from({ length: 200 }, (_, i) => beat((i + 1) * 500)));
    await sender.flush(state);
    expect(sent[0]!.beats).toHaveLength(120);
    expect(sent[0]!.beats[0]!.tMs).toBe(81 * 500);
  });

  it('stops for good when the server refuses (the share ended, the link is gone)', async () => {
    const { sender, sent } = senderAnswering(['refused']);
    sender.queue([beat(800)]);
    expect(await sender.flush(state)).toBe('refused');
    expect(sender.stopped).toBe(true);
    expect(await sender.flush(state)).toBeNull();
    expect(sent).toHaveLength(1);
  });

  it('sends one request at a time', async () => {
    let release: (o: SendOutcome) => void = () => {};
    const sender = new LiveSender('s1', () => new Promise<SendOutcome>((resolve) => (release = resolve)));
    const first = sender.flush(state);
    expect(await sender.flush(state)).toBeNull();
    release('ok');
    expect(await first).toBe('ok');
  });

  it('a request answered after the person stopped says nothing: no "ok" makes the share look running again', async () => {
    let release: (o: SendOutcome) => void = () => {};
    const sender = new LiveSender('s1', () => new Promise<SendOutcome>((resolve) => (release = resolve)));
    sender.queue([beat(800)]);
    const out = sender.flush(state);
    const ends: string[] = [];
    sender.end(() => ends.push('end'));
    expect(ends).toEqual(['end']);
    release('ok');
    expect(await out).toBeNull();
    // Ended once more after the answer: that batch may have opened the share after the first end.
    expect(ends).toEqual(['end', 'end']);
    expect(await sender.flush(state)).toBeNull();
  });

  it('ends once when no request is out', async () => {
    const { sender, sent } = senderAnswering([]);
    await sender.flush(state);
    const ends: string[] = [];
    sender.end(() => ends.push('end'));
    await Promise.resolve();
    expect(ends).toEqual(['end']);
    expect(sender.stopped).toBe(true);
    expect(sent).toHaveLength(1);
  });
});
