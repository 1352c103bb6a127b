import type { Migration } from './types';

/**
 * What the workshop designer needs: planned minutes per activity, a trash for deleted
 * workshops (a way back), and the facilitator's own templates.
 */
export const designer: Migration = {
  version: 4,
  name: 'designer: activity minutes, trash, user templates',
  up: `
    ALTER TABLE activities ADD COLUMN minutes INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 240);
    ALTER TABLE workshops ADD COLUMN deleted_at TEXT;
    CREATE INDEX workshops_by_deleted ON workshops (deleted_at);

    CREATE TABLE templates (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      description TEXT NOT NULL DEFAULT '',
      body TEXT NOT NULL CHECK (json_valid(body)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `,
};
