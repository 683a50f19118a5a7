import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** A path into the core past its one face, `core/mod.js`. */
const DEEP_CORE = '/core/(?!mod\\.js$)';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'coverage/', 'scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/adapters/**'], message: 'The core never imports an adapter.' },
            { group: ['grammy', '@grammyjs/*', '@slack/*'], message: 'The core knows no platform SDK.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/adapters/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\.\\./[^.]', message: 'Adapters never import each other.' },
            { regex: DEEP_CORE, message: 'Adapters import the core through core/mod.js.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: DEEP_CORE, message: 'The core is imported through core/mod.js.' }] },
      ],
    },
  },
);
