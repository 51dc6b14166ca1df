import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROME_ARGS, findChrome } from './scripts/chrome.mjs';
import { testFeedMiddleware } from './test/feed-server.mjs';
import { pageCommandsPlugin } from './test/page-commands-plugin.mjs';

const executablePath = findChrome();

const chromium = (options = {}) =>
  playwrightLauncher({ product: 'chromium', launchOptions: { executablePath, headless: true, args: CHROME_ARGS }, ...options });

/** A browser whose clock and Intl run in another time zone, for tests that London times hold anywhere. */
const chromiumIn = (timezoneId) => chromium({ createBrowserContext: ({ browser }) => browser.newContext({ timezoneId }) });

/** Test files that only make sense in a browser started in a given zone: each runs in its group. */
const TIME_ZONE_TESTS = 'test/widgets/workshop-calendar/tz';

/** Tests run in headless Chromium against the packages' TypeScript sources. */
export default {
  files: ['test/**/*.test.ts', '!test/node/**', `!${TIME_ZONE_TESTS}/**`],
  nodeResolve: { exportConditions: ['c4eo-source', 'browser', 'development'] },
  rootDir: '.',
  middleware: [testFeedMiddleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), pageCommandsPlugin()],
  browsers: [chromium()],
  groups: [
    { name: 'timezone-new-york', files: `${TIME_ZONE_TESTS}/new-york.test.ts`, browsers: [chromiumIn('America/New_York')] },
    { name: 'timezone-tokyo', files: `${TIME_ZONE_TESTS}/tokyo.test.ts`, browsers: [chromiumIn('Asia/Tokyo')] },
  ],
  concurrency: 2,
  // One browser at a time: the time-zone groups' browsers wait for the default group's, so that
  // the machine runs two test pages at once, as it did before there were groups.
  concurrentBrowsers: 1,
  // A guard against hangs, not a speed check: on a shared two-core machine under load, the limit
  // cases (1,000 priorities, 5,000 events) with axe can take longer than 10 s.
  testFramework: { config: { timeout: 20000 } },
  // Every test page loads test/setup/readable-failures.ts and test/setup/lit-warnings.ts first (why: in those files).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/test/setup/readable-failures.ts"></script><script type="module" src="/test/setup/lit-warnings.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  testsFinishTimeout: 5 * 60 * 1000,
};
