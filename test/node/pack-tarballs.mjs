// Shared by the tests of what we publish (pack, types, frameworks): packs the three packages with
// `npm pack`, exactly as `npm publish` would, and unpacks the tarballs into a project's
// node_modules the way `npm install ./c4eo-widgets-0.1.0.tgz` lays them out.
//
// Why unpack instead of `npm install`: installing would also fetch lit, zod, react… from the
// registry, which a CI machine may reach slowly or not at all. The projects live under the
// repository's `.cache/`, so those third-party packages resolve from the repository's own
// node_modules (already installed by `npm ci`), while `@c4eo/*` resolve to the unpacked tarballs,
// which sit nearer. That each package declares what its files import is checked separately
// (pack.test.mjs), so nothing that an install would catch is lost.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PACKAGE_DIRS = ['packages/feed', 'packages/design', 'packages/widgets'];

/** A fresh folder under the repository's `.cache/` (git-ignored), removed by `cleanUp`. */
export function scratchFolder(prefix) {
  const cache = join(REPO_ROOT, '.cache');
  mkdirSync(cache, { recursive: true });
  return mkdtempSync(join(cache, `${prefix}-`));
}

export function cleanUp(folder) {
  if (folder) rmSync(folder, { recursive: true, force: true });
}

/**
 * Packs every package into `destination`; returns npm's own report for each: `name`, `filename`
 * and `files` (the paths the tarball holds). Needs a build (`npm run build`) first.
 */
export function packPackages(destination) {
  const workspaces = PACKAGE_DIRS.flatMap((dir) => ['--workspace', dir]);
  const output = execFileSync('npm', ['pack', ...workspaces, '--pack-destination', destination, '--json', '--silent'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(output);
}

/** Unpacks each tarball into `project/node_modules/<name>`, as npm installs a tarball dependency. */
export function unpackInto(project, packs, tarballDir) {
  for (const pack of packs) {
    const target = join(project, 'node_modules', ...pack.name.split('/'));
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', join(tarballDir, pack.filename), '-C', target, '--strip-components=1']);
  }
}

export const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** The repository's custom-elements.json: the list of elements every test derives its cases from. */
export function manifestElements(manifest = readJson(join(REPO_ROOT, 'packages/widgets/custom-elements.json'))) {
  const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })));
  const definitions = manifest.modules.flatMap((module) =>
    (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => ({ module, entry })),
  );
  return declarations
    .filter(({ declaration }) => declaration.customElement && declaration.tagName)
    .map(({ module, declaration }) => ({
      tag: declaration.tagName,
      className: declaration.name,
      declaration,
      classModule: module.path,
      /** The shipped module that registers the tag (`dist/evidence-card.js`, which calls defineElement). */
      registeringModule: definitions.find(({ entry }) => entry.name === declaration.tagName)?.module.path,
    }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The `exports` subpath (`./evidence-card.js`) whose file is the module that registers an element (`dist/evidence-card.js`). */
export function entryOf(element) {
  const file = `./${element.registeringModule}`;
  const exportsMap = readJson(join(REPO_ROOT, 'packages/widgets/package.json')).exports;
  return Object.entries(exportsMap).find(([, value]) => typeof value === 'object' && value.default === file)?.[0];
}
