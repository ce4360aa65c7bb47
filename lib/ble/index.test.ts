import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('lib/ble public module', () => {
  it('can be imported where there is no browser (Next.js server rendering)', async () => {
    const touched: string[] = [];
    const trap = new Proxy({}, { get: (_target, key) => touched.push(String(key)) });
    vi.stubGlobal('navigator', trap);
    vi.stubGlobal('localStorage', trap);
    vi.resetModules();
    const ble = await import('./index');
    expect(typeof ble.parseHeartRate).toBe('function');
    expect(typeof ble.createStrapClient).toBe('function');
    expect(typeof ble.createSimulatedSource).toBe('function');
    expect(touched).toEqual([]);
  });
});
