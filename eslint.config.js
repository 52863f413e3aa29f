// Folders are environments (architecture.md rule 1): the lint enforces what each may import,
// alongside the per-environment tsconfigs that leave out DOM or Node types.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'crypto',
  'os',
  'child_process',
  'worker_threads',
  'http',
];
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'dist/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      [
        ...nodeBuiltins,
        'electron',
        'electron-store',
        'react',
        'react-dom',
        '**/electron/**',
        '**/renderer/**',
      ],
      'shared/ is pure TypeScript: no Node, Electron, DOM or React.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [...nodeBuiltins, 'electron', 'electron-store', '**/electron/**'],
        'The renderer never touches Node or Electron: use the api client.',
      ),
    },
  },
  {
    // ui/ (domain-free primitives) and each feature's components/ get data and callbacks through
    // props (architecture rule 7), so a component can never keep a second copy of a store's records.
    files: ['renderer/ui/**/*.{ts,tsx}', 'renderer/features/*/components/**/*.{ts,tsx}'],
    rules: restrict(
      [
        ...nodeBuiltins,
        'electron',
        'electron-store',
        '**/electron/**',
        '**/stores/**',
        '**/api/**',
        '**/features/**',
      ],
      'renderer/ui/ and features/*/components/ are props-only: no store, api client or feature import (nor Node or Electron).',
    ),
  },
  {
    files: ['electron/services/**/*.ts', 'electron/host/**/*.ts', 'electron/cli/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict(
      ['electron', 'electron-store', '**/renderer/**', '**/main/**', '**/preload/**'],
      'Services, host and CLI run in plain Node: never import electron.',
    ),
  },
  {
    files: [
      'electron/main/**/*.ts',
      'electron/preload/**/*.ts',
      'bench/**/*.ts',
      'scripts/**/*.{ts,js}',
      'bin/**/*.js',
      'test/**/*.{ts,tsx}',
      '*.config.{ts,js}',
    ],
    languageOptions: { globals: globals.node },
  },
);
