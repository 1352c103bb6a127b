/**
 * Writes docs/workshop-file.schema.json from the zod schema in src/shared/workshopFile.ts.
 *
 *   node scripts/generate-schema.ts
 *
 * Run it after changing the workshop file's schema; a unit test fails while the committed
 * JSON Schema differs from the generated one.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { runnerImport } from 'vite';
import type * as WorkshopFileModule from '../src/shared/workshopFile';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'docs', 'workshop-file.schema.json');

// The shared code imports without file extensions, as the bundler resolves them; Vite's
// module runner resolves them the same way, so the script needs no build step.
const { module } = await runnerImport<typeof WorkshopFileModule>(join(root, 'src', 'shared', 'workshopFile.ts'), {
  configFile: false,
  logLevel: 'error',
});

const text = await format(JSON.stringify(module.workshopFileJsonSchema()), {
  ...(await resolveConfig(target)),
  filepath: target,
});
writeFileSync(target, text);
process.stdout.write(`Wrote ${target}\n`);
