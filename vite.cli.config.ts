import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The `common-ground` command line: one CommonJS file for plain Node, out/cli/index.js.
 * better-sqlite3 (a native addon) and zod are loaded from node_modules at run time, as the
 * app's main process does; everything else from src/ is bundled in.
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: resolve(__dirname, 'src/cli/index.ts'),
    target: 'node22',
    outDir: resolve(__dirname, 'out/cli'),
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      external: ['better-sqlite3', 'playwright-core', 'zod', /^zod\//, /^node:/],
      output: { format: 'cjs', entryFileNames: 'index.js' },
    },
  },
});
