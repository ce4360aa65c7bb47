/** One year, subdomains included: the header browsers keep to never try plain http again. */
export const strictTransportSecurity = 'max-age=31536000; includeSubDomains';

const off = new Set(['', '0', 'false', 'no', 'off']);

/**
 * HSTS only when the app is really reached over https: its configured URL is https, or a proxy we
 * trust (TRUST_PROXY) says the client came in over https. Never over plain http — a browser that kept
 * it for localhost would refuse every other local app on http.
 */
export function servedOverHttps({ configuredUrl, trustProxy, forwardedProto }: { configuredUrl?: string; trustProxy?: string; forwardedProto: string | null }): boolean {
  if (configuredUrl?.trim().toLowerCase().startsWith('https:')) return true;
  const trusted = !off.has((trustProxy ?? '').trim().toLowerCase());
  // A chain of proxies lists one protocol per hop; the first is the client's.
  return trusted && forwardedProto?.split(',')[0]?.trim().toLowerCase() === 'https';
}

/** False for a path with a broken percent-escape (`%`, `%E0%A4%A`): it names nothing. */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
