// `npm test`: the browser tests (web-test-runner in headless Chromium), then the Node tests
// (the CLI, the built packages). Fails when any test fails.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const browserOnly = process.argv.includes('--browser-only');
function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2).filter((a) => a !== '--browser-only')]);
if (!browserOnly) {
  const nodeTests = readdirSync('test/node').filter((name) => name.endsWith('.test.mjs')).map((name) => `test/node/${name}`);
  if (nodeTests.length > 0) run('node', ['--test', '--test-reporter=spec', ...nodeTests]);
}
