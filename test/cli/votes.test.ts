import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VOTES_CSV_HEADER, workshopIdFromFile } from '../../src/shared/votesCsv';
import { parseWorkshopFile, type WorkshopFile } from '../../src/shared/workshopFile';
import { cli, expectOneLineError, expectUsageError, requireBuiltCli } from '../support/cli';
import { tempDir } from '../support/temp';
import { parseVotesCsv } from '../support/votesCsv';
import { GOOD_FILE } from '../unit/workshop-file/corpus';

requireBuiltCli();

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('cg-cli-votes-')));
afterEach(() => cleanup());

function goodFile(): WorkshopFile {
  const parsed = parseWorkshopFile(readFileSync(GOOD_FILE, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

function readRows(csv: string) {
  const parsed = parseVotesCsv(csv);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

describe('common-ground votes', () => {
  it('prints one CSV row per vote in the file, with anonymous codes and the content-derived workshop id', () => {
    const run = cli('votes', GOOD_FILE);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith(`${VOTES_CSV_HEADER}\r\n`)).toBe(true);

    const file = goodFile();
    const rows = readRows(run.stdout);
    const votes = file.activities.flatMap((a) => a.rounds.flatMap((r) => r.votes));
    expect(rows).toHaveLength(votes.length);
    expect(new Set(rows.map((row) => row.workshopId))).toEqual(new Set([workshopIdFromFile(file)]));
    expect(new Set(rows.map((row) => row.participant))).toEqual(new Set(['P01', 'P02', 'P03', 'P04', 'P05']));
    expect(rows).toContainEqual({
      workshopId: workshopIdFromFile(file),
      activityId: 'a6',
      round: 1,
      participant: 'P04',
      side: 'marketing',
      itemId: 'i11',
      value: 'funding|skills',
      recordedAt: '2026-11-22T11:42:00.000Z',
      activityTitle: 'Top concerns',
      itemLabel: 'Our biggest concern',
    });
    expect(rows.filter((row) => row.activityId === 'a1' && row.round === 2)).toHaveLength(2);
  });

  it('--workshop-id names the workshop; with anonymity off the participants keep their ids', () => {
    const file = goodFile();
    const path = join(dir, 'open.json');
    writeFileSync(path, JSON.stringify({ ...file, workshop: { ...file.workshop, anonymous: false } }));
    const run = cli('votes', path, '--workshop-id', 'acme-2026');
    expect(run.code).toBe(0);
    const rows = readRows(run.stdout);
    expect(new Set(rows.map((row) => row.workshopId))).toEqual(new Set(['acme-2026']));
    expect(rows.find((row) => row.value === 'own=40;guess=60')).toMatchObject({ participant: 'p1', side: 'it' });
  });

  it('refuses a missing or invalid file on one line', () => {
    expectOneLineError(
      cli('votes', join(dir, 'nope.json')),
      `common-ground votes: Cannot read ${join(dir, 'nope.json')}: no such file.`,
    );
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...goodFile(), participants: 'everyone' }));
    expectOneLineError(
      cli('votes', bad),
      `common-ground votes: ${bad}: participants: Expected a list, found a string.`,
    );
  });

  it.each([
    [[], 'common-ground votes: Missing the workshop file.'],
    [['a.json', 'b.json'], 'common-ground votes: Unexpected argument "b.json".'],
    [
      ['a.json', '--workshop-id', 'x y'],
      'common-ground votes: --workshop-id is 1 to 64 letters, digits, dashes or underscores.',
    ],
    [['a.json', '--anonymous'], "common-ground votes: Unknown option '--anonymous'."],
  ])('wrong usage %j exits 2', (args, problem) => {
    expectUsageError(cli('votes', ...args), problem);
  });
});
