import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core';
import { demoWorkshopFile } from '../../src/main/core/demo';
import { builtInTemplate } from '../../src/main/core/templates';
import { exportWorkshop, importWorkshop } from '../../src/main/core/workshopFile';
import type { Result } from '../../src/shared/result';
import { anonymousCodes, csvField, VOTES_CSV_HEADER, votesCsv, workshopIdFromFile } from '../../src/shared/votesCsv';
import { checkWorkshopFile, parseWorkshopFile, type WorkshopFile } from '../../src/shared/workshopFile';
import { fixedClock } from '../support/clock';
import { tempDir } from '../support/temp';
import { parseCsv, parseVotesCsv, type VotesCsvRow } from '../support/votesCsv';
import { GOOD_FILE } from './workshop-file/corpus';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.message}`);
  return result.value;
}

function fixture(): WorkshopFile {
  return value(parseWorkshopFile(readFileSync(GOOD_FILE, 'utf8')));
}

function demo(participants: number, seed = 3): WorkshopFile {
  return demoWorkshopFile(builtInTemplate('cio-cmo-alignment')!, { participants, seed });
}

/** What the CSV must say for a stored vote value, written out here rather than borrowed from the code under test. */
function expectedValue(stored: unknown): string {
  if (typeof stored === 'number') return String(stored);
  if (typeof stored === 'string') return stored;
  if (Array.isArray(stored)) return stored.join('|');
  const { own, guess } = stored as { own: number; guess: number };
  return `own=${own};guess=${guess}`;
}

interface StoredVote {
  activityNumber: number;
  round: number;
  participantNumber: number;
  side: string;
  itemNumber: number;
  value: string;
  recordedAt: string;
  activityTitle: string;
  itemLabel: string;
}

/**
 * Every vote of a workshop straight from the tables, with each row numbered the way the
 * portable file numbers it (a1…, p1…, i1… in agenda and roster order).
 */
function storedVotes(core: Core, workshopId: string): StoredVote[] {
  return core.db
    .prepare<[string, string], StoredVote>(
      `WITH p AS (SELECT id, side, ROW_NUMBER() OVER (ORDER BY position) AS n FROM participants WHERE workshop_id = ?),
            a AS (SELECT id, position, title, ROW_NUMBER() OVER (ORDER BY position) AS n FROM activities WHERE workshop_id = ?),
            i AS (SELECT items.id, items.label, ROW_NUMBER() OVER (ORDER BY a.position, items.position) AS n
                    FROM items JOIN a ON a.id = items.activity_id)
       SELECT a.n AS activityNumber, r.number AS round, p.n AS participantNumber, p.side AS side,
              i.n AS itemNumber, v.value AS value, v.recorded_at AS recordedAt,
              a.title AS activityTitle, i.label AS itemLabel
         FROM votes v
         JOIN rounds r ON r.id = v.round_id
         JOIN a ON a.id = r.activity_id
         JOIN p ON p.id = v.participant_id
         JOIN i ON i.id = v.item_id
        ORDER BY a.n, r.number, p.n, i.n`,
    )
    .all(workshopId, workshopId);
}

let core: Core;
let cleanup: () => void;
beforeEach(() => {
  const temp = tempDir('cg-votes-csv-');
  cleanup = temp.cleanup;
  core = createCore(join(temp.dir, 'votes.sqlite'), fixedClock());
});
afterEach(() => {
  core.close();
  cleanup();
});

/** Imports a file into the database, exports it back as the app does, and reads its CSV back. */
function roundTrip(file: WorkshopFile): { workshopId: string; csv: string; rows: VotesCsvRow[] } {
  const { workshopId } = importWorkshop(core.db, file, core.clock);
  const csv = votesCsv(exportWorkshop(core.queries, workshopId, core.clock), { workshopId });
  return { workshopId, csv, rows: value(parseVotesCsv(csv)) };
}

describe('the votes CSV against the database', () => {
  it.each([
    ['the fixture, anonymity on', () => fixture(), (n: number) => `P${String(n).padStart(2, '0')}`],
    [
      'the fixture, anonymity off',
      () => ({ ...fixture(), workshop: { ...fixture().workshop, anonymous: false } }),
      (n: number) => `p${n}`,
    ],
    ['the demo, anonymity on', () => demo(9), (n: number) => `P${String(n).padStart(2, '0')}`],
    [
      'the demo, anonymity off',
      () => ({ ...demo(9), workshop: { ...demo(9).workshop, anonymous: false } }),
      (n: number) => `p${n}`,
    ],
  ])('%s: one row per stored vote, every field as stored', (_name, file, participant) => {
    const { workshopId, rows } = roundTrip(file());
    const stored = storedVotes(core, workshopId);
    expect(stored.length).toBeGreaterThan(10);
    expect(rows).toEqual(
      stored.map((vote) => ({
        workshopId,
        activityId: `a${vote.activityNumber}`,
        round: vote.round,
        participant: participant(vote.participantNumber),
        side: vote.side,
        itemId: `i${vote.itemNumber}`,
        value: expectedValue(JSON.parse(vote.value)),
        recordedAt: vote.recordedAt,
        activityTitle: vote.activityTitle,
        itemLabel: vote.itemLabel,
      })),
    );
  });

  it('covers every kind of value the fixture holds, re-votes included', () => {
    const { rows } = roundTrip(fixture());
    const values = rows.map((row) => row.value);
    expect(values).toEqual(expect.arrayContaining(['co-led', '3', '70', '5', 'own=40;guess=60', 'funding|skills']));
    expect(rows.filter((row) => row.activityId === 'a1').map((row) => row.round)).toContain(2);
  });

  it('codes run to three digits past 99 participants, and never reveal a participant id', () => {
    const { csv, rows } = roundTrip(demo(120));
    const codes = new Set(rows.map((row) => row.participant));
    expect(codes.size).toBe(120);
    expect([...codes].every((code) => /^P\d{3}$/.test(code))).toBe(true);
    expect(codes).toContain('P001');
    expect(codes).toContain('P120');
    expect(csv).not.toMatch(/,p\d+,/);
  });

  it('is CRLF throughout, ends with a line break, and is only the header when nobody voted', () => {
    const { csv } = roundTrip(fixture());
    expect(csv.startsWith(`${VOTES_CSV_HEADER}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);

    const empty = { ...fixture(), activities: fixture().activities.map((a) => ({ ...a, rounds: [] })) };
    expect(votesCsv(empty)).toBe(`${VOTES_CSV_HEADER}\r\n`);
  });
});

describe('the workshop id', () => {
  it('is the given id, else one derived from the content that ignores exportedAt and key order', () => {
    const file = fixture();
    expect(value(parseVotesCsv(votesCsv(file, { workshopId: 'w-42' })))[0]!.workshopId).toBe('w-42');

    const id = workshopIdFromFile(file);
    expect(id).toMatch(/^file-[0-9a-f]{16}$/);
    expect(value(parseVotesCsv(votesCsv(file)))[0]!.workshopId).toBe(id);
    expect(workshopIdFromFile({ ...file, exportedAt: '2030-01-01T00:00:00.000Z' })).toBe(id);
    const reordered = Object.fromEntries(Object.entries(file).reverse()) as WorkshopFile;
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(file)[0]);
    expect(workshopIdFromFile(reordered)).toBe(id);

    const renamed = { ...file, workshop: { ...file.workshop, title: `${file.workshop.title}!` } };
    expect(workshopIdFromFile(renamed)).not.toBe(id);
    expect(workshopIdFromFile(demo(9, 1))).not.toBe(workshopIdFromFile(demo(9, 2)));
  });

  it('anonymous codes follow the roster order', () => {
    expect([...anonymousCodes([{ id: 'z' }, { id: 'a' }, { id: 'm' }])]).toEqual([
      ['z', 'P01'],
      ['a', 'P02'],
      ['m', 'P03'],
    ]);
  });
});

describe('quoting and formula injection', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=1+1', "'=1+1"],
    ['+44 20', "'+44 20"],
    ['-A1', "'-A1"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1', "'\t=1"],
    ["'=1", "''=1"],
    ["it's", "it's"],
    ['=HYPERLINK("http://x.example","go")', '"\'=HYPERLINK(""http://x.example"",""go"")"'],
    ['a=b', 'a=b'],
  ])('text %j is written as %j', (text, field) => {
    expect(csvField(text)).toBe(field);
  });

  it('numbers are written as numbers, a negative one too', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(12.5)).toBe('12.5');
    expect(() => csvField(Number.NaN)).toThrow(RangeError);
  });

  it('every hostile workshop id survives the round trip and no field reaches a spreadsheet as a formula', () => {
    const file = fixture();
    for (const workshopId of [
      '=HYPERLINK("http://x.example","go")',
      '+1,2\r\n-3',
      '@cmd|" /C calc"!A0',
      "''-quoted",
      'line\nbreak "and" quote',
    ]) {
      const csv = votesCsv(file, { workshopId });
      const rows = value(parseVotesCsv(csv));
      expect(rows.map((row) => row.workshopId)).toEqual(rows.map(() => workshopId));
      const [, ...records] = value(parseCsv(csv));
      expect(records.every((fields) => !/^[=+\-@\t\r]/.test(fields[0]!))).toBe(true);
    }
  });

  it('ids and option ids that start with a dash are guarded, negative scale values are not', () => {
    const file = value(
      checkWorkshopFile({
        format: 'common-ground/workshop',
        version: 1,
        exportedAt: '2026-11-22T17:00:00.000Z',
        workshop: {
          title: 'Dashes',
          organization: 'Acme',
          date: '2026-11-22',
          facilitator: 'Dana',
          anonymous: false,
        },
        participants: [{ id: '-A1', name: 'Ines', side: 'it', title: null }],
        activities: [
          {
            id: '-act',
            title: 'Mood',
            config: { kind: 'scale', min: -5, max: 5 },
            items: [{ id: '-i', label: 'Today' }],
            rounds: [
              {
                number: 1,
                status: 'revealed',
                openedAt: '2026-11-22T09:00:00.000Z',
                votes: [{ participantId: '-A1', itemId: '-i', value: -3, recordedAt: '2026-11-22T09:01:00.000Z' }],
              },
            ],
          },
          {
            id: 'pick',
            title: 'Concern',
            config: {
              kind: 'choice',
              multiple: true,
              options: [
                { id: '-funding', label: 'Funding' },
                { id: 'skills', label: 'Skills' },
              ],
            },
            items: [{ id: 'top', label: 'Top concern' }],
            rounds: [
              {
                number: 1,
                status: 'revealed',
                openedAt: '2026-11-22T09:00:00.000Z',
                votes: [
                  {
                    participantId: '-A1',
                    itemId: 'top',
                    value: ['-funding', 'skills'],
                    recordedAt: '2026-11-22T09:02:00.000Z',
                  },
                ],
              },
            ],
          },
        ],
      }),
    );
    const csv = votesCsv(file, { workshopId: 'w1' });
    expect(csv.split('\r\n').slice(1, 3)).toEqual([
      "w1,'-act,1,'-A1,it,'-i,-3,2026-11-22T09:01:00.000Z,Mood,Today",
      "w1,pick,1,'-A1,it,top,'-funding|skills,2026-11-22T09:02:00.000Z,Concern,Top concern",
    ]);
    expect(value(parseVotesCsv(csv))).toEqual([
      {
        workshopId: 'w1',
        activityId: '-act',
        round: 1,
        participant: '-A1',
        side: 'it',
        itemId: '-i',
        value: '-3',
        recordedAt: '2026-11-22T09:01:00.000Z',
        activityTitle: 'Mood',
        itemLabel: 'Today',
      },
      {
        workshopId: 'w1',
        activityId: 'pick',
        round: 1,
        participant: '-A1',
        side: 'it',
        itemId: 'top',
        value: '-funding|skills',
        recordedAt: '2026-11-22T09:02:00.000Z',
        activityTitle: 'Concern',
        itemLabel: 'Top concern',
      },
    ]);
  });
});

describe('reading a CSV back', () => {
  it('accepts LF line breaks, a byte-order mark and a missing last line break', () => {
    const text = `\uFEFF${VOTES_CSV_HEADER}\nw,a1,2,P01,it,i1,"x,y",2026-11-22T09:00:00.000Z,Mood,Today`;
    expect(value(parseVotesCsv(text))).toEqual([
      {
        workshopId: 'w',
        activityId: 'a1',
        round: 2,
        participant: 'P01',
        side: 'it',
        itemId: 'i1',
        value: 'x,y',
        recordedAt: '2026-11-22T09:00:00.000Z',
        activityTitle: 'Mood',
        itemLabel: 'Today',
      },
    ]);
  });

  it.each([
    ['a wrong header', 'workshop,activity\r\n', /^The first line must be workshop_id,/],
    ['a short record', `${VOTES_CSV_HEADER}\r\nw,a1,1\r\n`, 'Record 2: 3 fields; a vote has 10.'],
    ['a bad round', `${VOTES_CSV_HEADER}\r\nw,a1,0,P01,it,i1,1,t,A,I\r\n`, /^Record 2: round must be/],
    ['an unknown side', `${VOTES_CSV_HEADER}\r\nw,a1,1,P01,sales,i1,1,t,A,I\r\n`, /^Record 2: side must be/],
    ['an unclosed quote', `${VOTES_CSV_HEADER}\r\n"w,a1`, 'Record 2: a quoted field is never closed.'],
    ['text after a quote', `${VOTES_CSV_HEADER}\r\n"w"x,a1`, 'Record 2: text follows a closing quote.'],
    ['a stray quote', `${VOTES_CSV_HEADER}\r\nw"x,a1`, 'Record 2: a quote inside a field that is not quoted.'],
  ])('refuses %s', (_name, text, message) => {
    const result = parseVotesCsv(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    if (typeof message === 'string') expect(result.error.message).toBe(message);
    else expect(result.error.message).toMatch(message);
  });
});
