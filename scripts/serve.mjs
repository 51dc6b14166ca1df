// `npm start`: serves the demo pages, the embed builder, the CDN build and the sample feed on
// http://localhost:8000 (or $PORT). The sample feed is generated for today's date, so the
// calendar is never empty, and served with the headers feed-spec.md asks of a publisher. The
// council page and the builder are served with a strict Content-Security-Policy, as a council's
// site would serve them. The tests start the same server (startDemoServer) on a free port.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { today, writeSampleFeed } from './build-assets.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const FEED_DIR = join(ROOT, '.cache/sample-feed');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * The policy a strict council site sets (README, "Content-Security-Policy"), here with the CDN
 * and the feed on the page's own origin: no inline script or style, no eval, Trusted Types.
 */
export const STRICT_DEMO_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html 'allow-duplicates'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Pages served with STRICT_DEMO_CSP. */
export const STRICT_PAGES = new Set(['/council.html', '/builder/index.html']);

/** URL prefix → folder. The feed is served at /feed/ and, as the CDN build would publish it, beside the CDN file. */
const MOUNTS = [
  ['/feed/', FEED_DIR],
  ['/cdn/feed/', FEED_DIR],
  ['/cdn/', join(ROOT, 'packages/widgets/dist/cdn')],
  ['/npm/', join(ROOT, 'packages')],
  ['/node_modules/', join(ROOT, 'node_modules')],
  ['/', join(ROOT, 'demo')],
];

function locate(pathname) {
  for (const [prefix, folder] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(folder, decodeURIComponent(pathname.slice(prefix.length))));
    if (!file.startsWith(folder + sep)) return undefined; // no escaping the mount with ../
    return { file, isFeed: folder === FEED_DIR };
  }
  return undefined;
}

async function answer(request, response) {
  const { pathname: asked } = new URL(request.url ?? '/', 'http://localhost');
  const pathname = asked.endsWith('/') ? `${asked}index.html` : asked;
  const found = locate(pathname);
  if (!found || !(await stat(found.file).catch(() => null))?.isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Access-Control-Allow-Origin': '*' });
    response.end('Not found');
    return;
  }
  const body = await readFile(found.file);
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const headers = {
    'Content-Type': TYPES[extname(found.file)] ?? 'application/octet-stream',
    'Access-Control-Allow-Origin': '*',
    ETag: etag,
    'Cache-Control': found.isFeed ? 'max-age=300' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...(STRICT_PAGES.has(pathname) ? { 'Content-Security-Policy': STRICT_DEMO_CSP } : {}),
  };
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  response.writeHead(200, headers);
  response.end(body);
}

/** Writes today's sample feed and serves the demo; resolves to `{ origin, close() }`. Port 0 picks a free port. */
export async function startDemoServer({ port = 8000, host } = {}) {
  await writeSampleFeed(FEED_DIR, { date: today() });
  const server = createServer((request, response) =>
    answer(request, response).catch((error) => {
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(String(error));
    }),
  );
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const { port: actual } = server.address();
  return {
    origin: `http://localhost:${actual}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { origin } = await startDemoServer({ port: Number(process.env.PORT ?? 8000) });
  console.log(`C4EO widgets demo: ${origin}/  (embed builder at ${origin}/builder/, sample feed at ${origin}/feed/)`);
}
