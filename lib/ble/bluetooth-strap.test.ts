import { afterEach, describe, expect, it, vi } from 'vitest';
import { getBluetoothSupport, requestStrap, restoreLastStrap } from './bluetooth-strap';
import { STRAP_MEMORY_KEY, recallStrap } from './strap-memory';
import { StrapError } from './strap-source';
import { createFakeBluetooth, createMemoryStorage, FakeDevice } from './testing/fake-bluetooth';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('getBluetoothSupport', () => {
  it('is unavailable without navigator.bluetooth (Safari, Firefox, the server)', async () => {
    expect(await getBluetoothSupport(null)).toBe('unavailable');
    vi.stubGlobal('navigator', {});
    expect(await getBluetoothSupport()).toBe('unavailable');
  });

  it('tells an adapter that is off apart from a working one', async () => {
    expect(await getBluetoothSupport(createFakeBluetooth([], { available: false }).bluetooth)).toBe('adapter-off');
    expect(await getBluetoothSupport(createFakeBluetooth([], { available: true }).bluetooth)).toBe('available');
  });

  it('reads navigator.bluetooth at call time', async () => {
    vi.stubGlobal('navigator', { bluetooth: createFakeBluetooth([]).bluetooth });
    expect(await getBluetoothSupport()).toBe('available');
  });
});

describe('requestStrap', () => {
  it('asks for heart-rate devices with battery and device information as optional services', async () => {
    const device = new FakeDevice();
    const { fake, bluetooth } = createFakeBluetooth([device]);
    const storage = createMemoryStorage();
    const client = await requestStrap({ bluetooth, storage });
    expect(fake.requests).toEqual([
      { filters: [{ services: ['heart_rate'] }], optionalServices: ['battery_service', 'device_information'] },
    ]);
    expect(client.status).toBe('idle');
    expect(recallStrap(storage)).toEqual({ id: 'strap-1', name: 'Polar H10 1234' });
    await client.connect();
    expect(client.status).toBe('connected');
  });

  it('turns a closed chooser into a domain error', async () => {
    const { fake, bluetooth } = createFakeBluetooth([]);
    fake.choose('cancel');
    const error = await requestStrap({ bluetooth, storage: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StrapError);
    expect((error as StrapError).code).toBe('chooser-cancelled');
  });

  it('fails with "unsupported" where there is no Web Bluetooth', async () => {
    await expect(requestStrap({ bluetooth: null })).rejects.toMatchObject({ code: 'unsupported' });
  });
});

describe('restoreLastStrap', () => {
  it('reconnects the remembered strap without the chooser', async () => {
    const other = new FakeDevice({ id: 'other' });
    const device = new FakeDevice();
    const { fake, bluetooth } = createFakeBluetooth([other, device]);
    const storage = createMemoryStorage();
    storage.setItem(STRAP_MEMORY_KEY, JSON.stringify({ id: 'strap-1', name: 'Polar H10 1234' }));
    const client = await restoreLastStrap({ bluetooth, storage });
    expect(fake.requests).toHaveLength(0);
    expect(client?.status).toBe('connected');
    expect(client?.info?.id).toBe('strap-1');
  });

  it('returns the client disconnected when the strap does not answer', async () => {
    const device = new FakeDevice();
    device.inRange = false;
    const storage = createMemoryStorage();
    storage.setItem(STRAP_MEMORY_KEY, JSON.stringify({ id: 'strap-1', name: 'x' }));
    const client = await restoreLastStrap({ bluetooth: createFakeBluetooth([device]).bluetooth, storage });
    expect(client?.status).toBe('disconnected');
  });

  it('returns null and clears the memory when the permission is gone', async () => {
    const storage = createMemoryStorage();
    storage.setItem(STRAP_MEMORY_KEY, JSON.stringify({ id: 'strap-1', name: 'x' }));
    expect(await restoreLastStrap({ bluetooth: createFakeBluetooth([]).bluetooth, storage })).toBeNull();
    expect(storage.map.size).toBe(0);
  });

  it('returns null without getDevices(), without memory, or with unreadable memory', async () => {
    const device = new FakeDevice();
    const storage = createMemoryStorage();
    expect(await restoreLastStrap({ bluetooth: createFakeBluetooth([device]).bluetooth, storage })).toBeNull();
    storage.setItem(STRAP_MEMORY_KEY, '{not json');
    expect(await restoreLastStrap({ bluetooth: createFakeBluetooth([device]).bluetooth, storage })).toBeNull();
    storage.setItem(STRAP_MEMORY_KEY, JSON.stringify({ id: 'strap-1', name: 'x' }));
    const noGetDevices = createFakeBluetooth([device], { getDevices: false }).bluetooth;
    expect(await restoreLastStrap({ bluetooth: noGetDevices, storage })).toBeNull();
  });
});

describe('forget', () => {
  it('revokes the device and clears the remembered strap', async () => {
    const device = new FakeDevice();
    const storage = createMemoryStorage();
    const client = await requestStrap({ bluetooth: createFakeBluetooth([device]).bluetooth, storage });
    await client.connect();
    await client.forget();
    expect(device.forgotten).toBe(true);
    expect(recallStrap(storage)).toBeNull();
  });
});
