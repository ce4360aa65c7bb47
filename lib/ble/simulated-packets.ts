// Turns simulated beats into the 0x2A37 packets a chest strap sends: about one a second, each
// with the RR of the beats since the last packet, an averaged uint8 heart rate, contact bits,
// and now and then the cumulative energy expended.
import { encodeHeartRate, rrMsToRaw } from './encode-heart-rate';
import { createRandom } from './prng';
import { createSimulatedHeart, type SimulatedBeat, type SimulatedHeart, type SimulatedHeartOptions } from './simulated-strap';

export interface SimulatedPacketOptions extends SimulatedHeartOptions {
  packetIntervalMs?: number;
  /** Uniform ± jitter on the interval; BLE connection events are not exactly periodic. */
  packetJitterMs?: number;
  /** Energy expended rides along every n-th packet (0: never). */
  energyEveryPackets?: number;
}

export interface SimulatedPacket {
  /** Send time since the simulation started. */
  atMs: number;
  bytes: Uint8Array;
  /** The beats inside, with their kinds, for tests and demos. */
  beats: SimulatedBeat[];
}

export interface SimulatedPacketStream {
  readonly heart: SimulatedHeart;
  nextPacket(): SimulatedPacket;
}

// uint8 HR and energy expended leave 20 − 4 = 16 bytes: 8 RR. Without energy 9 fit.
const MAX_RR_WITH_ENERGY = 8;
const MAX_RR = 9;
const RESTING_KJ_PER_S = 0.08;

export function createSimulatedPacketStream(options: SimulatedPacketOptions = {}): SimulatedPacketStream {
  const heart = createSimulatedHeart(options);
  // A separate stream for timing, so packet jitter does not shift the heart's random sequence.
  const random = createRandom(((options.seed ?? 1) ^ 0x9e3779b9) >>> 0);
  const intervalMs = options.packetIntervalMs ?? 1000;
  const jitterMs = options.packetJitterMs ?? 40;
  const energyEvery = options.energyEveryPackets ?? 10;

  let atMs = 0;
  let packetCount = 0;
  let energyKj = 0;
  let pending: SimulatedBeat = heart.nextBeat();
  const recentRrMs: number[] = [];

  return {
    heart,
    nextPacket() {
      const previousAtMs = atMs;
      atMs += intervalMs + random.between(-jitterMs, jitterMs);
      packetCount++;
      const withEnergy = energyEvery > 0 && packetCount % energyEvery === 0;
      const maxRr = withEnergy ? MAX_RR_WITH_ENERGY : MAX_RR;

      const beats: SimulatedBeat[] = [];
      while (pending.tMs <= atMs && beats.length < maxRr) {
        beats.push(pending);
        recentRrMs.push(pending.rrMs);
        if (recentRrMs.length > 4) recentRrMs.shift();
        pending = heart.nextBeat();
      }

      // Straps report a smoothed rate, not the last beat's.
      const meanRrMs = recentRrMs.reduce((sum, rr) => sum + rr, 0) / Math.max(1, recentRrMs.length);
      const hrBpm = recentRrMs.length > 0 ? Math.round(60000 / meanRrMs) : 60;
      energyKj += ((atMs - previousAtMs) / 1000) * RESTING_KJ_PER_S * (hrBpm / 60);
      const bytes = encodeHeartRate({
        hrBpm,
        contact: 'contact',
        energyExpendedKj: withEnergy ? Math.floor(energyKj) : undefined,
        rrRaw: beats.length > 0 ? beats.map((beat) => rrMsToRaw(beat.rrMs)) : undefined,
      });
      return { atMs, bytes, beats };
    },
  };
}

/** The first `durationMs` of a simulation as packets; handy for tests and e2e fixtures. */
export function simulatePackets(options: SimulatedPacketOptions, durationMs: number): SimulatedPacket[] {
  const stream = createSimulatedPacketStream(options);
  const packets: SimulatedPacket[] = [];
  for (let packet = stream.nextPacket(); packet.atMs <= durationMs; packet = stream.nextPacket()) packets.push(packet);
  return packets;
}
