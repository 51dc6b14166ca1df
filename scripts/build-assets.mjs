// Build steps that run built code: JSON Schema files in @c4eo/feed, and the sample feed that the
// CDN build publishes beside its own file (dist/cdn/feed/) as the widgets' default feed.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

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

if (import.meta.url === `file://${process.argv[1]}` && existsSync('packages/widgets/dist/cdn')) {
  await writeSampleFeed('packages/widgets/dist/cdn/feed', { date: process.env.C4EO_SAMPLE_DATE ?? today() });
}
