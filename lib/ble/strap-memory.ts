// Remembers the last strap so the next visit can reconnect without the chooser
// (navigator.bluetooth.getDevices()). Storage can throw (private mode, quota): never fatal.

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface RememberedStrap {
  id: string;
  name: string;
}

export const STRAP_MEMORY_KEY = 'herstel.ble.last-strap';

export function getDefaultStorage(): KeyValueStorage | null {
  try {
    return (globalThis as { localStorage?: KeyValueStorage }).localStorage ?? null;
  } catch {
    return null;
  }
}

export function rememberStrap(strap: RememberedStrap, storage = getDefaultStorage()): void {
  try {
    storage?.setItem(STRAP_MEMORY_KEY, JSON.stringify({ id: strap.id, name: strap.name }));
  } catch {
    // Remembering is a convenience; pairing still worked.
  }
}

export function recallStrap(storage = getDefaultStorage()): RememberedStrap | null {
  try {
    const text = storage?.getItem(STRAP_MEMORY_KEY);
    if (!text) return null;
    const value: unknown = JSON.parse(text);
    if (isRememberedStrap(value)) return { id: value.id, name: value.name };
  } catch {
    // Unreadable memory is the same as none.
  }
  return null;
}

export function forgetRememberedStrap(storage = getDefaultStorage()): void {
  try {
    storage?.removeItem(STRAP_MEMORY_KEY);
  } catch {
    // Nothing to undo.
  }
}

function isRememberedStrap(value: unknown): value is RememberedStrap {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.id === 'string' && record.id !== '' && typeof record.name === 'string';
}
