// `npm run bench -- ble`: the per-packet cost of the live path. A notification must be handled
// far inside a frame (16 ms); the target is under 50 µs a packet.
import type { Benchmark } from '../bench/measure';
import { simulatePackets } from './simulated-packets';
import { createStrapClient } from './strap-client';
import type { StrapSourceHandlers } from './strap-source';

const PACKETS = 100_000;

export const bleBenchmarks: Benchmark[] = [
  {
    name: 'ble.parse-and-dispatch',
    n: PACKETS,
    prepare() {
      // ~28 hours of simulated strap: enough distinct packets that nothing is cached per packet.
      const packets = simulatePackets({ seed: 7, ectopicRate: 0.01 }, PACKETS * 1000).slice(0, PACKETS);
      const views = packets.map((p) => new DataView(p.bytes.buffer, p.bytes.byteOffset, p.bytes.byteLength));
      const spanMs = (packets.at(-1)?.atMs ?? 0) + 1000;
      let handlers: StrapSourceHandlers | null = null;
      let offsetMs = 0;
      const client = createStrapClient({
        now: () => 0,
        source: {
          kind: 'simulated',
          id: 'bench',
          name: 'bench',
          connect: async (next) => {
            handlers = next;
            return { bodySensorLocation: null, batteryPercent: null };
          },
          disconnect: () => undefined,
        },
      });
      let beats = 0;
      client.onMeasurement((event) => {
        beats += event.beats.length;
      });
      void client.connect();
      return () => {
        const sink = handlers;
        if (!sink) throw new Error('bench source did not connect');
        for (let i = 0; i < views.length; i++) sink.packet(views[i] as DataView, offsetMs + (packets[i]?.atMs ?? 0));
        // Each run continues the session clock, so the timeline never sees time run backwards.
        offsetMs += spanMs;
        if (beats === 0) throw new Error('no beats dispatched');
      };
    },
  },
];
