import { z } from 'zod';
import { activityDefinitionSchema, itemDefinitionSchema } from './agenda';
import {
  NAME_MAX,
  ROUND_STAGES,
  ROUND_STATUSES,
  WORKSHOP_STATUSES,
  participantDraftSchema,
  workshopDraftSchema,
} from './domain';
import { fail, ok, type AppErrorShape, type Result } from './result';
import { ballotProblem, KINDS, voteValueProblem, voteValueSchema } from './kinds';
import { roomWritesItems, stageOf, stagesOf } from './kinds/stages';
import { findInputProblem, firstProblem, formatJsonPath } from './validation';

/**
 * The portable workshop file: one JSON document that holds a whole workshop — its
 * participants, agenda, rounds and votes, notes and agreements — so it can be moved
 * between machines, archived, or checked before it is imported.
 *
 * Ids in the file are file-local: they only tie the file's parts together (a vote to its
 * participant and item). Importing gives every row a fresh id, so the same file imported
 * twice makes two independent workshops.
 */

export const WORKSHOP_FILE_FORMAT = 'common-ground/workshop';
export const WORKSHOP_FILE_VERSION = 1;

/**
 * Bounds that keep a hostile or broken file from exhausting memory or the database. The
 * counts are the editor's own limits: a file cannot hold a workshop the app could not make.
 */
export const WORKSHOP_FILE_LIMITS = {
  /** UTF-8 bytes of the whole file. */
  bytes: 20 * 1024 * 1024,
  participants: 200,
  activities: 50,
  itemsPerActivity: 60,
  roundsPerActivity: 100,
  votesPerRound: 100_000,
  notes: 5_000,
  actionItems: 2_000,
  noteLength: 20_000,
  actionTextLength: 2_000,
} as const;

// ── Field schemas ─────────────────────────────────────────────────────────────────

const fileIdSchema = z
  .string({ error: 'An id is required.' })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'An id is 1 to 64 letters, digits, dashes or underscores.' })
  .describe('A file-local id: it only links parts of this file together and is replaced on import.');

const timestampSchema = z.iso.datetime({
  offset: true,
  error: 'Use a date and time like 2026-11-22T09:00:00.000Z.',
});

const isoDateSchema = workshopDraftSchema.shape.date;

const formatSchema = z.literal(WORKSHOP_FILE_FORMAT, {
  error: `This is not a Common Ground workshop file (format must be "${WORKSHOP_FILE_FORMAT}").`,
});

const versionSchema = z.literal(WORKSHOP_FILE_VERSION, {
  error: (issue) =>
    typeof issue.input === 'number' && Number.isInteger(issue.input) && issue.input > WORKSHOP_FILE_VERSION
      ? `This file was written by a newer version of Common Ground (workshop file version ${issue.input}); ` +
        `this version reads version ${WORKSHOP_FILE_VERSION}. Update Common Ground to open it.`
      : `Unknown workshop file version ${JSON.stringify(issue.input) ?? 'missing'}; ` +
        `this version of Common Ground reads version ${WORKSHOP_FILE_VERSION}.`,
});

const workshopSchema = workshopDraftSchema
  .extend({
    language: z
      .string()
      .regex(/^[a-z]{2}(-[A-Z]{2})?$/, { error: 'Use a language code like "en" or "en-GB".' })
      .default('en'),
    anonymous: z
      .boolean({ error: 'Use true or false.' })
      .default(true)
      .describe('When true, a side with fewer than 3 voters is not broken out.'),
    status: z.enum(WORKSHOP_STATUSES, { error: 'Status must be draft, live, closed or archived.' }).default('draft'),
  })
  .describe('The workshop itself.');

const participantSchema = participantDraftSchema.extend({ id: fileIdSchema });

const itemSchema = itemDefinitionSchema.extend({ id: fileIdSchema });

const voteSchema = z
  .object({
    participantId: fileIdSchema.describe('The id of a participant in this file.'),
    itemId: fileIdSchema.describe('The id of an item of this round’s activity.'),
    value: voteValueSchema,
    byFacilitator: z.boolean().default(false).describe('True when the facilitator entered the vote for them.'),
    recordedAt: timestampSchema,
  })
  .strict();

const roundSchema = z
  .object({
    number: z.number().int({ error: 'A round number is a whole number.' }).min(1).max(1_000),
    status: z.enum(ROUND_STATUSES, { error: 'A round’s status is open, closed or revealed.' }),
    stage: z
      .enum(ROUND_STAGES, { error: 'A round’s stage is collect or vote, or null.' })
      .nullable()
      .default(null)
      .describe('For a kind whose rounds come in stages (ideas): collect or vote; null otherwise.'),
    openedAt: timestampSchema,
    deadlineAt: timestampSchema.nullable().default(null),
    closedAt: timestampSchema.nullable().default(null),
    revealedAt: timestampSchema.nullable().default(null),
    votes: z
      .array(voteSchema)
      .max(WORKSHOP_FILE_LIMITS.votesPerRound, {
        error: `A round holds at most ${WORKSHOP_FILE_LIMITS.votesPerRound} votes.`,
      })
      .default([]),
  })
  .strict();

const activitySchema = activityDefinitionSchema.extend({
  id: fileIdSchema,
  // A draft agenda may hold an activity whose items are not written yet; it must survive a round trip.
  items: z.array(itemSchema).max(WORKSHOP_FILE_LIMITS.itemsPerActivity, {
    error: `An activity holds at most ${WORKSHOP_FILE_LIMITS.itemsPerActivity} items.`,
  }),
  rounds: z
    .array(roundSchema)
    .max(WORKSHOP_FILE_LIMITS.roundsPerActivity, {
      error: `An activity holds at most ${WORKSHOP_FILE_LIMITS.roundsPerActivity} rounds.`,
    })
    .default([]),
});

const activityRefSchema = fileIdSchema
  .nullable()
  .default(null)
  .describe('The id of an activity in this file, or null for the whole workshop.');

const noteSchema = z
  .object({
    activityId: activityRefSchema,
    body: z.string({ error: 'A note needs a body.' }).max(WORKSHOP_FILE_LIMITS.noteLength, {
      error: `A note is at most ${WORKSHOP_FILE_LIMITS.noteLength} characters.`,
    }),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict();

const ownerSchema = z.string().trim().max(NAME_MAX).nullable().default(null);

const actionItemSchema = z
  .object({
    kind: z.enum(['agreement', 'action'], { error: 'kind is "agreement" or "action".' }),
    text: z
      .string({ error: 'An agreement or action needs its text.' })
      .trim()
      .min(1, { error: 'An agreement or action needs its text.' })
      .max(WORKSHOP_FILE_LIMITS.actionTextLength),
    ownerIt: ownerSchema,
    ownerMarketing: ownerSchema,
    dueDate: isoDateSchema.nullable().default(null),
    activityId: activityRefSchema,
    createdAt: timestampSchema,
  })
  .strict();

const workshopFileShape = z
  .object({
    format: formatSchema,
    version: versionSchema,
    exportedAt: timestampSchema,
    workshop: workshopSchema,
    participants: z.array(participantSchema).max(WORKSHOP_FILE_LIMITS.participants, {
      error: `A workshop holds at most ${WORKSHOP_FILE_LIMITS.participants} participants.`,
    }),
    activities: z.array(activitySchema).max(WORKSHOP_FILE_LIMITS.activities, {
      error: `A workshop holds at most ${WORKSHOP_FILE_LIMITS.activities} activities.`,
    }),
    notes: z
      .array(noteSchema)
      .max(WORKSHOP_FILE_LIMITS.notes, { error: `A workshop holds at most ${WORKSHOP_FILE_LIMITS.notes} notes.` })
      .default([]),
    actionItems: z
      .array(actionItemSchema)
      .max(WORKSHOP_FILE_LIMITS.actionItems, {
        error: `A workshop holds at most ${WORKSHOP_FILE_LIMITS.actionItems} agreements and actions.`,
      })
      .default([]),
  })
  .strict();

export type WorkshopFile = z.output<typeof workshopFileShape>;
/** What a file may contain before defaults are filled in. */
export type WorkshopFileInput = z.input<typeof workshopFileShape>;
export type WorkshopFileActivity = WorkshopFile['activities'][number];
export type WorkshopFileVote = WorkshopFileActivity['rounds'][number]['votes'][number];

// ── Cross-references ──────────────────────────────────────────────────────────────

type Path = (string | number)[];

/** Runs only once the file has the right shape, so every field here has its type. */
function checkReferences(file: WorkshopFile, ctx: z.RefinementCtx): void {
  const problem = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });

  const participantIds = firstIndexById(file.participants, ['participants'], 'Participant', problem);
  const activityIds = firstIndexById(file.activities, ['activities'], 'Activity', problem);

  let openRoundAt: Path | null = null;
  file.activities.forEach((activity, a) => {
    const at: Path = ['activities', a];
    const itemIds = firstIndexById(activity.items, [...at, 'items'], 'Item', problem);
    // The room writes an ideas activity's items: a collect round nobody wrote in leaves none.
    const voted = roomWritesItems(activity.config.kind)
      ? activity.rounds.some((round) => round.votes.length > 0)
      : activity.rounds.length > 0;
    if (activity.items.length === 0 && voted) {
      problem([...at, 'items'], 'An activity that was voted on needs its items; this one has none.');
    }

    const numbers = new Map<number, number>();
    activity.rounds.forEach((round, r) => {
      const roundAt: Path = [...at, 'rounds', r];
      const first = numbers.get(round.number);
      if (first !== undefined) {
        problem(
          [...roundAt, 'number'],
          `Round ${round.number} appears twice in this activity (first at ${formatJsonPath([...at, 'rounds', first])}).`,
        );
      } else {
        numbers.set(round.number, r);
      }
      if (round.status === 'open') {
        if (openRoundAt !== null) {
          problem(
            [...roundAt, 'status'],
            `A workshop has at most one open round; ${formatJsonPath(openRoundAt)} is open already.`,
          );
        } else {
          openRoundAt = roundAt;
        }
        if (file.workshop.status === 'archived') {
          problem([...roundAt, 'status'], 'An archived workshop has no open round: close the round or unarchive it.');
        }
      }
      const stages = stagesOf(activity.config.kind);
      const stage = stageOf(activity.config.kind, round.stage);
      if (stages === null && round.stage !== null) {
        problem([...roundAt, 'stage'], 'Rounds of this kind of activity have no stage: use null.');
      } else if (stages !== null && stage === null) {
        problem([...roundAt, 'stage'], `A round of this activity is one of: ${stages.map((s) => s.id).join(', ')}.`);
      }
      if (round.closedAt !== null && Date.parse(round.closedAt) < Date.parse(round.openedAt)) {
        problem([...roundAt, 'closedAt'], 'A round cannot close before it opened.');
      }
      if (round.revealedAt !== null && Date.parse(round.revealedAt) < Date.parse(round.closedAt ?? round.openedAt)) {
        problem([...roundAt, 'revealedAt'], 'A round cannot be revealed before it closed.');
      }

      const ballots = new Map<string, { at: Path; entries: { itemId: string; value: unknown }[] }>();
      const seen = new Set<string>();
      round.votes.forEach((vote, v) => {
        const voteAt: Path = [...roundAt, 'votes', v];
        if (!participantIds.has(vote.participantId)) {
          problem([...voteAt, 'participantId'], `There is no participant with id "${vote.participantId}".`);
          return;
        }
        if (!itemIds.has(vote.itemId)) {
          problem([...voteAt, 'itemId'], `This activity has no item with id "${vote.itemId}".`);
          return;
        }
        const key = JSON.stringify([vote.participantId, vote.itemId]);
        if (seen.has(key)) {
          problem(voteAt, `Participant "${vote.participantId}" has two votes for item "${vote.itemId}" in this round.`);
          return;
        }
        seen.add(key);
        const wrong = voteValueProblem(activity.config, activity.items.length, vote.value);
        if (wrong) {
          problem([...voteAt, 'value'], wrong);
          return;
        }
        if (stage?.answer && vote.value !== stage.answer.value) {
          problem([...voteAt, 'value'], `A vote in a ${stage.round} is "${stage.answer.value}": ${stage.answer.says}.`);
          return;
        }
        const ballot = ballots.get(vote.participantId) ?? { at: voteAt, entries: [] };
        ballot.entries.push({ itemId: vote.itemId, value: vote.value });
        ballots.set(vote.participantId, ballot);
      });
      // A ranking or a points ballot is one whole answer (every item, no ties, whole points
      // adding up to the total): each person's votes in its round are held to the rules the app records a ballot by.
      // Ideas written in a collect round were checked as they were written; the file holds only who raised them.
      const whole = KINDS[activity.config.kind].ballot.whole && stage?.input !== 'texts';
      for (const [participantId, ballot] of whole ? ballots : []) {
        const wrong = ballotProblem(activity.config, activity.items, ballot.entries);
        if (wrong) problem(ballot.at, `Participant "${participantId}": ${wrong.message}`);
      }
    });
  });

  file.notes.forEach((note, n) => {
    if (note.activityId !== null && !activityIds.has(note.activityId)) {
      problem(['notes', n, 'activityId'], `There is no activity with id "${note.activityId}".`);
    }
  });
  file.actionItems.forEach((actionItem, n) => {
    if (actionItem.activityId !== null && !activityIds.has(actionItem.activityId)) {
      problem(['actionItems', n, 'activityId'], `There is no activity with id "${actionItem.activityId}".`);
    }
  });
}

/** Maps each id to where it first appears, reporting every later duplicate. */
function firstIndexById(
  entries: readonly { id: string }[],
  at: Path,
  what: string,
  problem: (path: Path, message: string) => void,
): Map<string, number> {
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const first = seen.get(entry.id);
    if (first === undefined) {
      seen.set(entry.id, index);
    } else {
      problem(
        [...at, index, 'id'],
        `${what} id "${entry.id}" is used twice (first at ${formatJsonPath([...at, first])}); ids must be unique.`,
      );
    }
  });
  return seen;
}

/** The whole file: its shape, then every id it refers to. */
export const workshopFileSchema = workshopFileShape.superRefine(checkReferences).meta({
  title: 'Common Ground workshop file',
  description: 'A whole Common Ground workshop: participants, agenda, rounds, votes, notes and agreements.',
});

// ── Reading a file ────────────────────────────────────────────────────────────────

/** zod's own wording for its built-in checks, rephrased for someone who opened the file in an editor. */
const fileErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `This field is required (${describeExpected(issue.expected)}).`
        : `Expected ${describeExpected(issue.expected)}, found ${describeValue(issue.input)}.`;
    case 'unrecognized_keys':
      return `Unknown field: a workshop file has no ${issue.keys.map((k) => `"${k}"`).join(', ')} here.`;
    case 'too_big':
      return issue.origin === 'string'
        ? `At most ${issue.maximum} characters.`
        : issue.origin === 'array'
          ? `At most ${issue.maximum} entries.`
          : `At most ${issue.maximum}.`;
    case 'too_small':
      return issue.origin === 'string'
        ? issue.minimum === 1
          ? 'This must not be empty.'
          : `At least ${issue.minimum} characters.`
        : issue.origin === 'array'
          ? `At least ${issue.minimum} entries.`
          : `At least ${issue.minimum}.`;
    case 'invalid_value':
      return `Expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'invalid_union':
      return 'This value does not have any of the allowed shapes.';
    default:
      return undefined;
  }
};

function describeExpected(expected: string): string {
  switch (expected) {
    case 'string':
      return 'a string';
    case 'number':
    case 'int':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'an object';
    case 'null':
      return 'null';
    default:
      return expected;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const invalid = (message: string): AppErrorShape => ({ code: 'invalid-input', message });

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Which file this is is decided first, so a newer file is refused for its version, not for its new fields. */
const envelopeSchema = z.object({ format: formatSchema, version: versionSchema });

/** Checks an already-parsed JSON value: the envelope first, then the whole file. */
export function checkWorkshopFile(data: unknown): Result<WorkshopFile> {
  if (!isPlainObject(data)) {
    return fail(invalid(`A workshop file holds one JSON object; this one holds ${describeValue(data)}.`));
  }
  const badText = findInputProblem(data);
  if (badText) {
    const where = formatJsonPath(badText.path ?? []);
    return fail(where === '' ? badText : { ...badText, message: `${where}: ${badText.message}` });
  }
  const envelope = envelopeSchema.safeParse(data, { error: fileErrorMap });
  if (!envelope.success) return fail(firstProblem(envelope.error, 'This workshop file is not valid.'));

  const parsed = workshopFileSchema.safeParse(data, { error: fileErrorMap });
  return parsed.success ? ok(parsed.data) : fail(firstProblem(parsed.error, 'This workshop file is not valid.'));
}

/** The UTF-8 size of a string, without needing TextEncoder (not part of the shared runtime). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * Reads a workshop file's text. Refuses oversized text, text that is not JSON, and any
 * file that does not match the format; the message names the JSON path of the first
 * problem, e.g. `activities[2].items[0].label: An item needs a label.`
 */
export function parseWorkshopFile(text: string): Result<WorkshopFile> {
  if (typeof text !== 'string') return fail(invalid('A workshop file is text.'));
  // Every UTF-16 unit is at least one UTF-8 byte, so the cheap check comes first.
  if (text.length > WORKSHOP_FILE_LIMITS.bytes || utf8Length(text) > WORKSHOP_FILE_LIMITS.bytes) {
    return fail(
      invalid(`The file is larger than ${megabytes(WORKSHOP_FILE_LIMITS.bytes)}, the most a workshop file may be.`),
    );
  }
  // Editors on Windows may save a byte-order mark, which JSON.parse does not accept.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (json.trim() === '') return fail(invalid('The file is empty.'));

  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    // The parser quotes the text around the problem, line breaks and all: the message stays on one short line.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
    return fail(invalid(`This is not a JSON file: ${reason.length > 160 ? `${reason.slice(0, 159)}…` : reason}`));
  }
  return checkWorkshopFile(data);
}

/** The JSON Schema of the file, for editors and other tools; the zod schema stays the authority. */
export function workshopFileJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(workshopFileSchema, { io: 'input', target: 'draft-2020-12' });
  return { ...generated, $id: 'urn:common-ground:workshop-file:1' };
}
