// Entry points for a real strap: support detection, the browser's chooser, and reconnecting the
// remembered strap on a later visit. Every browser API is touched inside a function only, because
// this module is also imported while Next.js renders on the server.
import { createGattSource } from './gatt-source';
import { createStrapClient, type StrapClient, type StrapClientOptions } from './strap-client';
import { forgetRememberedStrap, recallStrap, rememberStrap, type KeyValueStorage } from './strap-memory';
import { StrapError } from './strap-source';

export type BluetoothSupport = 'available' | 'unavailable' | 'adapter-off';

export interface BluetoothStrapOptions extends Omit<StrapClientOptions, 'source'> {
  /** Default navigator.bluetooth. */
  bluetooth?: Bluetooth | null;
  /** Default localStorage; null disables remembering. */
  storage?: KeyValueStorage | null;
}

export const HEART_RATE_REQUEST: RequestDeviceOptions = {
  filters: [{ services: ['heart_rate'] }],
  optionalServices: ['battery_service', 'device_information'],
};

export function getBluetooth(): Bluetooth | null {
  return (globalThis as { navigator?: Partial<Navigator> }).navigator?.bluetooth ?? null;
}

/** For the "which browsers work" message: Safari and Firefox have no Web Bluetooth at all. */
export async function getBluetoothSupport(bluetooth: Bluetooth | null = getBluetooth()): Promise<BluetoothSupport> {
  if (!bluetooth) return 'unavailable';
  if (typeof bluetooth.getAvailability !== 'function') return 'available';
  try {
    return (await bluetooth.getAvailability()) ? 'available' : 'adapter-off';
  } catch {
    return 'available';
  }
}

/**
 * Opens the browser's chooser. Call it straight from a click handler, before any other await:
 * browsers only show the chooser during a user gesture. Returns an unconnected client.
 */
export async function requestStrap(options: BluetoothStrapOptions = {}): Promise<StrapClient> {
  const bluetooth = options.bluetooth === undefined ? getBluetooth() : options.bluetooth;
  if (!bluetooth) throw new StrapError('unsupported');
  let device: BluetoothDevice;
  try {
    device = await bluetooth.requestDevice(HEART_RATE_REQUEST);
  } catch (cause) {
    throw toRequestError(cause);
  }
  return createClient(device, options);
}

/**
 * Reconnects the strap paired on an earlier visit, without the chooser, where the browser has
 * navigator.bluetooth.getDevices(). Resolves null when there is nothing to restore; otherwise the
 * client, connected if the strap answered (status 'disconnected' if not: show "connect").
 */
export async function restoreLastStrap(options: BluetoothStrapOptions = {}): Promise<StrapClient | null> {
  const bluetooth = options.bluetooth === undefined ? getBluetooth() : options.bluetooth;
  const storage = options.storage;
  const remembered = recallStrap(storage);
  if (!bluetooth || !remembered || typeof bluetooth.getDevices !== 'function') return null;
  let devices: BluetoothDevice[];
  try {
    devices = await bluetooth.getDevices();
  } catch {
    return null;
  }
  const device = devices.find((candidate) => candidate.id === remembered.id);
  if (!device) {
    // The permission was revoked in the browser's settings: the memory is stale.
    forgetRememberedStrap(storage);
    return null;
  }
  const client = createClient(device, options);
  await client.connect().catch(() => undefined);
  return client;
}

function createClient(device: BluetoothDevice, options: BluetoothStrapOptions): StrapClient {
  // storage undefined → strap-memory falls back to localStorage; null → nothing is remembered.
  const { storage } = options;
  const source = createGattSource(device, { onForget: () => forgetRememberedStrap(storage) });
  rememberStrap({ id: source.id, name: source.name }, storage);
  return createStrapClient({
    source,
    now: options.now,
    timers: options.timers,
    reconnectDelaysMs: options.reconnectDelaysMs,
    driftToleranceMs: options.driftToleranceMs,
  });
}

function toRequestError(cause: unknown): StrapError {
  const name = typeof cause === 'object' && cause !== null && 'name' in cause ? String(cause.name) : '';
  // Chrome rejects a closed chooser with NotFoundError; SecurityError outside a user gesture.
  if (name === 'NotFoundError') return new StrapError('chooser-cancelled', { cause });
  if (name === 'SecurityError' || name === 'NotAllowedError') return new StrapError('not-allowed', { cause });
  return new StrapError('connect-failed', { cause });
}
