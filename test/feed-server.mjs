// A test feed for web-test-runner: the sample feed for a fixed date, generated in memory from
// the source (bundled with esbuild, so no build is needed), served under /test-feed/ with the
// spec's headers, plus broken feeds under /test-feed-broken/<how>/ for the error states.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSampleGenerator } from '../scripts/sample-generator.mjs';

export const TEST_FEED_DATE = '2026-11-24';


const { generateSampleFeed } = await loadSampleGenerator();
const documents = new Map(
  [...generateSampleFeed({ date: TEST_FEED_DATE })].map(([path, document]) => [path, JSON.stringify(document)]),
);

/**
 * Theme-priority variants of themes.json (the same in .storybook/write-feed.mjs):
 * `many-themes`: the spec's limit, 50 themes of 20 priorities, listed in a shuffled rank order;
 * `invalid-themes`: one invalid theme and one invalid priority beside valid ones;
 * `hostile-themes`: markup, scripts and 10,000-character strings in every theme and priority.
 */
export function manyThemes(original) {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const outcomeIds = original.outcomes.map((outcome) => outcome.id);
  const themes = Array.from({ length: 50 }, (_, t) => {
    const ranks = Array.from({ length: 20 }, (_, r) => r + 1);
    for (let i = ranks.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [ranks[i], ranks[j]] = [ranks[j], ranks[i]];
    }
    return {
      id: `theme-${t + 1}`,
      title: `Theme ${t + 1}: ${original.themes[t % original.themes.length].title}`,
      summary: `What C4EO is working on in theme ${t + 1}.`,
      status: ['active', 'completed', 'planned'][t % 3],
      started: '2008-07-08',
      ended: t % 3 === 1 ? '2010-03-31' : null,
      url: `https://www.c4eo.org.uk/themes/theme-${t + 1}`,
      priorities: ranks.map((rank) => ({
        id: `t${t + 1}-p${rank}`,
        rank,
        title: `Priority ${rank} of theme ${t + 1}`,
        summary: `Why priority ${rank} matters for theme ${t + 1}.`,
        outcomes: [outcomeIds[rank % outcomeIds.length], outcomeIds[(rank + 2) % outcomeIds.length]],
        url: `https://www.c4eo.org.uk/themes/theme-${t + 1}/p${rank}`,
        resources: [
          { type: 'knowledge-review', title: `Knowledge review for priority ${rank}`, url: `https://www.c4eo.org.uk/evidence/t${t + 1}-p${rank}-kr` },
          { type: 'validated-local-practice', title: `Local practice for priority ${rank}`, url: `https://www.c4eo.org.uk/evidence/t${t + 1}-p${rank}-vlp` },
        ],
      })),
      prioritiesDue: null,
    };
  });
  return { ...original, themes };
}

export function invalidThemes(original) {
  const copy = structuredClone(original);
  copy.themes[0].priorities.push({ id: 'Not An Id', rank: 0, title: 42 });
  copy.themes.splice(1, 0, { id: 'broken-theme', title: 'A theme with no status', priorities: [] });
  return copy;
}

/** Priorities with no page of their own: the widget picks them with a button. */
export function pagelessPriorities(original) {
  const copy = structuredClone(original);
  for (const theme of copy.themes) for (const priority of theme.priorities) delete priority.url;
  return copy;
}

export function hostileThemes(original) {
  const copy = structuredClone(original);
  const long = (text) => `<script>window.__pwned=true</script>${`${text} `.repeat(10000 / (text.length + 1))}`.slice(0, 10000);
  // Every title carries markup; the first two themes also carry 10,000-character strings (the rest
  // would only add megabytes to the static Storybook).
  for (const [index, theme] of copy.themes.entries()) {
    theme.title = `<img src=x onerror="window.__pwned=true"> ${theme.title}`;
    if (index > 1) continue;
    theme.summary = long('Very long theme summary.');
    for (const priority of theme.priorities) {
      priority.title = `<b>bold?</b> ${'x'.repeat(10000)}`;
      priority.summary = long('Very long priority summary.');
      for (const resource of priority.resources ?? []) resource.title = `<a href="javascript:alert(1)">${resource.title}</a> ${'y'.repeat(5000)}`;
    }
  }
  return copy;
}

/**
 * The real HexJSON layouts in ../shared/data/ (read-only, never copied into the project). CI has
 * `shared/` beside the clone; a git worktree sits deeper, so the nearest ancestor that has
 * `shared/data/` is used.
 */
export function sharedDataDir() {
  let folder = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  for (;;) {
    const candidate = join(folder, '..', 'shared', 'data');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/**
 * Progress-map variants of the sample feed, by name:
 * `districts`: the 361 UK districts of ../shared/data as the authority level, each with values;
 * `no-layout`: areas.json without tile layouts (the table is the widget's content);
 * `no-values`: every indicator with figures for England only (the empty state);
 * `partial-layout`: two authorities left out of the layout, and a code in it that no area has;
 * `no-compare-values`: indicators.json lists children-low-income-families, but its values are missing (404);
 * `left-out-map`: an invalid authority (Hartlepool, E06000001), invalid figures for another
 *   (Middlesbrough, E06000002) and an invalid indicator no map shows, beside valid ones.
 */
export function progressMapVariant(how, path, original) {
  if (how === 'left-out-map') return leftOutMap(path, original);
  if (how === 'no-layout' && path === 'areas.json') {
    const { layouts: _dropped, ...rest } = original;
    return rest;
  }
  if (how === 'partial-layout' && path === 'areas.json') {
    // Two authorities missing from the layout, and a code in the layout that no area has.
    const { E06000001: _hartlepool, E09000001: _city, ...hexes } = original.layouts.authority.hexes;
    return { ...original, layouts: { ...original.layouts, authority: { ...original.layouts.authority, hexes: { ...hexes, W06000001: { q: -9, r: -9 } } } } };
  }
  if (how === 'no-values' && path.startsWith('indicators/')) {
    return { ...original, values: { E92000001: original.values.E92000001 }, notes: {} };
  }
  if (how !== 'districts') return original;
  const dir = sharedDataDir();
  if (dir === undefined) return original;
  const grid = JSON.parse(readFileSync(join(dir, 'uk-local-authority-districts-2023.hexjson'), 'utf8'));
  const codes = Object.keys(grid.hexes);
  if (path === 'areas.json') {
    const top = original.areas.filter((area) => area.level !== 'authority');
    const regions = new Set(top.map((area) => area.code));
    const districts = Object.entries(grid.hexes).map(([code, hex]) => ({
      code,
      name: hex.n,
      level: 'authority',
      ...(regions.has(hex.region) ? { parent: hex.region } : {}),
    }));
    return { ...original, areas: [...top, ...districts], layouts: { ...original.layouts, authority: { layout: grid.layout, hexes: grid.hexes } } };
  }
  if (path.startsWith('indicators/')) {
    // Deterministic values from the code's digits, so every run draws the same map.
    const values = { ...original.values };
    for (const code of codes) {
      const seed = Number(code.slice(3)) % 97;
      values[code] = original.periods.map((_, i) => (seed % 13 === 0 ? null : Math.round((20 + seed * 0.5 + i * 1.5) * 10) / 10));
    }
    return { ...original, values };
  }
  return original;
}

function leftOutMap(path, original) {
  if (path === 'areas.json') {
    return { ...original, areas: original.areas.map((area) => (area.code === 'E06000001' ? { ...area, level: 'district' } : area)) };
  }
  if (path === 'indicators.json') return { ...original, indicators: [...original.indicators, { id: 'broken-indicator', title: 42 }] };
  if (path.startsWith('indicators/') && original.values.E06000002 !== undefined) {
    return { ...original, values: { ...original.values, E06000002: original.values.E06000002.map(() => 'n/a') } };
  }
  return original;
}

const JSON_HEADERS = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' };

/** Koa middleware for @web/dev-server. */
/** An evidence document whose strings are hostile: markup, scripts and 10,000 characters, still valid. */
export function hostileEvidence(document) {
  const poison = (item) => ({
    ...item,
    title: `<img src=x onerror="window.__pwned=true"> ${item.title}`,
    summary: `<script>window.__pwned=true</script>${'Very long summary. '.repeat(530)}`,
    keyMessages: ['<b>bold?</b>', 'x'.repeat(10000)],
    organisation: 'javascript:alert(1)',
  });
  const copy = structuredClone(document);
  if (copy.item) copy.item = poison(copy.item);
  if (copy.items) copy.items = copy.items.map(poison);
  return copy;
}

/** An evidence list whose every item of one theme is invalid (a date that does not exist): the card says they were left out. */
export function invalidThemeEvidence(document, theme = 'disabled-children') {
  const copy = structuredClone(document);
  copy.items = copy.items.map((item) => (item.theme === theme ? { ...item, published: '2010-02-30' } : item));
  return copy;
}

export async function testFeedMiddleware(context, next) {
  const { path } = context;
  // /test-feed/run-<name>/… serves the same feed under another base URL, so a test can count
  // its own requests without seeing another test's late ones.
  const served = /^\/test-feed\/(?:run-[a-z0-9-]+\/)?(.*)$/.exec(path);
  if (served) {
    const body = documents.get(served[1]);
    context.set(JSON_HEADERS);
    if (body === undefined) {
      context.status = 404;
      context.body = 'Not found';
      return;
    }
    context.type = 'application/json';
    context.body = body;
    return;
  }
  const hexjson = /^\/shared-data\/([a-z0-9-]+\.hexjson)$/.exec(path);
  if (hexjson) {
    const dir = sharedDataDir();
    const file = dir === undefined ? undefined : join(dir, hexjson[1]);
    if (file === undefined || !existsSync(file)) {
      context.status = 404;
      context.body = 'Not found: ../shared/data is not beside the repository';
      return;
    }
    context.type = 'application/json';
    context.body = readFileSync(file, 'utf8');
    return;
  }
  const broken = /^\/test-feed-broken\/([a-z0-9-]+)\/(.*)$/.exec(path);
  if (broken) {
    const [, how, documentPath] = broken;
    context.set(JSON_HEADERS);
    switch (how) {
      case 'server-error':
        context.status = 500;
        context.body = 'Internal Server Error';
        return;
      case 'not-json':
        context.type = 'text/html';
        context.body = '<!doctype html><title>Oops</title>';
        return;
      case 'array':
        context.type = 'application/json';
        context.body = '[]';
        return;
      case 'wrong-feed':
        context.type = 'application/json';
        context.body = JSON.stringify({ feed: 'other', version: '1.0', generated: '2026-11-24T09:00:00Z' });
        return;
      case 'version-2': {
        const original = JSON.parse(documents.get(documentPath) ?? '{}');
        context.type = 'application/json';
        context.body = JSON.stringify({ ...original, version: '2.0' });
        return;
      }
      case 'hostile': {
        context.type = 'application/json';
        context.body = JSON.stringify(hostileEvidence(JSON.parse(documents.get(documentPath) ?? '{}')));
        return;
      }
      case 'many-themes':
      case 'invalid-themes':
      case 'hostile-themes':
      case 'pageless-priorities':
      case 'invalid-theme-evidence': {
        // The one document each variant changes; the others are served as they are.
        const [changed, variant] = {
          'many-themes': ['themes.json', manyThemes],
          'invalid-themes': ['themes.json', invalidThemes],
          'hostile-themes': ['themes.json', hostileThemes],
          'pageless-priorities': ['themes.json', pagelessPriorities],
          'invalid-theme-evidence': ['evidence.json', invalidThemeEvidence],
        }[how];
        const body = documents.get(documentPath);
        if (body === undefined) {
          context.status = 404;
          return;
        }
        context.type = 'application/json';
        context.body = documentPath === changed ? JSON.stringify(variant(JSON.parse(body))) : body;
        return;
      }
      case 'districts':
      case 'partial-layout':
      case 'no-layout':
      case 'no-values':
      case 'no-compare-values':
      case 'left-out-map': {
        const body = how === 'no-compare-values' && documentPath === 'indicators/children-low-income-families.json' ? undefined : documents.get(documentPath);
        if (body === undefined) {
          context.status = 404;
          return;
        }
        context.type = 'application/json';
        context.body = JSON.stringify(progressMapVariant(how, documentPath, JSON.parse(body)));
        return;
      }
      case 'slow-evidence':
      case 'broken-evidence': {
        // themes.json as it is; evidence.json late (1.5 s) or not JSON, for the related-evidence counts.
        const body = documents.get(documentPath);
        if (documentPath === 'evidence.json' && how === 'broken-evidence') {
          context.type = 'text/html';
          context.body = '<!doctype html><title>Oops</title>';
          return;
        }
        if (documentPath === 'evidence.json') await new Promise((resolve) => setTimeout(resolve, 1500));
        if (body === undefined) {
          context.status = 404;
          return;
        }
        context.type = 'application/json';
        context.body = body;
        return;
      }
      default:
        context.status = 404;
        return;
    }
  }
  return next();
}
