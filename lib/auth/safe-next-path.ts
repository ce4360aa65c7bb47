/**
 * Where to go after signing in. Only same-site paths: an absolute or protocol-relative URL here would let a
 * crafted link send someone to another site straight after they typed their password. Browsers strip tabs
 * and newlines from URLs and read a backslash as a slash, so `/\t/evil.example` would become `//evil.example`:
 * such characters are refused outright, and the result must still resolve to this site.
 */
export function safeNextPath(candidate: string | null | undefined, fallback = '/'): string {
  if (!candidate || !candidate.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(candidate)) return fallback;
  const base = 'http://herstel.invalid';
  try {
    const resolved = new URL(candidate, base);
    if (resolved.origin !== base) return fallback;
    return `${resolved.pathname}${resolved.search}${resolved.hash}`;
  } catch {
    return fallback;
  }
}
