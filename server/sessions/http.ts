// Request and response plumbing shared by the session route handlers: one error shape, a bounded body read.

export type ApiErrorCode =
  | 'unauthenticated'
  | 'rate-limited'
  | 'payload-too-large'
  | 'invalid-json'
  | 'invalid-session'
  | 'invalid-check-in'
  | 'not-found'
  | 'conflict';

export interface ApiIssue {
  path: string;
  message: string;
}

export function jsonResponse(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
}

export function errorResponse(status: number, code: ApiErrorCode, message: string, issues?: ApiIssue[]): Response {
  return jsonResponse(status, { error: { code, message, ...(issues ? { issues } : {}) } });
}

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

/**
 * Reads and parses a JSON body of at most maxBytes. The declared Content-Length is checked first (cheap
 * refusal), then the bytes actually read, since a chunked body declares no length at all.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<BodyResult> {
  const tooLarge = (): BodyResult => ({
    ok: false,
    response: errorResponse(413, 'payload-too-large', `The body is larger than ${maxBytes} bytes.`),
  });
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge();
  const chunks: Uint8Array[] = [];
  let received = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        await reader.cancel();
        return tooLarge();
      }
      chunks.push(value);
    }
  }
  const text = new TextDecoder().decode(concatChunks(chunks, received));
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, response: errorResponse(400, 'invalid-json', 'The body is not valid JSON.') };
  }
}

function concatChunks(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
