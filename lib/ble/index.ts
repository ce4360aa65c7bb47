// Public API of lib/ble: strap bytes in, beats out. Safe to import on the server; the browser is
// only touched when a strap is requested, restored or connected.
export {
  parseHeartRate,
  rrRawToMs,
  PARSE_REJECT_REASONS,
  type HeartRateFlags,
  type HeartRateMeasurement,
  type ParseRejectReason,
  type ParseResult,
  type RrInterval,
  type SensorContact,
} from './parse-heart-rate';
export { encodeHeartRate, rrMsToRaw, MAX_PACKET_BYTES, type HeartRatePacketFields } from './encode-heart-rate';
export { createPacketStats, type PacketStats, type PacketStatsSnapshot } from './packet-stats';
export {
  createBeatTimeline,
  DEFAULT_DRIFT_TOLERANCE_MS,
  type AnchorReason,
  type Beat,
  type BeatTimeline,
  type BeatTimelineOptions,
  type TimelineStep,
} from './beat-timeline';
export {
  createBackoff,
  createGapRecorder,
  RECONNECT_DELAYS_MS,
  type Backoff,
  type BackoffStep,
  type Gap,
  type GapRecorder,
} from './backoff';
export {
  createMeasurementPipeline,
  type MeasurementEvent,
  type MeasurementPipeline,
  type RejectedEvent,
} from './measurement-pipeline';
export {
  StrapError,
  toBodySensorLocation,
  BODY_SENSOR_LOCATIONS,
  type BodySensorLocation,
  type StrapConnection,
  type StrapErrorCode,
  type StrapSource,
  type StrapSourceHandlers,
} from './strap-source';
export {
  createStrapClient,
  type StatusEvent,
  type StrapClient,
  type StrapClientOptions,
  type StrapInfo,
  type StrapStatus,
} from './strap-client';
export { createGattSource, type GattSourceOptions } from './gatt-source';
export {
  getBluetooth,
  getBluetoothSupport,
  requestStrap,
  restoreLastStrap,
  HEART_RATE_REQUEST,
  type BluetoothStrapOptions,
  type BluetoothSupport,
} from './bluetooth-strap';
export { recallStrap, rememberStrap, forgetRememberedStrap, type KeyValueStorage, type RememberedStrap } from './strap-memory';
export { lungVolume, breathCycleS, SPONTANEOUS_BREATHING, type BreathingPattern } from './breathing';
export {
  createSimulatedHeart,
  HRV_PROFILES,
  type HrvLevel,
  type HrvProfile,
  type SimulatedBeat,
  type SimulatedBeatKind,
  type SimulatedHeart,
  type SimulatedHeartOptions,
} from './simulated-strap';
export {
  createSimulatedPacketStream,
  simulatePackets,
  type SimulatedPacket,
  type SimulatedPacketOptions,
  type SimulatedPacketStream,
} from './simulated-packets';
export { createSimulatedSource, type SimulatedSource, type SimulatedSourceOptions } from './simulated-source';
export type { Listener, Unsubscribe } from './emitter';
export type { Timers, TimerHandle } from './timers';
