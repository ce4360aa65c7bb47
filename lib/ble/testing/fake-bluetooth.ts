// Test doubles for Web Bluetooth: just enough GATT behaviour (EventTarget events, rejections as
// DOMExceptions) to drive gatt-source and the strap client without a browser.

function domError(name: string, message = name): DOMException {
  return new DOMException(message, name);
}

function toView(bytes: readonly number[]): DataView {
  return new DataView(new Uint8Array(bytes).buffer);
}

export class FakeCharacteristic extends EventTarget {
  value: DataView | undefined;
  startCount = 0;
  readonly properties: { notify: boolean; read: boolean };

  constructor(
    readonly uuid: string,
    private readonly readBytes: number[] | null,
    notify: boolean,
    private readonly hangOnRead = false,
  ) {
    super();
    this.properties = { notify, read: readBytes !== null };
  }

  async startNotifications(): Promise<this> {
    if (!this.properties.notify) throw domError('NotSupportedError');
    this.startCount++;
    return this;
  }

  async stopNotifications(): Promise<this> {
    return this;
  }

  async readValue(): Promise<DataView> {
    if (this.readBytes === null) throw domError('NotSupportedError');
    if (this.hangOnRead) return new Promise<DataView>(() => undefined);
    this.value = toView(this.readBytes);
    // Web Bluetooth fires characteristicvaluechanged for reads too.
    this.dispatchEvent(new Event('characteristicvaluechanged'));
    return this.value;
  }

  notify(bytes: readonly number[]): void {
    this.value = toView(bytes);
    this.dispatchEvent(new Event('characteristicvaluechanged'));
  }
}

export class FakeService {
  constructor(
    readonly uuid: string,
    readonly characteristics: Map<string, FakeCharacteristic>,
  ) {}

  async getCharacteristic(uuid: string): Promise<FakeCharacteristic> {
    const characteristic = this.characteristics.get(uuid);
    if (!characteristic) throw domError('NotFoundError', `No characteristic ${uuid}`);
    return characteristic;
  }
}

export interface FakeStrapOptions {
  id?: string;
  name?: string;
  heartRate?: boolean;
  bodySensorLocation?: number | null;
  battery?: { percent: number; notify: boolean } | null;
  /** Body sensor location reads never answer (an emulator or a strap that ignores the request). */
  hangingLocationRead?: boolean;
  /** Like the Chromium emulator: every connection exposes new characteristic objects. */
  freshObjectsOnConnect?: boolean;
}

export class FakeGattServer {
  connected = false;
  connectCount = 0;
  services = new Map<string, FakeService>();

  constructor(readonly device: FakeDevice) {}

  async connect(): Promise<this> {
    this.connectCount++;
    if (!this.device.inRange) throw domError('NetworkError', 'Connection failed');
    if (this.connectCount === 1 || this.device.options.freshObjectsOnConnect) this.services = buildServices(this.device.options);
    this.connected = true;
    return this;
  }

  disconnect(): void {
    if (!this.connected) return;
    this.connected = false;
    this.device.dispatchEvent(new Event('gattserverdisconnected'));
  }

  async getPrimaryService(uuid: string): Promise<FakeService> {
    if (!this.connected) throw domError('NetworkError', 'Not connected');
    const service = this.services.get(uuid);
    if (!service) throw domError('NotFoundError', `No service ${uuid}`);
    return service;
  }
}

export class FakeDevice extends EventTarget {
  readonly id: string;
  readonly name: string;
  readonly gatt: FakeGattServer;
  inRange = true;
  forgotten = false;

  constructor(readonly options: FakeStrapOptions = {}) {
    super();
    this.id = options.id ?? 'strap-1';
    this.name = options.name ?? 'Polar H10 1234';
    this.gatt = new FakeGattServer(this);
  }

  async forget(): Promise<void> {
    this.forgotten = true;
  }

  /** The strap walks out of range: the link drops and reconnects fail until inRange is set again. */
  drop(): void {
    this.inRange = false;
    this.gatt.disconnect();
  }

  characteristic(service: string, uuid: string): FakeCharacteristic {
    const found = this.gatt.services.get(service)?.characteristics.get(uuid);
    if (!found) throw new Error(`fake has no ${service}/${uuid}`);
    return found;
  }

  measurement(): FakeCharacteristic {
    return this.characteristic('heart_rate', 'heart_rate_measurement');
  }

  asBluetoothDevice(): BluetoothDevice {
    return this as unknown as BluetoothDevice;
  }
}

function buildServices(options: FakeStrapOptions): Map<string, FakeService> {
  const services = new Map<string, FakeService>();
  if (options.heartRate !== false) {
    const characteristics = new Map([['heart_rate_measurement', new FakeCharacteristic('heart_rate_measurement', null, true)]]);
    const location = options.bodySensorLocation === undefined ? 1 : options.bodySensorLocation;
    if (location !== null) {
      characteristics.set('body_sensor_location', new FakeCharacteristic('body_sensor_location', [location], false, options.hangingLocationRead));
    }
    services.set('heart_rate', new FakeService('heart_rate', characteristics));
  }
  const battery = options.battery === undefined ? { percent: 80, notify: true } : options.battery;
  if (battery) {
    const level = new FakeCharacteristic('battery_level', [battery.percent], battery.notify);
    services.set('battery_service', new FakeService('battery_service', new Map([['battery_level', level]])));
  }
  return services;
}

/** A navigator.bluetooth double. */
export function createFakeBluetooth(devices: FakeDevice[], options: { available?: boolean; getDevices?: boolean } = {}) {
  const requests: RequestDeviceOptions[] = [];
  let chooserResult: FakeDevice | 'cancel' = devices[0] ?? 'cancel';
  const bluetooth = {
    requests,
    choose(result: FakeDevice | 'cancel') {
      chooserResult = result;
    },
    async getAvailability() {
      return options.available ?? true;
    },
    async requestDevice(request: RequestDeviceOptions) {
      requests.push(request);
      if (chooserResult === 'cancel') throw domError('NotFoundError', 'User cancelled the requestDevice() chooser.');
      return chooserResult;
    },
    getDevices: options.getDevices === false ? undefined : async () => devices,
  };
  return { fake: bluetooth, bluetooth: bluetooth as unknown as Bluetooth };
}

export function createMemoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}
