import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import {
  createSimulatedSource,
  createStrapClient,
  getBluetoothSupport,
  requestStrap,
  restoreLastStrap,
  StrapError,
  type BluetoothSupport,
  type HrvLevel,
  type StrapClient,
  type StrapErrorCode,
} from '@/lib/ble';
import { createLiveStrapStore, idleSnapshot } from '@/lib/live/live-strap-store';

export interface SimulationSettings {
  meanHrBpm: number;
  hrv: HrvLevel;
}

/** One strap (real or simulated) for the page: connection, live snapshot, and the actions the buttons call. */
export function useLiveStrap({ simulationSeed }: { simulationSeed: number | null }) {
  const [store] = useState(createLiveStrapStore);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, () => idleSnapshot);
  const clientRef = useRef<StrapClient | null>(null);
  const [support, setSupport] = useState<BluetoothSupport | 'checking'>('checking');
  const [error, setError] = useState<StrapErrorCode | null>(null);
  const [restoring, setRestoring] = useState(false);

  const adopt = useCallback(
    (client: StrapClient) => {
      if (clientRef.current && clientRef.current !== client) clientRef.current.disconnect();
      clientRef.current = client;
      store.attach(client);
    },
    [store],
  );

  useEffect(() => {
    let cancelled = false;
    void getBluetoothSupport().then(async (result) => {
      if (cancelled) return;
      setSupport(result);
      if (result !== 'available' || clientRef.current) return;
      // A strap paired on an earlier visit reconnects without the chooser, where the browser allows it.
      setRestoring(true);
      const restored = await restoreLastStrap().catch(() => null);
      if (!cancelled) setRestoring(false);
      if (cancelled || clientRef.current) restored?.disconnect();
      else if (restored) adopt(restored);
    });
    return () => {
      cancelled = true;
      clientRef.current?.disconnect();
      clientRef.current = null;
      store.detach();
    };
  }, [adopt, store]);

  const run = useCallback(async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (cause) {
      setError(cause instanceof StrapError ? cause.code : 'connect-failed');
    }
  }, []);

  // The chooser only opens during the click's user activation: requestStrap comes before any other await.
  const connectStrap = useCallback(
    () =>
      run(async () => {
        const client = await requestStrap();
        adopt(client);
        await client.connect();
      }),
    [adopt, run],
  );

  const startSimulation = useCallback(
    (settings: SimulationSettings) =>
      run(async () => {
        const seed = simulationSeed ?? Math.floor(Math.random() * 2 ** 31);
        const client = createStrapClient({ source: createSimulatedSource({ seed, ...settings }) });
        adopt(client);
        await client.connect();
      }),
    [adopt, run, simulationSeed],
  );

  const reconnect = useCallback(() => run(async () => clientRef.current?.reconnect()), [run]);
  const disconnect = useCallback(() => clientRef.current?.disconnect(), []);
  const forget = useCallback(
    () =>
      run(async () => {
        const client = clientRef.current;
        clientRef.current = null;
        store.clear();
        await client?.forget();
      }),
    [run, store],
  );

  /** The strap client now in use (the session records from it), or null. */
  const getClient = useCallback(() => clientRef.current, []);

  return { snapshot, support, error, restoring, connectStrap, startSimulation, reconnect, disconnect, forget, getClient };
}

export type LiveStrapControls = ReturnType<typeof useLiveStrap>;
