/**
 * A strap's advertised name as the app shows and stores it. Names come from the device: some pad with
 * NUL bytes or carry broken UTF-16, which no database should be asked to keep and no screen to show.
 */
export const maxDeviceNameLength = 200;

export function cleanDeviceName(raw: string | undefined | null, fallback = 'Heart rate strap'): string {
  const cleaned = Array.from(raw ?? '')
    // Array.from splits by code point: an unpaired surrogate stays a lone unit, removed here.
    .filter((ch) => !/[\u0000-\u001f\u007f]|^[\uD800-\uDFFF]$/.test(ch))
    .slice(0, maxDeviceNameLength)
    .join('')
    .trim();
  return cleaned || fallback;
}
