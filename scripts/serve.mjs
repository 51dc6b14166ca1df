// `npm start`: serves the demo pages, the CDN build and the sample feed on http://localhost:8000
// (or $PORT). The sample feed is generated for today's date, so the calendar is never empty, and
// served with the headers feed-spec.md asks of a publisher.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { today, writeSampleFeed } from './build-assets.mjs';

const ROOT = resolve('.');
const FEED_DIR = resolve('.cache/sample-feed');
const port = Number(process.env.PORT ?? 8000);

await writeSampleFeed(FEED_DIR, { date: today() });

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
    if (!file.startsWith(folder)) return undefined; // no escaping the mount with ../
    return { file, isFeed: folder === FEED_DIR };
  }
  return undefined;
}

const server = createServer(async (request, response) => {
  try {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const found = locate(pathname.endsWith('/') ? `${pathname}index.html` : pathname);
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
    };
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
    response.writeHead(200, headers);
    response.end(body);
  } catch (error) {
    response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(String(error));
  }
});

server.listen(port, () => {
  console.log(`C4EO widgets demo: http://localhost:${port}/  (sample feed at http://localhost:${port}/feed/)`);
});
