import type { ActivityConfig, VoteValue } from './domain';
import { answerCell } from './kinds';
import type { WorkshopFile } from './workshopFile';

/**
 * Every vote of a workshop as CSV, one row per vote, for a spreadsheet or a statistics
 * package. The format, and why it is what it is, is in docs/votes-csv.md.
 */

export const VOTES_CSV_COLUMNS = [
  'workshop_id',
  'activity_id',
  'round',
  'participant',
  'side',
  'item_id',
  'value',
  'recorded_at',
  'activity_title',
  'item_label',
] as const;

export const VOTES_CSV_HEADER = VOTES_CSV_COLUMNS.join(',');

/** RFC 4180's line break; spreadsheets on every platform read it. */
const CRLF = '\r\n';

export interface VotesCsvOptions {
  /**
   * The workshop's id in the app's database, when there is one. Without it the column
   * holds an id derived from the file's content (see `workshopIdFromFile`).
   */
  readonly workshopId?: string;
}

// ── Writing ────────────────────────────────────────────────────────────────────

/**
 * A vote's value as one cell, as its activity's kind writes it: a number for ranking (the
 * position), points, likert (the level) and scale; the option id for ownership and single
 * choice; the option ids joined with `|` for a multiple choice; `own=…;guess=…` for a
 * prediction.
 */
export function voteValueCell(value: VoteValue, config: ActivityConfig): string | number {
  return answerCell(config, value);
}

/**
 * P01, P02, … in the order of the file's participants, so the same file always gives the
 * same codes; three digits once there are more than 99.
 */
export function anonymousCodes(participants: readonly { readonly id: string }[]): Map<string, string> {
  const width = Math.max(2, String(participants.length).length);
  return new Map(participants.map((p, index) => [p.id, `P${String(index + 1).padStart(width, '0')}`]));
}

/**
 * An id for a workshop read from a file alone: `file-` and 16 hex digits hashed from the
 * whole file except `exportedAt`, with keys in a fixed order. The same workshop exported
 * twice gets the same id; any change to it (a vote, a name, its status) gives another.
 * It identifies content, and is no protection against someone who wants a collision.
 */
export function workshopIdFromFile(file: WorkshopFile): string {
  return `file-${hash64(canonicalJson({ ...file, exportedAt: undefined }))}`;
}

/** JSON with object keys sorted at every level, so equal content gives equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** cyrb53's two 32-bit lanes, both kept: fast on 20 MB of text, and no crypto API needed here. */
function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ unit, 2654435761);
    h2 = Math.imul(h2 ^ unit, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(h2) + hex(h1);
}

/**
 * A text cell that a spreadsheet would run as a formula (it starts with = + - @, or a tab
 * or carriage return, which some spreadsheets skip before looking) is written with a
 * single quote in front. Text that already starts with quotes before such a character
 * gets one more, so reading it back is exact.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** One CSV field: numbers as they are, text guarded against formulas, then quoted when RFC 4180 requires it. */
export function csvField(cell: string | number): string {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new RangeError(`A CSV number must be finite, not ${cell}.`);
    return String(cell);
  }
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, ended by CRLF. */
export function csvRecord(cells: readonly (string | number)[]): string {
  return cells.map(csvField).join(',') + CRLF;
}

/**
 * The votes of every round of every activity, in the file's order of activities, rounds
 * by number, and votes as the file lists them. With the workshop's anonymity on, each
 * participant's id is replaced by an anonymous code.
 */
export function votesCsv(file: WorkshopFile, options: VotesCsvOptions = {}): string {
  const workshopId = options.workshopId ?? workshopIdFromFile(file);
  const sides = new Map(file.participants.map((p) => [p.id, p.side]));
  const codes = file.workshop.anonymous ? anonymousCodes(file.participants) : null;

  let text = VOTES_CSV_HEADER + CRLF;
  for (const activity of file.activities) {
    const labels = new Map(activity.items.map((item) => [item.id, item.label]));
    const rounds = [...activity.rounds].sort((a, b) => a.number - b.number);
    for (const round of rounds) {
      for (const vote of round.votes) {
        const side = sides.get(vote.participantId);
        // A parsed file has no such vote; a hand-built one is refused rather than written with a blank side.
        if (side === undefined) throw new RangeError(`There is no participant with id "${vote.participantId}".`);
        text += csvRecord([
          workshopId,
          activity.id,
          round.number,
          codes?.get(vote.participantId) ?? vote.participantId,
          side,
          vote.itemId,
          voteValueCell(vote.value, activity.config),
          vote.recordedAt,
          activity.title,
          labels.get(vote.itemId) ?? '',
        ]);
      }
    }
  }
  return text;
}
