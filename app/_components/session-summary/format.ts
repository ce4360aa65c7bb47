// Number formats of the summary. The three headline values (test ids summary-*) are plain numbers with
// one decimal and a '.' in every language, so tests and people copying them get the same thing; every
// other number is formatted for the reader's locale.

/** One decimal, '.' separator: '42.3'. */
export function plainMs(value: number): string {
  return value.toFixed(1);
}

/** One decimal with a sign: '+5.1', '-3.2', '0.0'. ASCII minus, so Number() reads it back. */
export function plainSignedMs(value: number): string {
  const text = value.toFixed(1);
  return value > 0 && text !== '0.0' ? `+${text}` : text === '-0.0' ? '0.0' : text;
}

// A type alias, not an interface: message values must be assignable to a string-indexed record.
export type DurationParts = { minutes: number; seconds: number };

/** Whole seconds split for the duration messages ('12 min 30 s'). */
export function durationParts(durationS: number): DurationParts {
  const total = Math.max(0, Math.round(durationS));
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}

type DurationTranslator = (key: 'duration.minutes' | 'duration.minutesSeconds' | 'duration.seconds', values: DurationParts) => string;

/** '2 min', '1 min 30 s' or '45 s' through the `summary.duration.*` messages. */
export function formatDuration(t: DurationTranslator, durationS: number): string {
  const parts = durationParts(durationS);
  if (parts.minutes === 0) return t('duration.seconds', parts);
  return parts.seconds === 0 ? t('duration.minutes', parts) : t('duration.minutesSeconds', parts);
}
