import { NextResponse, type NextRequest } from 'next/server';
import { buildContentSecurityPolicy } from '@/lib/security/csp';
import { isDecodablePath, servedOverHttps, strictTransportSecurity } from '@/lib/security/transport';

function malformedPath(request: NextRequest): NextResponse {
  if (request.nextUrl.pathname.startsWith('/api/')) {
    return NextResponse.json({ error: { code: 'invalid-request', message: 'The address has a broken percent-escape.' } }, { status: 400 });
  }
  // The app's own not-found page: a broken address names no page.
  return NextResponse.rewrite(new URL('/not-found', request.url), { status: 404 });
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
  const response = !decodable ? malformedPath(request) : request.nextUrl.pathname.startsWith('/api/') ? NextResponse.next() : page(request);
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
