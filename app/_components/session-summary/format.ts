// Number formats. Every figure a person reads is formatted for their locale (a decimal comma in Dutch)
// with a real minus sign (U+2212); the headline elements also carry the plain number in `data-value`,
// so tests and tools read one format whatever the language.

/** The next-intl formatter's number function (useFormatter().number), or any with its shape. */
export type NumberFormatter = (
  value: number,
  options: { minimumFractionDigits: number; maximumFractionDigits: number; useGrouping: false; signDisplay?: 'exceptZero' },
) => string;

/** Intl writes a hyphen-minus in most locales: typeset a real minus instead. */
export function withRealMinus(text: string): string {
  return text.replace(/-/g, '\u2212');
}

/** A fixed number of decimals in the reader's locale: '42.3' in English, '42,3' in Dutch. */
export function localeFixed(format: NumberFormatter, value: number, digits: number): string {
  return withRealMinus(format(value, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }));
}

/** The same with a sign: '+5,1', '−3,2', '0,0' (no sign on a value that rounds to zero). */
export function localeSigned(format: NumberFormatter, value: number, digits: number): string {
  const rounded = Number(value.toFixed(digits));
  return withRealMinus(
    format(rounded === 0 ? 0 : rounded, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'exceptZero', useGrouping: false }),
  );
}

/** The machine-readable twin (data-value): one decimal, '.', ASCII minus: '42.3', '-3.2', '0.0'. */
export function plainFixed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return Number(text) === 0 ? (0).toFixed(digits) : text;
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
