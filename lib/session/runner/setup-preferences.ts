// What a person chose in the set-up, remembered per person in localStorage (a guest is one person too).
import type { KeyValueStorage } from '@/lib/ble';
import type { BreathingProtocol } from '@/lib/session/protocol/record';
import { defaultProtocol, validateProtocol } from '@/lib/session/protocol/protocol';

export interface CueSettings {
  tones: boolean;
  /** 0 … 1 */
  volume: number;
  vibration: boolean;
  /** Speak a guided practice's cues (speechSynthesis): off unless the person turns it on. */
  speech: boolean;
}

export interface SetupPreferences {
  protocol: BreathingProtocol;
  cues: CueSettings;
}

export const defaultCues: CueSettings = { tones: false, volume: 0.4, vibration: false, speech: false };
export const defaultSetup: SetupPreferences = { protocol: defaultProtocol, cues: defaultCues };

export function setupStorageKey(person: string | null): string {
  return `herstel.breathe.setup.${person ?? 'guest'}`;
}

export function loadSetup(storage: KeyValueStorage, person: string | null): SetupPreferences {
  return parseSetup(storage.getItem(setupStorageKey(person)));
}

/** Stored JSON → preferences; anything missing or invalid falls back to the default. */
export function parseSetup(raw: string | null): SetupPreferences {
  try {
    if (!raw) return defaultSetup;
    const parsed = JSON.parse(raw) as { protocol?: unknown; cues?: Partial<CueSettings> };
    const cues = parsed.cues ?? {};
    return {
      protocol: validateProtocol(parsed.protocol) ?? defaultProtocol,
      cues: {
        tones: typeof cues.tones === 'boolean' ? cues.tones : defaultCues.tones,
        volume: typeof cues.volume === 'number' && cues.volume >= 0 && cues.volume <= 1 ? cues.volume : defaultCues.volume,
        vibration: typeof cues.vibration === 'boolean' ? cues.vibration : defaultCues.vibration,
        speech: typeof cues.speech === 'boolean' ? cues.speech : defaultCues.speech,
      },
    };
  } catch {
    return defaultSetup;
  }
}

export function saveSetup(storage: KeyValueStorage, person: string | null, setup: SetupPreferences): void {
  try {
    storage.setItem(setupStorageKey(person), JSON.stringify(setup));
  } catch {
    // Storage full or disabled (private mode): the set-up still works, it is just not remembered.
  }
}
