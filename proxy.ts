import { NextResponse, type NextRequest } from 'next/server';
import { allowedMethods, findApiRoute } from '@/lib/http/api-methods';
import { buildContentSecurityPolicy } from '@/lib/security/csp';
import { isDecodablePath, servedOverHttps, strictTransportSecurity } from '@/lib/security/transport';

function malformedPath(request: NextRequest): NextResponse {
  if (request.nextUrl.pathname.startsWith('/api/')) {
    return NextResponse.json({ error: { code: 'invalid-request', message: 'The address has a broken percent-escape.' } }, { status: 400 });
  }
  // The app's own not-found page: a broken address names no page.
  return NextResponse.rewrite(new URL('/not-found', request.url), { status: 404 });
}

/**
 * An API address asked with a method its route does not have: 405 with `Allow` (RFC 9110 wants it, and
 * Next.js answers an empty 405 without), as JSON like every other error. Unknown addresses pass on to
 * their 404; OPTIONS and HEAD are Next.js's own (OPTIONS answers 204 with the same `Allow`).
 */
function api(request: NextRequest): NextResponse {
  const route = findApiRoute(request.nextUrl.pathname);
  if (!route) return NextResponse.next();
  const allowed = allowedMethods(route);
  if (allowed.includes(request.method.toUpperCase())) return NextResponse.next();
  const message = `${request.nextUrl.pathname} answers ${allowed.join(', ')}, not ${request.method.toUpperCase()}.`;
  return NextResponse.json({ error: { code: 'method-not-allowed', message } }, { status: 405, headers: { Allow: allowed.join(', '), 'cache-control': 'no-store' } });
}

function page(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = buildContentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  // Next.js reads the policy from the request headers to put the nonce on its scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export function proxy(request: NextRequest) {
  // Checked here, before Next.js decodes the path for a dynamic route and fails with a bare 500.
  const decodable = isDecodablePath(request.nextUrl.pathname);
  const response = !decodable ? malformedPath(request) : request.nextUrl.pathname.startsWith('/api/') ? api(request) : page(request);
  const https = servedOverHttps({
    configuredUrl: process.env.BETTER_AUTH_URL,
    trustProxy: process.env.TRUST_PROXY,
    forwardedProto: request.headers.get('x-forwarded-proto'),
  });
  if (https) response.headers.set('Strict-Transport-Security', strictTransportSecurity);
  return response;
}

export const config = {
  matcher: [
    '/api/:path*',
    {
      source: '/((?!api|_next/static|_next/image|favicon.ico|icon.svg).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
