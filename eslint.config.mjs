import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'events',
  'worker_threads',
];

/**
 * The layering of the tree, enforced: each folder says what it may not import.
 *   src/shared     pure TypeScript, runs everywhere
 *   src/main/core  the engine over SQLite, runs in plain Node
 *   src/main/ipc   channel registration, no electron
 *   src/main/*.ts  the shell: the only main-process files that import electron
 *   src/preload    electron's contextBridge + the channel list
 *   src/renderer   React; reaches the main process only through renderer/ipc
 */
function forbid(patterns, message) {
  return { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] };
}

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', '.tools/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: forbid(
      [
        'electron',
        'better-sqlite3',
        'react',
        'react-*',
        'zustand',
        'd3-*',
        ...NODE_BUILTINS,
        '**/main/**',
        '**/renderer/**',
        '**/preload/**',
      ],
      'src/shared is pure TypeScript: no electron, Node, DOM or process-specific code.',
    ),
  },
  {
    files: ['src/main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'react', 'react-*', '**/renderer/**', '**/preload/**', '**/ipc/**'],
              message: 'src/main/core runs in plain Node: no electron, no shell, IPC or renderer code.',
            },
            {
              regex: '^(\\.\\./)+(window|protocol|security|menu|csp|rendererFiles)$',
              message: 'src/main/core must not import the Electron shell.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/ipc/**/*.ts'],
    rules: forbid(
      ['electron', '**/renderer/**', '**/preload/**'],
      'src/main/ipc must not import electron; the shell passes ipcMain in.',
    ),
  },
  {
    files: ['src/main/*.ts'],
    rules: forbid(
      ['**/renderer/**', '**/preload/**', 'react', 'react-*'],
      'The main process does not import renderer or preload code.',
    ),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: forbid(
      [
        '**/main/**',
        '**/renderer/**',
        'better-sqlite3',
        'zod',
        ...NODE_BUILTINS,
        '**/shared/ipc/contract',
        '**/shared/domain',
      ],
      'The preload holds the channel list and contextBridge only.',
    ),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid(
        ['electron', 'better-sqlite3', ...NODE_BUILTINS, '**/main/**', '**/preload/**'],
        'The renderer reaches the main process only through src/renderer/ipc.',
      ),
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'commonGround', message: 'Use the client in src/renderer/ipc.' },
      ],
    },
  },
  {
    files: ['src/renderer/ipc/**/*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
