// A minimal typed listener list. A throwing listener must not stop the others or the BLE
// pipeline, so its error is rethrown in a microtask, where it still shows up as uncaught.

export type Listener<T> = (event: T) => void;
export type Unsubscribe = () => void;

export interface Emitter<T> {
  add(listener: Listener<T>): Unsubscribe;
  emit(event: T): void;
  size(): number;
}

export function createEmitter<T>(): Emitter<T> {
  let listeners: Listener<T>[] = [];
  return {
    add(listener) {
      listeners = [...listeners, listener];
      return () => {
        listeners = listeners.filter((l) => l !== listener);
      };
    },
    emit(event) {
      // Copy-on-write above makes iterating the current array safe while listeners unsubscribe.
      for (const listener of listeners) {
        try {
          listener(event);
        } catch (error) {
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    },
    size: () => listeners.length,
  };
}
