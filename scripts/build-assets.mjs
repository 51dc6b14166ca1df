// Build steps that run built code: JSON Schema files in @c4eo/feed, the sample feed that the
// CDN build publishes beside its own file (dist/cdn/feed/) as the widgets' default feed, and last
// the Subresource Integrity manifest of everything in dist/cdn/.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

const feedDist = 'packages/feed/dist';

if (existsSync(join(feedDist, 'json-schema.js'))) {
  const { feedJsonSchemas } = await import(`../${feedDist}/json-schema.js`);
  const outDir = join(feedDist, 'schema');
  mkdirSync(outDir, { recursive: true });
  for (const [name, schema] of Object.entries(feedJsonSchemas())) {
    writeFileSync(join(outDir, name), `${JSON.stringify(schema, null, 2)}\n`);
  }
}

/** Writes the sample feed for `date` into `folder`, one file per document. */
export async function writeSampleFeed(folder, { date, large = false }) {
  const { generateSampleFeed } = await import(`../${feedDist}/sample.js`);
  for (const [path, document] of generateSampleFeed({ date, large })) {
    const file = join(folder, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(document));
  }
}

export function today() {
  return new Date().toISOString().slice(0, 10);
}

export const CDN_DIR = 'packages/widgets/dist/cdn';
/**
 * Beside dist/cdn/, not in it, so that it can list every file there (it cannot hold its own
 * hash). Published with the package, so jsDelivr serves it at …/@c4eo/widgets@1/dist/integrity.json.
 */
export const INTEGRITY_MANIFEST = 'packages/widgets/dist/integrity.json';

/** The `integrity` attribute value of some bytes: sha384, base64 (the SRI spec's format). */
export function integrityOf(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Every file under a folder, as paths relative to it with forward slashes, sorted. */
export function filesUnder(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Writes the SRI manifest: each file of dist/cdn/ (the entry, its content-hashed chunks, the
 * sample feed) → its sha384 integrity value, with the package version these files are. The embed
 * builder's pinned snippet takes both from here, so its `@version` is the one its hash belongs to.
 */
export function writeIntegrityManifest(folder = CDN_DIR, manifest = INTEGRITY_MANIFEST) {
  const files = Object.fromEntries(filesUnder(folder).map((path) => [path, integrityOf(readFileSync(join(folder, path)))]));
  const { version } = JSON.parse(readFileSync(join(dirname(manifest), '..', 'package.json'), 'utf8'));
  writeFileSync(manifest, `${JSON.stringify({ algorithm: 'sha384', version, base: 'dist/cdn/', files }, null, 2)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}` && existsSync(CDN_DIR)) {
  await writeSampleFeed(join(CDN_DIR, 'feed'), { date: process.env.C4EO_SAMPLE_DATE ?? today() });
  // Last, once nothing in dist/cdn/ changes any more.
  writeIntegrityManifest();
}
