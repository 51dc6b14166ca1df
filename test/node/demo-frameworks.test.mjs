// The README's way to run the framework examples from a clone: `npm run build`, then
// `npx vite demo/frameworks`. Vite's dev server, started here as the CLI starts it (the root
// folder's own vite.config.mjs), must serve each example's page and its compiled module, and
// the sample feed at /feed/ where the examples read it. Without the config the examples ran but
// every widget showed "The feed has no document at …/feed/themes.json". frameworks.test.mjs checks
// in a browser what the examples do once built. Needs `npm run build` first (`npm test` does it).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createServer } from 'vite';
import { readJson, REPO_ROOT } from './pack-tarballs.mjs';

const ROOT = join(REPO_ROOT, 'demo/frameworks');
let server;
let origin;

before(async () => {
  server = await createServer({ root: ROOT, logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  const { port } = server.httpServer.address();
  origin = `http://127.0.0.1:${port}`;
});
after(() => server?.close());

describe('npx vite demo/frameworks', { timeout: 60_000 }, () => {
  it('serves the sample feed at /feed/, where the examples read it', async () => {
    const response = await fetch(`${origin}/feed/themes.json`);
    assert.equal(response.status, 200);
    const shipped = readJson(join(REPO_ROOT, 'packages/widgets/dist/cdn/feed/themes.json'));
    assert.deepEqual(await response.json(), shipped);
  });

  for (const [example, module] of [['react', 'main.jsx'], ['react-wrappers', 'main.jsx'], ['vue', 'main.js']]) {
    it(`serves the ${example} example and compiles its ${module}`, async () => {
      const page = await fetch(`${origin}/${example}/`);
      assert.equal(page.status, 200);
      assert.match(await page.text(), new RegExp(`src="\\./${module.replace('.', '\\.')}"`));
      const code = await fetch(`${origin}/${example}/${module}`);
      assert.equal(code.status, 200);
      const source = await code.text();
      assert.doesNotMatch(source, /^\s*<[A-Za-z]/m, 'no line opens a JSX tag: the JSX is compiled');
      assert.match(source, /@c4eo\/widgets|\/packages\/widgets\//, 'the widgets are imported');
    });
  }
});
