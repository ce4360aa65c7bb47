// Phase lengths as a person reads and types them: "2:00", "0:45", or a plain number of minutes ("2", "1,5").

/** Seconds as m:ss ("2:00", "0:20", "12:30"). */
export function formatMinSec(totalS: number): string {
  const s = Math.max(0, Math.round(totalS));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * Reads "m:ss" (seconds 0–59), or a number of minutes with a decimal point or comma; null when it is
 * neither. Whole seconds only, so a 20-s test protocol stays exactly 20 s.
 */
export function parseMinSec(text: string): number | null {
  const trimmed = text.trim();
  const clock = /^(\d{1,3}):([0-5]\d)$/.exec(trimmed);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const minutes = /^\d{1,3}([.,]\d{1,2})?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : NaN;
  return Number.isFinite(minutes) ? Math.round(minutes * 60) : null;
}
