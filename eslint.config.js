import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Each environment is visible in its folder, and imports never cross the wrong way:
// shared/ is pure, renderer/ and electron/ may only reach into shared/.
export default tseslint.config(
  { ignores: ['node_modules', 'dist', '**/dist-*', 'dist-electron', 'release', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ is pure: it imports nothing of renderer/ or electron/.' },
            { group: ['dexie', 'dexie-*', 'electron', 'react', 'react-*', 'node:*', 'fs', 'path'], message: 'shared/ is pure: no DOM, Node, Electron or Dexie.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // This rule only matters to the React Compiler, which the app does not use; TanStack Virtual trips it.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**', 'electron', 'node:*'], message: 'renderer/ reaches the desktop only through the bridge contract in shared/.' },
            {
              group: ['dexie', 'dexie-*', '**/db/db'],
              message:
                'Only renderer/db/ touches Dexie: call its named queries and commands, useLive from renderer/db/live for live data, newId from renderer/db/ids.',
            },
          ],
        },
      ],
    },
  },
  {
    // renderer/db/ is the one module that imports Dexie and the database.
    files: ['renderer/db/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**', 'electron', 'node:*'], message: 'renderer/ reaches the desktop only through the bridge contract in shared/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**', 'react', 'react-*', 'dexie'], message: 'electron/ is the desktop shell: it imports only shared/.' }] },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{js,mjs,ts}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
