// A tiny static server on 127.0.0.1 (port 0) for the embed tests and the benchmarks: plain pages
// from test/embed/, the built CDN folder (with its feed/) as a partner's page would load it, and
// any extra files a caller holds in memory. Built on node:http so that nothing but Node is needed.
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const CDN_DIR = join(REPO_ROOT, 'packages/widgets/dist/cdn');
export const STANDALONE_DIR = join(REPO_ROOT, 'packages/widgets/dist/standalone');
export const FIXTURES_DIR = join(REPO_ROOT, 'test/embed');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * Starts a server. `mounts` maps URL prefixes to folders (first match wins); `files` maps exact
 * paths to `{ body, type }` held in memory; `headers(pathname)` adds headers to a response (a
 * Content-Security-Policy, say); `transform(pathname, text)` rewrites HTML pages as they are served.
 * `tls: { key, cert }` serves HTTPS with HTTP/2 (and HTTP/1.1 for clients that ask for it), as a
 * CDN does; browsers speak HTTP/2 only over TLS. Resolves to `{ origin, close() }`.
 */
export async function startStaticServer({ mounts = [], files = new Map(), headers = () => ({}), transform, tls } = {}) {
  const handle = async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
      const common = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store', ...headers(pathname) };
      const held = files.get(pathname);
      if (held !== undefined) {
        response.writeHead(200, { ...common, 'Content-Type': held.type ?? TYPES[extname(pathname)] ?? 'application/octet-stream' });
        response.end(held.body);
        return;
      }
      for (const [prefix, folder] of mounts) {
        if (!pathname.startsWith(prefix)) continue;
        const file = normalize(join(folder, decodeURIComponent(pathname.slice(prefix.length))));
        if (!file.startsWith(folder + sep)) break; // no escaping the mount with ../
        if (!(await stat(file).catch(() => null))?.isFile()) break;
        let body = await readFile(file);
        if (transform && extname(file) === '.html') body = transform(pathname, body.toString('utf8'));
        response.writeHead(200, { ...common, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
        response.end(body);
        return;
      }
      response.writeHead(404, { ...common, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(String(error));
    }
  };
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handle) : createServer(handle);
  // An HTTP/2 server has no closeAllConnections(): its sockets are kept to be destroyed at close.
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    origin: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}
