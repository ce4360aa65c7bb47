// bytes → parse → stats → timeline → listeners. The one path every strap, real or simulated,
// goes through, so what the app sees from the simulator is what it would see from a chest strap.
import { createBeatTimeline, type AnchorReason, type Beat, type BeatTimelineOptions } from './beat-timeline';
import { createPacketStats, type PacketStatsSnapshot } from './packet-stats';
import { parseHeartRate, type HeartRateMeasurement, type ParseRejectReason } from './parse-heart-rate';

export interface MeasurementEvent {
  measurement: HeartRateMeasurement;
  /** The packet's RR as beats on the session clock; empty when the packet had no RR. */
  beats: Beat[];
  /** Session-clock arrival of the packet. */
  arrivalMs: number;
  anchor: AnchorReason | null;
}

export interface RejectedEvent {
  reason: ParseRejectReason;
  detail: string;
  arrivalMs: number;
  /** A copy: the browser may reuse the notification's buffer. */
  bytes: Uint8Array;
}

export interface MeasurementPipelineOptions extends BeatTimelineOptions {
  onMeasurement: (event: MeasurementEvent) => void;
  onRejected: (event: RejectedEvent) => void;
}

export interface MeasurementPipeline {
  ingest(bytes: DataView | Uint8Array, arrivalMs: number): void;
  markGap(): void;
  stats(): PacketStatsSnapshot;
  /** Forget beat history and counts, e.g. when a new session starts on the same connection. */
  reset(): void;
}

export function createMeasurementPipeline(options: MeasurementPipelineOptions): MeasurementPipeline {
  const timeline = createBeatTimeline(options);
  const stats = createPacketStats();
  return {
    ingest(bytes, arrivalMs) {
      const result = parseHeartRate(bytes);
      stats.record(result);
      if (!result.ok) {
        options.onRejected({ reason: result.reason, detail: result.detail, arrivalMs, bytes: copyBytes(bytes) });
        return;
      }
      const step = timeline.push(result.measurement.rr, arrivalMs);
      options.onMeasurement({ measurement: result.measurement, beats: step.beats, arrivalMs, anchor: step.anchor });
    },
    markGap: () => timeline.markGap(),
    stats: () => stats.snapshot(),
    reset() {
      timeline.reset();
      stats.reset();
    },
  };
}

function copyBytes(bytes: DataView | Uint8Array): Uint8Array {
  return new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}
