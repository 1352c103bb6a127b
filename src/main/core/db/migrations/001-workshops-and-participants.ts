import type { Migration } from './types';

export const workshopsAndParticipants: Migration = {
  version: 1,
  name: 'workshops and participants',
  up: `
    CREATE TABLE workshops (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      organization TEXT NOT NULL CHECK (length(organization) BETWEEN 1 AND 120),
      date TEXT NOT NULL,
      facilitator TEXT NOT NULL CHECK (length(facilitator) BETWEEN 1 AND 120),
      language TEXT NOT NULL DEFAULT 'en',
      anonymous INTEGER NOT NULL DEFAULT 1 CHECK (anonymous IN (0, 1)),
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'live', 'closed', 'archived')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE participants (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      side TEXT NOT NULL CHECK (side IN ('it', 'marketing', 'other')),
      title TEXT,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX participants_by_workshop ON participants (workshop_id, position);
  `,
};
