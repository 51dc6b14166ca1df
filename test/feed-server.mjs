// A test feed for web-test-runner: the sample feed for a fixed date, generated in memory from
// the source (bundled with esbuild, so no build is needed), served under /test-feed/ with the
// spec's headers, plus broken feeds under /test-feed-broken/<how>/ for the error states.
import { loadSampleGenerator } from '../scripts/sample-generator.mjs';

export const TEST_FEED_DATE = '2026-11-24';


const { generateSampleFeed } = await loadSampleGenerator();
const documents = new Map(
  [...generateSampleFeed({ date: TEST_FEED_DATE })].map(([path, document]) => [path, JSON.stringify(document)]),
);

const JSON_HEADERS = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' };

/** Koa middleware for @web/dev-server. */
export async function testFeedMiddleware(context, next) {
  const { path } = context;
  // /test-feed/run-<name>/… serves the same feed under another base URL, so a test can count
  // its own requests without seeing another test's late ones.
  const served = /^\/test-feed\/(?:run-[a-z0-9-]+\/)?(.*)$/.exec(path);
  if (served) {
    const body = documents.get(served[1]);
    context.set(JSON_HEADERS);
    if (body === undefined) {
      context.status = 404;
      context.body = 'Not found';
      return;
    }
    context.type = 'application/json';
    context.body = body;
    return;
  }
  const broken = /^\/test-feed-broken\/([a-z0-9-]+)\/(.*)$/.exec(path);
  if (broken) {
    const [, how, documentPath] = broken;
    context.set(JSON_HEADERS);
    switch (how) {
      case 'server-error':
        context.status = 500;
        context.body = 'Internal Server Error';
        return;
      case 'not-json':
        context.type = 'text/html';
        context.body = '<!doctype html><title>Oops</title>';
        return;
      case 'array':
        context.type = 'application/json';
        context.body = '[]';
        return;
      case 'wrong-feed':
        context.type = 'application/json';
        context.body = JSON.stringify({ feed: 'other', version: '1.0', generated: '2026-11-24T09:00:00Z' });
        return;
      case 'version-2': {
        const original = JSON.parse(documents.get(documentPath) ?? '{}');
        context.type = 'application/json';
        context.body = JSON.stringify({ ...original, version: '2.0' });
        return;
      }
      case 'hostile': {
        // Valid documents whose strings are hostile: markup, scripts and 10,000 characters.
        const original = JSON.parse(documents.get(documentPath) ?? '{}');
        const poison = (item) => ({
          ...item,
          title: `<img src=x onerror="window.__pwned=true"> ${item.title}`,
          summary: `<script>window.__pwned=true</script>${'Very long summary. '.repeat(530)}`,
          keyMessages: ['<b>bold?</b>', 'x'.repeat(10000)],
          organisation: 'javascript:alert(1)',
        });
        if (original.item) original.item = poison(original.item);
        if (original.items) original.items = original.items.map(poison);
        context.type = 'application/json';
        context.body = JSON.stringify(original);
        return;
      }
      default:
        context.status = 404;
        return;
    }
  }
  return next();
}
