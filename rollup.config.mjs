// Two kinds of build (conventions.md, "Layout"):
// - npm builds: one ESM file per entry, dependencies left as imports, for developers' bundlers;
// - the CDN build: one minified module that defines every element, dependencies bundled, with
//   code only some widgets need (chart.js) split into content-hashed chunks loaded on first use.
// Both take the layout-only white space out of our html`` and css`` templates: an app's bundler
// minifies the code but cannot tell that a template's white space draws nothing.
import { existsSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssTemplates } from './scripts/minify-css-templates.mjs';
import { squeezeHtmlTemplatesPlugin } from './scripts/squeeze-html-templates.mjs';

const transpile = (options = {}) =>
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', legalComments: 'none', ...options });

/**
 * The build's own plugins between our templates' squeezes: css`` text before TypeScript is
 * stripped, html`` after (scripts/squeeze-html-templates.mjs says why). Every build takes them.
 */
const squeezingTemplates = (...plugins) => [minifyCssTemplates(), ...plugins, squeezeHtmlTemplatesPlugin()];

const isDependency = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

/** Entries of each package's npm build, by output name; entries whose source is missing are skipped. */
const NPM_PACKAGES = {
  feed: { index: 'src/index.ts', light: 'src/light.ts', client: 'src/client.ts', sample: 'src/sample/index.ts', 'json-schema': 'src/json-schema.ts', cli: 'src/cli.ts' },
  design: { index: 'src/index.ts' },
  widgets: {
    index: 'src/index.ts',
    'c4eo-feed': 'src/feed-provider/c4eo-feed.ts',
    'evidence-card': 'src/evidence-card/evidence-card.ts',
    'theme-priorities': 'src/theme-priorities/theme-priorities.ts',
    'workshop-calendar': 'src/workshop-calendar/workshop-calendar.ts',
    'progress-map': 'src/progress-map/progress-map.ts',
    all: 'src/all.ts',
  },
};

function existingEntries(pkg) {
  return Object.fromEntries(
    Object.entries(NPM_PACKAGES[pkg])
      .map(([name, source]) => [name, `packages/${pkg}/${source}`])
      .filter(([, source]) => existsSync(source)),
  );
}

const npmBuilds = Object.keys(NPM_PACKAGES)
  .map((pkg) => ({ pkg, input: existingEntries(pkg) }))
  .filter(({ input }) => Object.keys(input).length > 0)
  .map(({ pkg, input }) => ({
    input,
    external: isDependency,
    plugins: squeezingTemplates(transpile()),
    output: {
      dir: `packages/${pkg}/dist`,
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'shared/[name]-[hash].js',
      banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
    },
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => id.includes('node_modules'))) return;
      warn(warning);
    },
  }));

const cdnInput = 'packages/widgets/src/cdn.ts';
/** Each widget alone, Lit included, measured against its size budget. */
const standaloneEntries = ['evidence-card', 'theme-priorities', 'workshop-calendar', 'progress-map'];

const resolveForBrowser = () =>
  nodeResolve({ exportConditions: ['c4eo-source', 'browser', 'import', 'default'], extensions: ['.ts', '.js', '.mjs'] });

const cdnBuilds = existsSync(cdnInput)
  ? [
      {
        input: { 'c4eo-widgets': cdnInput },
        // The entry exports the placeholder words (cdn.ts); without this, rollup moves the whole
        // entry into a chunk behind a facade, and the chunk's import.meta.url no longer finds the
        // feed published beside c4eo-widgets.js.
        preserveEntrySignatures: 'allow-extension',
        plugins: squeezingTemplates(resolveForBrowser(), transpile({ minify: true, define: { 'process.env.NODE_ENV': '"production"' } })),
        output: {
          dir: 'packages/widgets/dist/cdn',
          format: 'es',
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
      ...standaloneEntries
        .map((name) => [name, `packages/widgets/src/${name}/${name}.ts`])
        .filter(([, source]) => existsSync(source))
        .map(([name, source]) => ({
          input: { [name]: source },
          // The lazy reasons chunk (zod) imports shared code from the entry; letting the entry
          // export it avoids a tiny facade file that would cost the page one more round trip.
          preserveEntrySignatures: 'allow-extension',
          plugins: squeezingTemplates(resolveForBrowser(), transpile({ minify: true })),
          output: { dir: 'packages/widgets/dist/standalone', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
        })),
    ]
  : [];

export default [...npmBuilds, ...cdnBuilds];
