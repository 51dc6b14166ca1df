// `npm run build`: the npm builds and the CDN build (rollup), type declarations (tsc), then the
// build steps that need built code: JSON Schema files and the sample feed beside the CDN file.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

for (const pkg of ['feed', 'design', 'widgets']) rmSync(`packages/${pkg}/dist`, { recursive: true, force: true });
run('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent']);
// The feed's CLI is the workspace's `c4eo-feed` bin, linked to this very file: npm makes a bin
// executable when it installs a package, not when a build writes it, so `npx c4eo-feed` in the
// repository would meet "Permission denied".
if (existsSync('packages/feed/dist/cli.js')) chmodSync('packages/feed/dist/cli.js', 0o755);
// The React wrappers import the package's own entries (`@c4eo/widgets/evidence-card.js`), react
// and @lit/react, all left as imports: transpiling each file (react.ts and react/*.ts, one module
// per element so that an app bundles only the widgets it wraps) is the whole build.
if (existsSync('packages/widgets/src/react.ts')) {
  const wrappers = existsSync('packages/widgets/src/react')
    ? readdirSync('packages/widgets/src/react').filter((name) => name.endsWith('.ts')).map((name) => `packages/widgets/src/react/${name}`)
    : [];
  run('npx', ['esbuild', 'packages/widgets/src/react.ts', ...wrappers, '--format=esm', '--target=es2022', '--log-level=warning', '--outbase=packages/widgets/src', '--outdir=packages/widgets/dist']);
}
for (const pkg of ['feed', 'design', 'widgets']) {
  if (existsSync(`packages/${pkg}/tsconfig.build.json`)) run('npx', ['tsc', '-p', `packages/${pkg}/tsconfig.build.json`]);
}
// The sample feed's licence, beside the feed that the CDN build publishes (written before
// build-assets, whose integrity manifest lists every file of dist/cdn/).
if (existsSync('packages/widgets/dist/cdn')) {
  mkdirSync('packages/widgets/dist/cdn/feed', { recursive: true });
  copyFileSync('scripts/sample-feed-licence.txt', 'packages/widgets/dist/cdn/feed/LICENCE.txt');
}
run('node', ['scripts/build-assets.mjs']);
// custom-elements.json, shipped in @c4eo/widgets and read by Storybook's autodocs.
run('npx', ['cem', 'analyze', '--config', '.storybook/custom-elements-manifest.config.mjs', '--quiet']);
// Editor data (VS Code custom HTML data, JetBrains web-types) from custom-elements.json.
run('node', ['scripts/editor-data.mjs']);
