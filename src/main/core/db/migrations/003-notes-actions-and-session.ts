import type { Migration } from './types';

/**
 * Notes, agreements and action items, and the state that lets a reopened app resume
 * exactly where the room was: which workshop is open and which activity is current.
 */
export const notesActionsAndSession: Migration = {
  version: 3,
  name: 'notes, action items and session state',
  up: `
    CREATE TABLE notes (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
      activity_id TEXT REFERENCES activities (id) ON DELETE CASCADE,
      body TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX notes_by_workshop ON notes (workshop_id, activity_id);

    CREATE TABLE action_items (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
      activity_id TEXT REFERENCES activities (id) ON DELETE SET NULL,
      kind TEXT NOT NULL CHECK (kind IN ('agreement', 'action')),
      text TEXT NOT NULL CHECK (length(text) >= 1),
      owner_it TEXT,
      owner_marketing TEXT,
      due_date TEXT,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX action_items_by_workshop ON action_items (workshop_id);

    CREATE TABLE workshop_progress (
      workshop_id TEXT PRIMARY KEY REFERENCES workshops (id) ON DELETE CASCADE,
      current_activity_id TEXT REFERENCES activities (id) ON DELETE SET NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE session (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      open_workshop_id TEXT REFERENCES workshops (id) ON DELETE SET NULL
    ) STRICT;
    INSERT INTO session (id, open_workshop_id) VALUES (1, NULL);
  `,
};
