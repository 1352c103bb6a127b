import type { Migration } from './types';

/**
 * Activity kinds are checked by the core against its registry of kinds, not by the
 * database: a new kind then needs no table rebuild. The table is rebuilt once, without
 * the list of kinds, keeping every row, its index and the references to it (SQLite cannot
 * drop a CHECK in place). Its settings still have to name the activity's kind.
 */
export const kindsCheckedInCode: Migration = {
  version: 5,
  name: 'activity kinds checked in code',
  rebuildsTables: true,
  // Rebuilt through a holding table rather than renamed: a rename touches the connection's
  // temp schema too, and the table keeps its name in every reference to it.
  up: `
    CREATE TABLE activities_kept AS SELECT id, workshop_id, position, kind, title, prompt, config, minutes FROM activities;
    DROP TABLE activities;
    CREATE TABLE activities (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
      title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      prompt TEXT NOT NULL DEFAULT '',
      config TEXT NOT NULL CHECK (json_valid(config) AND json_extract(config, '$.kind') = kind),
      minutes INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 240)
    ) STRICT;
    INSERT INTO activities (id, workshop_id, position, kind, title, prompt, config, minutes)
      SELECT id, workshop_id, position, kind, title, prompt, config, minutes FROM activities_kept;
    DROP TABLE activities_kept;
    CREATE INDEX activities_by_workshop ON activities (workshop_id, position);
  `,
};
