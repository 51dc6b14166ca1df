import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for the C4EO widgets. The stories import the packages' TypeScript sources (through
 * the `c4eo-source` export condition), and read the sample feed that `write-feed.mjs` writes
 * into ./public before Storybook starts (see the `storybook` and `build-storybook` scripts).
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // Served at the site's root: /feed/…, /feed-broken/<how>/…
  staticDirs: ['./public'],
  async viteFinal(viteConfig) {
    const { defaultClientConditions } = await import('vite');
    return {
      ...viteConfig,
      resolve: {
        ...viteConfig.resolve,
        // Our packages export their sources under this condition, so no build is needed first.
        conditions: ['c4eo-source', ...defaultClientConditions],
      },
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        // Storybook's web-components renderer imports lit/directive-helpers.js, which the dev
        // server's optimizer does not pre-bundle with lit: it was served from node_modules with a
        // second copy of lit-html ("Multiple versions of Lit loaded" in every story's console).
        include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
      },
      build: {
        ...viteConfig.build,
        // Storybook's own docs renderer is a 1 MB chunk; our code is a small part of the preview.
        chunkSizeWarningLimit: 1500,
        rolldownOptions: {
          ...viteConfig.build?.rolldownOptions,
          // The Loading story imports @c4eo/feed/client eagerly (to give one feed a fetch that never
          // answers), so the design package's lazy import of it cannot make a chunk here. That
          // only concerns Storybook's bundle; the library's own builds split as they should.
          checks: { ...viteConfig.build?.rolldownOptions?.checks, ineffectiveDynamicImport: false },
        },
      },
    };
  },
};

export default config;
