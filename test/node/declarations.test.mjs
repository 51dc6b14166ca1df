// The type declarations each package ships name only packages it depends on: a consumer whose
// package manager does not hoist (pnpm), or who type-checks libraries (skipLibCheck: false), would
// otherwise meet "Cannot find module" in our .d.ts files. tsc writes inferred types with the
// module they come from, e.g. import("lit-html").TemplateResult for a render() typed by nothing,
// and lit-html is Lit's dependency, not ours. Needs `npm run build` first (`npm test` does it).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readJson, REPO_ROOT } from './pack-tarballs.mjs';

const PACKAGES = ['feed', 'design', 'widgets'];

function declarationFiles(folder) {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** "lit/decorators.js" → "lit", "@lit/context" → "@lit/context"; relative paths and node: builtins → undefined. */
function packageOf(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

describe('type declarations', () => {
  for (const name of PACKAGES) {
    it(`@c4eo/${name} names only packages it depends on`, () => {
      const folder = join(REPO_ROOT, 'packages', name);
      const manifest = readJson(join(folder, 'package.json'));
      const allowed = new Set([manifest.name, ...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);
      const files = declarationFiles(join(folder, 'dist'));
      assert.ok(files.length > 0, `no declarations in packages/${name}/dist: run npm run build first`);
      const strays = [];
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        // Import and export statements, and inline import("…") types; not words in comments.
        for (const match of text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm)) {
          const specifier = match[1] ?? match[2];
          const needed = packageOf(specifier);
          if (needed !== undefined && !allowed.has(needed)) strays.push(`${relative(REPO_ROOT, file)}: ${specifier}`);
        }
      }
      assert.deepEqual(strays, []);
    });
  }
});
