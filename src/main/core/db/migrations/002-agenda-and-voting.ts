import type { Migration } from './types';

/**
 * Activities carry their kind-specific settings as validated JSON; a vote's value is JSON
 * too (a rank, points, a level, an option id, or a prediction pair), checked by the core
 * against its activity before it is written.
 */
export const agendaAndVoting: Migration = {
  version: 2,
  name: 'agenda, rounds and votes',
  up: `
    CREATE TABLE activities (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      kind TEXT NOT NULL
        CHECK (kind IN ('ownership', 'ranking', 'points', 'likert', 'scale', 'choice', 'prediction')),
      title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      prompt TEXT NOT NULL DEFAULT '',
      config TEXT NOT NULL CHECK (json_valid(config) AND json_extract(config, '$.kind') = kind)
    ) STRICT;
    CREATE INDEX activities_by_workshop ON activities (workshop_id, position);

    CREATE TABLE items (
      id TEXT PRIMARY KEY,
      activity_id TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 300),
      description TEXT,
      benchmark TEXT CHECK (benchmark IS NULL OR json_valid(benchmark))
    ) STRICT;
    CREATE INDEX items_by_activity ON items (activity_id, position);

    CREATE TABLE rounds (
      id TEXT PRIMARY KEY,
      activity_id TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
      number INTEGER NOT NULL CHECK (number >= 1),
      status TEXT NOT NULL CHECK (status IN ('open', 'closed', 'revealed')),
      opened_at TEXT NOT NULL,
      deadline_at TEXT,
      closed_at TEXT,
      revealed_at TEXT,
      UNIQUE (activity_id, number)
    ) STRICT;

    CREATE TABLE votes (
      round_id TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
      participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
      item_id TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
      value TEXT NOT NULL CHECK (json_valid(value)),
      by_facilitator INTEGER NOT NULL DEFAULT 0 CHECK (by_facilitator IN (0, 1)),
      recorded_at TEXT NOT NULL,
      PRIMARY KEY (round_id, participant_id, item_id)
    ) STRICT, WITHOUT ROWID;
  `,
};
