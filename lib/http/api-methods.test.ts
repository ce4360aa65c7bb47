import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectApiRoutes, exportedMethods, renderRoutes, routesFile } from '../../scripts/api-methods.mjs';
import { allowedMethods, compileRoutes, findApiRoute } from './api-methods';

const root = path.resolve(__dirname, '../..');

describe('the API route map', () => {
  it('is the app/api tree as it is now (run `npm run api:routes` after adding a route)', () => {
    const committed = fs.readFileSync(path.join(root, routesFile), 'utf8');
    expect(committed).toBe(renderRoutes(collectApiRoutes(path.join(root, 'app/api'))));
  });

  it('reads the ways a route file exports its methods', () => {
    expect(exportedMethods('export const POST = a;\nexport const GET = b;')).toEqual(['GET', 'POST']);
    expect(exportedMethods('export async function PUT(request) {}')).toEqual(['PUT']);
    expect(exportedMethods('export const { GET, POST } = toNextJsHandler(x);')).toEqual(['GET', 'POST']);
    expect(exportedMethods('export { handler as DELETE };\nexport const dynamic = "force-dynamic";')).toEqual(['DELETE']);
  });
});

describe('findApiRoute', () => {
  const routes = compileRoutes([
    { route: '/api/sessions', methods: ['GET', 'POST'] },
    { route: '/api/sessions/[id]', methods: ['DELETE', 'GET'] },
    { route: '/api/sessions/[id]/export', methods: ['GET'] },
    { route: '/api/sessions/recent', methods: ['GET'] },
    { route: '/api/auth/[...all]', methods: ['GET', 'POST'] },
  ]);
  const routeOf = (pathname: string) => findApiRoute(pathname, routes)?.route;

  it('picks the most specific route, as Next.js does', () => {
    expect(routeOf('/api/sessions')).toBe('/api/sessions');
    expect(routeOf('/api/sessions/')).toBe('/api/sessions');
    expect(routeOf('/api/sessions/recent')).toBe('/api/sessions/recent');
    expect(routeOf('/api/sessions/3f0c')).toBe('/api/sessions/[id]');
    expect(routeOf('/api/sessions/3f0c/export')).toBe('/api/sessions/[id]/export');
    expect(routeOf('/api/auth/sign-in/email')).toBe('/api/auth/[...all]');
  });

  it('finds nothing where no route is (those stay 404)', () => {
    expect(routeOf('/api/nothing')).toBeUndefined();
    expect(routeOf('/api/sessions/3f0c/unknown')).toBeUndefined();
    expect(routeOf('/api/auth')).toBeUndefined();
  });

  it('allows what Next.js answers: the exported methods, HEAD with GET, and OPTIONS', () => {
    expect(allowedMethods({ route: '/api/sessions', methods: ['GET', 'POST'] })).toEqual(['GET', 'HEAD', 'OPTIONS', 'POST']);
    expect(allowedMethods({ route: '/api/account', methods: ['DELETE'] })).toEqual(['DELETE', 'OPTIONS']);
  });
});
