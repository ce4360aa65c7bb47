// Web Bluetooth transport for a standard heart-rate strap (Heart Rate Service 0x180D).
// Browser-only at call time; importing it is safe on the server.
import { cleanDeviceName } from './device-name';
import { StrapError, toBodySensorLocation, type StrapConnection, type StrapSource, type StrapSourceHandlers } from './strap-source';
import { defaultTimers, type TimerHandle } from './timers';

// A strap that never answers a battery or location read must not hold up the heart rate.
const OPTIONAL_READ_TIMEOUT_MS = 3000;

export interface GattSourceOptions {
  /** Runs on forget(), e.g. to drop the remembered strap. */
  onForget?: () => void;
}

export function createGattSource(device: BluetoothDevice, options: GattSourceOptions = {}): StrapSource {
  let handlers: StrapSourceHandlers | null = null;
  let measurement: BluetoothRemoteGATTCharacteristic | null = null;
  let battery: BluetoothRemoteGATTCharacteristic | null = null;

  const onMeasurement = () => {
    const value = measurement?.value;
    if (value) handlers?.packet(value);
  };
  const onBattery = () => {
    const value = battery?.value;
    if (value && value.byteLength > 0) handlers?.battery(value.getUint8(0));
  };
  const onDisconnected = () => {
    const current = handlers;
    unsubscribe();
    current?.disconnected();
  };

  // Chrome may hand back the same characteristic object after a reconnect; listeners from the
  // old link must go, or every packet would arrive twice.
  function unsubscribe() {
    handlers = null;
    measurement?.removeEventListener('characteristicvaluechanged', onMeasurement);
    battery?.removeEventListener('characteristicvaluechanged', onBattery);
    measurement = null;
    battery = null;
  }

  async function subscribe(next: StrapSourceHandlers): Promise<StrapConnection> {
    const gatt = device.gatt;
    if (!gatt) throw new StrapError('connect-failed');
    device.addEventListener('gattserverdisconnected', onDisconnected);
    const server = await gatt.connect().catch(fail('connect-failed'));
    const service = await server.getPrimaryService('heart_rate').catch(fail('no-heart-rate-service'));
    const characteristic = await service.getCharacteristic('heart_rate_measurement').catch(fail('no-heart-rate-service'));
    handlers = next;
    measurement = characteristic;
    characteristic.addEventListener('characteristicvaluechanged', onMeasurement);
    await characteristic.startNotifications().catch(fail('connect-failed'));

    // Optional: many straps (and the e2e emulator) offer neither; the session works without them.
    const location = await optional(async () => {
      const bsl = await service.getCharacteristic('body_sensor_location');
      return toBodySensorLocation((await bsl.readValue()).getUint8(0));
    });
    const batteryPercent = await optional(async () => {
      const batteryService = await server.getPrimaryService('battery_service');
      const level = await batteryService.getCharacteristic('battery_level');
      // Read before listening: a read also fires characteristicvaluechanged.
      const percent = (await level.readValue()).getUint8(0);
      if (level.properties.notify) {
        battery = level;
        level.addEventListener('characteristicvaluechanged', onBattery);
        await level.startNotifications().catch(() => undefined);
      }
      return percent;
    });
    return { bodySensorLocation: location, batteryPercent };
  }

  return {
    kind: 'bluetooth',
    id: device.id,
    name: cleanDeviceName(device.name),
    async connect(next) {
      unsubscribe();
      try {
        return await subscribe(next);
      } catch (error) {
        // Leave no half-open link behind; the disconnect this causes must not look like a drop.
        unsubscribe();
        if (device.gatt?.connected) device.gatt.disconnect();
        throw error instanceof StrapError ? error : new StrapError('connect-failed', { cause: error });
      }
    },
    disconnect() {
      unsubscribe();
      device.removeEventListener('gattserverdisconnected', onDisconnected);
      if (device.gatt?.connected) device.gatt.disconnect();
    },
    async forget() {
      options.onForget?.();
      if (typeof device.forget === 'function') await device.forget();
    },
  };
}

/** NotFoundError means the service or characteristic is absent; anything else is a failed link. */
function fail(codeIfNotFound: 'connect-failed' | 'no-heart-rate-service') {
  return (cause: unknown): never => {
    const notFound = typeof cause === 'object' && cause !== null && 'name' in cause && cause.name === 'NotFoundError';
    throw new StrapError(notFound ? codeIfNotFound : 'connect-failed', { cause });
  };
}

/** An optional read that fails or does not answer within `OPTIONAL_READ_TIMEOUT_MS` is just absent. */
async function optional<T>(read: () => Promise<T>): Promise<T | null> {
  let timer: TimerHandle | null = null;
  const timeout = new Promise<null>((resolve) => {
    timer = defaultTimers.setTimeout(() => resolve(null), OPTIONAL_READ_TIMEOUT_MS);
  });
  try {
    return await Promise.race([read(), timeout]);
  } catch {
    return null;
  } finally {
    if (timer !== null) defaultTimers.clearTimeout(timer);
  }
}
