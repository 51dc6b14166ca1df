// Writes the sample feed that the stories read into .storybook/public/ (a Storybook staticDir),
// so that the dev server and the static build serve it as plain files, as a partner's host would.
// The layout mirrors test/feed-server.mjs, so a story's `feed` arg maps onto the test server by
// prefixing "/test": /feed/ ↔ /test-feed/, /feed-broken/<how>/ ↔ /test-feed-broken/<how>/.
//
// The feed is generated from the source (bundled with esbuild, so no build is needed) for a
// fixed date, so that the stories look the same every day.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSampleGenerator } from '../scripts/sample-generator.mjs';
// The theme-priority variants are the test server's own, so stories and tests see the same feeds.
import { hostileEvidence, hostileThemes, invalidThemeEvidence, invalidThemes, manyThemes, progressMapVariant } from '../test/feed-server.mjs';

export const STORY_FEED_DATE = '2026-11-24';

const root = fileURLToPath(new URL('..', import.meta.url));
const publicDir = join(root, '.storybook/public');


function write(path, body) {
  const file = join(publicDir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
}

const started = performance.now();
const { generateSampleFeed } = await loadSampleGenerator();
const documents = generateSampleFeed({ date: STORY_FEED_DATE });

rmSync(join(publicDir, 'feed'), { recursive: true, force: true });
rmSync(join(publicDir, 'feed-broken'), { recursive: true, force: true });

for (const [path, document] of documents) write(`feed/${path}`, JSON.stringify(document));

// The broken feeds hold only what the broken-feed stories read; every poisoned item carries
// 20 KB of strings, and the whole poisoned list would add megabytes to the static build.
const BROKEN_PATHS = ['themes.json', 'areas.json', 'evidence/kr-early-years-3.json'];
for (const path of BROKEN_PATHS) {
  write(`feed-broken/hostile/${path}`, JSON.stringify(hostileEvidence(documents.get(path))));
  // Served as .json but not JSON: what a misconfigured host returns (an HTML error page).
  write(`feed-broken/not-json/${path}`, '<!doctype html><title>Oops</title>');
  write(`feed-broken/wrong-feed/${path}`, JSON.stringify({ feed: 'other', version: '1.0', generated: `${STORY_FEED_DATE}T09:00:00Z` }));
}

// The evidence card's theme whose every item is invalid: themes.json names it, evidence.json spoils it.
write('feed-broken/invalid-theme-evidence/themes.json', JSON.stringify(documents.get('themes.json')));
write('feed-broken/invalid-theme-evidence/evidence.json', JSON.stringify(invalidThemeEvidence(documents.get('evidence.json'))));
// The card also reads areas.json (to name an item's area); without it the story logged a 404.
write('feed-broken/invalid-theme-evidence/areas.json', JSON.stringify(documents.get('areas.json')));

// The theme priority list's variants: only themes.json differs; evidence.json rides along for the counts.
for (const [how, variant] of [['many-themes', manyThemes], ['invalid-themes', invalidThemes], ['hostile-themes', hostileThemes]]) {
  write(`feed-broken/${how}/themes.json`, JSON.stringify(variant(documents.get('themes.json'))));
  write(`feed-broken/${how}/evidence.json`, JSON.stringify(documents.get('evidence.json')));
}

// The progress map's variants: areas.json without layouts, an indicator with England's figures
// only, and invalid areas and figures left out.
for (const how of ['no-layout', 'no-values', 'left-out-map']) {
  for (const path of ['areas.json', 'indicators.json', 'indicators/lac-ks2-attainment.json']) {
    write(`feed-broken/${how}/${path}`, JSON.stringify(progressMapVariant(how, path, documents.get(path))));
  }
}

console.log(`Story feed for ${STORY_FEED_DATE}: ${documents.size} documents and broken variants in .storybook/public/ (${Math.round(performance.now() - started)} ms)`);
