// The transport seam. A source only moves bytes: Web Bluetooth GATT for a real strap, timers for
// the simulated one. Parsing, beat timing, reconnecting and events live once, in the strap client.

export type BodySensorLocation = 'other' | 'chest' | 'wrist' | 'finger' | 'hand' | 'ear-lobe' | 'foot';

export const BODY_SENSOR_LOCATIONS: readonly BodySensorLocation[] = [
  'other',
  'chest',
  'wrist',
  'finger',
  'hand',
  'ear-lobe',
  'foot',
];

/** 0x2A38 value → name; values 7–255 are reserved by the spec and read as unknown. */
export function toBodySensorLocation(value: number): BodySensorLocation | null {
  return BODY_SENSOR_LOCATIONS[value] ?? null;
}

/** What a strap told about itself on connecting; every field is optional on real hardware. */
export interface StrapConnection {
  bodySensorLocation: BodySensorLocation | null;
  batteryPercent: number | null;
}

export interface StrapSourceHandlers {
  /** Raw 0x2A37 bytes. `arrivalMs` on the client's clock; omitted → the client stamps it on receipt. */
  packet(bytes: DataView, arrivalMs?: number): void;
  battery(percent: number): void;
  /** The link dropped by itself. Never called for a `disconnect()` the app asked for. */
  disconnected(): void;
}

export interface StrapSource {
  readonly kind: 'bluetooth' | 'simulated';
  readonly id: string;
  readonly name: string;
  /**
   * Opens the link and starts notifications. Called again for every reconnect, so it must
   * subscribe afresh and drop subscriptions from the previous link. Rejects with a StrapError.
   */
  connect(handlers: StrapSourceHandlers): Promise<StrapConnection>;
  disconnect(): void;
  /** Revokes the site's permission for this device, where the platform supports it. */
  forget?(): Promise<void>;
}

export type StrapErrorCode =
  | 'unsupported'
  | 'adapter-off'
  | 'chooser-cancelled'
  | 'not-allowed'
  | 'no-heart-rate-service'
  | 'connect-failed';

const MESSAGES: Record<StrapErrorCode, string> = {
  unsupported: 'This browser cannot use Bluetooth. Use Chrome or Edge on a computer or Android.',
  'adapter-off': 'Bluetooth is off. Turn it on and try again.',
  'chooser-cancelled': 'No strap was chosen. Wet the strap electrodes, put it on, and choose it from the list.',
  'not-allowed': 'The browser did not allow Bluetooth here. Start pairing from a button on a secure (https) page.',
  'no-heart-rate-service': 'This device does not offer a heart-rate service. Choose a heart-rate strap.',
  'connect-failed': 'The strap did not answer. Check that it is worn and nearby, then try again.',
};

export class StrapError extends Error {
  readonly code: StrapErrorCode;

  constructor(code: StrapErrorCode, options?: { cause?: unknown }) {
    super(MESSAGES[code], options);
    this.name = 'StrapError';
    this.code = code;
  }
}
