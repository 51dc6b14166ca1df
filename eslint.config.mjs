// Lint: typescript-eslint's recommended rules (type-checked rules need TypeScript 5.x, which we
// pin), and Lit's and web components' own rules for the templates and elements.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['**/dist/**', 'node_modules/**', 'storybook-static/**', '.storybook/public/**', '.cache/**', '**/*.d.ts'],
  },
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  lit.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The base element defines through defineElement(), which checks the registry first.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['test/**', 'stories/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // chai's `expect(x).to.exist` is an expression statement by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
