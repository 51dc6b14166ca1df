import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROME_ARGS, findChrome } from './scripts/chrome.mjs';
import { testFeedMiddleware } from './test/feed-server.mjs';

const executablePath = findChrome();

/** Tests run in headless Chromium against the packages' TypeScript sources. */
export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['c4eo-source', 'browser', 'development'] },
  rootDir: '.',
  middleware: [testFeedMiddleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 5 * 60 * 1000,
};
