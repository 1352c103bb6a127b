import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Which folder may import what is held by dependency-cruiser (.dependency-cruiser.mjs), which
 * follows imports through. What stays here is what it cannot see: globals and property access.
 */
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
    // src/shared runs everywhere: neither Node's nor the browser's globals.
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: {} },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
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
