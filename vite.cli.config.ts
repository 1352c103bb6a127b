import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The `common-ground` command line: one CommonJS file for plain Node, out/cli/index.js.
 * better-sqlite3 (a native addon) is loaded from node_modules at run time, as the app's
 * main process does, and playwright-core only when a report is printed; everything else,
 * zod included, is bundled in.
 */
export default defineConfig({
  publicDir: false,
  // zod is bundled: its package loads every locale as its own file, which alone doubled the start of a command.
  ssr: { noExternal: ['zod'] },
  logLevel: 'warn',
  build: {
    ssr: resolve(__dirname, 'src/cli/index.ts'),
    target: 'node22',
    outDir: resolve(__dirname, 'out/cli'),
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      external: ['better-sqlite3', 'playwright-core', /^node:/],
      output: { format: 'cjs', entryFileNames: 'index.js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});
