// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // As .prettierignore: build output, caches and staff content.
  globalIgnores([
    'dist/',
    'node_modules/',
    '.astro/',
    'tests/.output/',
    'bench/results/',
    'tmp/',
    'content/',
    'tests/fixtures/**/content/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  // Everything runs in Node (build, scripts, tests) except browser code: src/scripts/ and <script> blocks in .astro files.
  { ignores: ['src/scripts/**', '**/*.astro/*.js', '**/*.astro/*.ts'], languageOptions: { globals: globals.node } },
  { files: ['src/scripts/**'], languageOptions: { globals: globals.browser } },
  {
    rules: {
      // A leading underscore marks a parameter a signature requires; `{ omitted, ...rest }` drops a key on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
);
