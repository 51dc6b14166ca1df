// The sample-feed generator straight from its TypeScript source (bundled in memory with esbuild),
// for tools that run before or without a build: the test feed server and Storybook's feed.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const source = fileURLToPath(new URL('../packages/feed/src/sample/index.ts', import.meta.url));

/** `{ generateSampleFeed }` from packages/feed/src/sample/index.ts. */
export async function loadSampleGenerator() {
  const result = await build({ entryPoints: [source], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent' });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
