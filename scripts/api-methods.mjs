// Writes lib/http/api-routes.json: every route under app/api with the methods its route.ts exports, so
// proxy.ts can answer a method a route does not have with 405 and an `Allow` header (Next.js itself
// answers 405 without one). Runs before every `npm run build` (prebuild); lib/http/api-methods.test.ts
// fails when the committed file differs from the tree, so a new route cannot be forgotten.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const httpMethods = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];

/** The methods a route.ts exports: `export const GET =`, `export async function POST`, `export const { GET, POST } =`. */
export function exportedMethods(source) {
  const found = new Set();
  for (const match of source.matchAll(/export\s+(?:async\s+)?(?:const|function|let)\s+([A-Z]+)\b/g)) found.add(match[1]);
  for (const match of source.matchAll(/export\s+const\s*\{([^}]*)\}\s*=/g)) {
    for (const name of match[1].split(',')) found.add(name.split(':').pop().trim());
  }
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const name of match[1].split(',')) found.add(name.split(/\s+as\s+/).pop().trim());
  }
  return httpMethods.filter((method) => found.has(method));
}

/** `[{ route: '/api/sessions/[id]', methods: ['DELETE', 'GET'] }, …]` for the tree under `apiDir`, sorted. */
export function collectApiRoutes(apiDir) {
  const routes = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^route\.(ts|tsx|js|mjs)$/.test(entry.name)) {
        const segments = path.relative(apiDir, dir).split(path.sep).filter((s) => s !== '' && !/^\(.*\)$/.test(s));
        routes.push({ route: ['/api', ...segments].join('/'), methods: exportedMethods(fs.readFileSync(full, 'utf8')).sort() });
      }
    }
  };
  walk(apiDir);
  return routes.sort((a, b) => a.route.localeCompare(b.route));
}

export const routesFile = 'lib/http/api-routes.json';

export function renderRoutes(routes) {
  return `${JSON.stringify(routes, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  fs.writeFileSync(path.join(root, routesFile), renderRoutes(collectApiRoutes(path.join(root, 'app/api'))));
}
