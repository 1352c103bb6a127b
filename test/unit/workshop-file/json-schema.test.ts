import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workshopFileJsonSchema } from '../../../src/shared/workshopFile';

const committed = join(__dirname, '..', '..', '..', 'docs', 'workshop-file.schema.json');

describe('docs/workshop-file.schema.json', () => {
  it('is the JSON Schema generated from the zod schema (run `node scripts/generate-schema.ts` after a change)', () => {
    // Compared as data: the committed file is formatted by Prettier, the generated one is not.
    expect(JSON.parse(readFileSync(committed, 'utf8'))).toEqual(workshopFileJsonSchema());
  });

  it('describes the limits a file is held to', () => {
    const schema = workshopFileJsonSchema() as {
      properties: Record<string, { maxItems?: number; items?: { properties: Record<string, { maxItems?: number }> } }>;
      required: string[];
    };
    expect(schema.required).toEqual(['format', 'version', 'exportedAt', 'workshop', 'participants', 'activities']);
    expect(schema.properties.participants?.maxItems).toBe(200);
    expect(schema.properties.activities?.maxItems).toBe(50);
    expect(schema.properties.activities?.items?.properties.items?.maxItems).toBe(60);
    expect(schema.properties.activities?.items?.properties.rounds?.maxItems).toBe(100);
  });
});
