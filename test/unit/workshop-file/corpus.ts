import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'workshop-files');
export const GOOD_FILE = join(FIXTURES, 'good', 'alignment-day.json');

export function readFixture(...parts: string[]): string {
  return readFileSync(join(FIXTURES, ...parts), 'utf8');
}

export interface BadFile {
  /** The JSON path of the first problem, as printed; '' when the problem is the file as a whole. */
  readonly path: string;
  readonly message: string | RegExp;
}

/** Every malformed file in the corpus and the first problem it must be refused for. */
export const BAD_FILES: Record<string, BadFile> = {
  'empty.json': { path: '', message: 'The file is empty.' },
  'not-json.txt': { path: '', message: /^This is not a JSON file: .+/ },
  'not-an-object.json': { path: '', message: 'A workshop file holds one JSON object; this one holds a list.' },
  'wrong-format.json': {
    path: 'format',
    message: 'This is not a Common Ground workshop file (format must be "common-ground/workshop").',
  },
  'newer-version.json': {
    path: 'version',
    message:
      'This file was written by a newer version of Common Ground (workshop file version 2); ' +
      'this version reads version 1. Update Common Ground to open it.',
  },
  'unknown-version.json': {
    path: 'version',
    message: 'Unknown workshop file version "one"; this version of Common Ground reads version 1.',
  },
  'missing-title.json': { path: 'workshop.title', message: 'Title is required.' },
  'missing-participants.json': { path: 'participants', message: 'This field is required (a list).' },
  'wrong-type-anonymous.json': { path: 'workshop.anonymous', message: 'Use true or false.' },
  'wrong-type-minutes.json': { path: 'activities[1].minutes', message: 'Expected a number, found a string.' },
  'empty-item-label.json': { path: 'activities[2].items[0].label', message: 'An item needs a label.' },
  'unknown-field.json': { path: 'workshop.colour', message: 'Unknown field: a workshop file has no "colour" here.' },
  'bad-date.json': { path: 'workshop.date', message: 'That date does not exist.' },
  'bad-timestamp.json': {
    path: 'activities[0].rounds[0].openedAt',
    message: 'Use a date and time like 2026-11-22T09:00:00.000Z.',
  },
  'bad-config.json': { path: 'activities[2].config.total', message: 'The points total must be at least 10.' },
  'unknown-side.json': { path: 'participants[3].side', message: 'Side must be IT, Marketing or Other.' },
  'title-too-long.json': { path: 'workshop.title', message: 'Title must be at most 200 characters.' },
  'oversized-note.json': { path: 'notes[0].body', message: 'A note is at most 20000 characters.' },
  'too-many-participants.json': { path: 'participants', message: 'A workshop holds at most 200 participants.' },
  'too-many-items.json': { path: 'activities[6].items', message: 'An activity holds at most 60 items.' },
  'duplicate-participant-id.json': {
    path: 'participants[2].id',
    message: 'Participant id "p1" is used twice (first at participants[0]); ids must be unique.',
  },
  'duplicate-activity-id.json': {
    path: 'activities[3].id',
    message: 'Activity id "a2" is used twice (first at activities[1]); ids must be unique.',
  },
  'duplicate-item-id.json': {
    path: 'activities[1].items[2].id',
    message: 'Item id "i4" is used twice (first at activities[1].items[0]); ids must be unique.',
  },
  'dangling-vote-participant.json': {
    path: 'activities[1].rounds[0].votes[4].participantId',
    message: 'There is no participant with id "p9".',
  },
  'vote-item-of-another-activity.json': {
    path: 'activities[0].rounds[0].votes[1].itemId',
    message: 'This activity has no item with id "i4".',
  },
  'wrong-vote-value-type.json': {
    path: 'activities[3].rounds[0].votes[1].value',
    message: 'A likert vote is a whole number from 1 to 5.',
  },
  'vote-option-unknown.json': {
    path: 'activities[0].rounds[1].votes[0].value',
    message: 'An ownership vote is one of the options: "it-led", "marketing-led", "co-led", "outside-vendor".',
  },
  'vote-value-shape.json': {
    path: 'activities[4].rounds[0].votes[0].value',
    message:
      'A vote value is a number, an option id, a list of option ids, { "own", "guess" }, "raised" or "backed", or { "x", "y" }.',
  },
  'duplicate-vote.json': {
    path: 'activities[2].rounds[0].votes[4]',
    message: 'Participant "p1" has two votes for item "i7" in this round.',
  },
  'duplicate-round-number.json': {
    path: 'activities[0].rounds[1].number',
    message: 'Round 1 appears twice in this activity (first at activities[0].rounds[0]).',
  },
  'two-open-rounds.json': {
    path: 'activities[0].rounds[1].status',
    message: 'A workshop has at most one open round; activities[0].rounds[0] is open already.',
  },
  'note-dangling-activity.json': { path: 'notes[1].activityId', message: 'There is no activity with id "a99".' },
  'action-dangling-activity.json': {
    path: 'actionItems[0].activityId',
    message: 'There is no activity with id "a42".',
  },
};

export function badFileNames(): string[] {
  return readdirSync(join(FIXTURES, 'bad')).sort();
}

/** The whole message a refusal carries: the path first, then what is wrong there. */
export function expectedMessage(bad: BadFile): string | RegExp {
  if (typeof bad.message !== 'string') return bad.message;
  return bad.path === '' ? bad.message : `${bad.path}: ${bad.message}`;
}
