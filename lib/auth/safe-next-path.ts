/**
 * Where to go after signing in. Only same-site paths: an absolute or protocol-relative URL here would let a
 * crafted link send someone to another site straight after they typed their password.
 */
export function safeNextPath(candidate: string | null | undefined, fallback = '/'): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) {
    return fallback;
  }
  return candidate;
}
