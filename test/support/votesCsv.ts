import { SIDES, type Side } from '../../src/shared/domain';
import { fail, ok, type Result } from '../../src/shared/result';
import { VOTES_CSV_COLUMNS, VOTES_CSV_HEADER } from '../../src/shared/votesCsv';

/**
 * Reads back the CSV that `votesCsv` writes, so the tests can compare every row with the
 * database. The app only writes this format; nothing in it reads one.
 */

/** One row of the CSV, read back; `value` stays text because its meaning depends on the activity's kind. */
export interface VotesCsvRow {
  readonly workshopId: string;
  readonly activityId: string;
  readonly round: number;
  readonly participant: string;
  readonly side: Side;
  readonly itemId: string;
  readonly value: string;
  readonly recordedAt: string;
  readonly activityTitle: string;
  readonly itemLabel: string;
}

/** A text cell `csvField` guarded against formulas: one quote more than the text it holds. */
const GUARDED_FORMULA = /^'+[=+\-@\t\r]/;

/** The text a cell held before `csvField` guarded it. */
function readCell(field: string): string {
  return GUARDED_FORMULA.test(field) ? field.slice(1) : field;
}

/**
 * Splits RFC 4180 text into records of fields. Accepts CRLF or LF line breaks, a
 * byte-order mark and a missing final line break; refuses a quote inside an unquoted
 * field, text after a closing quote, and a quoted field left open.
 */
export function parseCsv(text: string): Result<string[][]> {
  const records: string[][] = [];
  let record: string[] = [];
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  const problem = (message: string) =>
    fail<string[][]>({ code: 'invalid-input', message: `Record ${records.length + 1}: ${message}` });

  if (i >= text.length) return ok(records);
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close === -1) return problem('a quoted field is never closed.');
        field += text.slice(i, close);
        if (text[close + 1] === '"') {
          field += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        return problem('text follows a closing quote.');
      }
    } else {
      let end = i;
      while (end < text.length && text[end] !== ',' && text[end] !== '\r' && text[end] !== '\n') end++;
      field = text.slice(i, end);
      if (field.includes('"')) return problem('a quote inside a field that is not quoted.');
      i = end;
    }
    record.push(field);

    if (text[i] === ',') {
      i++;
      continue;
    }
    records.push(record);
    record = [];
    if (text[i] === '\r') {
      if (text[i + 1] !== '\n') return problem('a carriage return outside quotes without a line feed.');
      i += 2;
    } else if (text[i] === '\n') {
      i++;
    }
    if (i >= text.length) return ok(records);
  }
}

function isSide(value: string): value is Side {
  return (SIDES as readonly string[]).includes(value);
}

/** Reads back a CSV written by `votesCsv`: the exact header, then ten fields per record. */
export function parseVotesCsv(text: string): Result<VotesCsvRow[]> {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const [header, ...records] = parsed.value;
  if (header === undefined || header.join(',') !== VOTES_CSV_HEADER) {
    return fail({ code: 'invalid-input', message: `The first line must be ${VOTES_CSV_HEADER}.` });
  }
  const rows: VotesCsvRow[] = [];
  for (const [index, fields] of records.entries()) {
    const at = `Record ${index + 2}`;
    if (fields.length !== VOTES_CSV_COLUMNS.length) {
      return fail({
        code: 'invalid-input',
        message: `${at}: ${fields.length} fields; a vote has ${VOTES_CSV_COLUMNS.length}.`,
      });
    }
    const [workshopId, activityId, round, participant, side, itemId, value, recordedAt, activityTitle, itemLabel] =
      fields.map(readCell) as [string, string, string, string, string, string, string, string, string, string];
    if (!/^[1-9]\d*$/.test(round)) {
      return fail({ code: 'invalid-input', message: `${at}: round must be a whole number from 1, not "${round}".` });
    }
    if (!isSide(side)) {
      return fail({ code: 'invalid-input', message: `${at}: side must be it, marketing or other, not "${side}".` });
    }
    rows.push({
      workshopId,
      activityId,
      round: Number(round),
      participant,
      side,
      itemId,
      value,
      recordedAt,
      activityTitle,
      itemLabel,
    });
  }
  return ok(rows);
}
