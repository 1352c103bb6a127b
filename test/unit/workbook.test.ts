import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core';
import { demoWorkshopFile } from '../../src/main/core/demo';
import { reportData } from '../../src/main/core/report';
import { builtInTemplate } from '../../src/main/core/templates';
import {
  AGREEMENTS_COLUMNS,
  SUMMARY_COLUMNS,
  VOTES_COLUMNS,
  WORKBOOK_SHEETS,
  workbookFor,
} from '../../src/main/core/workbook';
import { importWorkshop } from '../../src/main/core/workshopFile';
import { fixedClock } from '../support/clock';
import { tempDir } from '../support/temp';

let core: Core;
let cleanup: () => void;
beforeEach(() => {
  const temp = tempDir('cg-workbook-');
  cleanup = temp.cleanup;
  core = createCore(join(temp.dir, 'workbook.sqlite'), fixedClock());
});
afterEach(() => {
  core.close();
  cleanup();
});

function demoWorkshop(anonymous: boolean) {
  const file = demoWorkshopFile(builtInTemplate('cio-cmo-alignment')!, { participants: 12, seed: 7 });
  return { file, ...importWorkshop(core.db, { ...file, workshop: { ...file.workshop, anonymous } }, core.clock) };
}

async function workbook(workshopId: string) {
  const buffer = await workbookFor(
    reportData(core.queries, core.workshops, core.clock, workshopId, { appendix: true }),
  );
  const sheets = await readXlsxFile(buffer);
  return { buffer, sheets: new Map(sheets.map((s) => [s.sheet, s.data])) };
}

describe('the Excel workbook', () => {
  it('has a Summary, a Votes and an Agreements sheet, each with its header row', async () => {
    const { workshopId } = demoWorkshop(true);
    const { sheets } = await workbook(workshopId);
    expect([...sheets.keys()]).toEqual([...WORKBOOK_SHEETS]);
    expect(sheets.get('Summary')![0]).toEqual([...SUMMARY_COLUMNS]);
    expect(sheets.get('Votes')![0]).toEqual([...VOTES_COLUMNS]);
    expect(sheets.get('Agreements')![0]).toEqual([...AGREEMENTS_COLUMNS]);
  });

  it('lists every vote with its activity title, item label, participant code, side and answer in words', async () => {
    const { file, workshopId } = demoWorkshop(true);
    const { sheets } = await workbook(workshopId);
    const rows = sheets.get('Votes')!.slice(1);
    // Options are answered in words, never by their ids; other answers are compared by place only.
    const inWords = new Map(
      file.activities.map((a) => [a.title, a.config.kind === 'ownership' || a.config.kind === 'choice']),
    );
    const expected = file.activities.flatMap((activity) =>
      activity.rounds.flatMap((round) =>
        round.votes.map((vote) => {
          const item = activity.items.find((i) => i.id === vote.itemId)!.label;
          const options = 'options' in activity.config ? activity.config.options : [];
          const ids = Array.isArray(vote.value) ? vote.value : [vote.value];
          const answer = inWords.get(activity.title)
            ? ids.map((id) => options.find((o) => o.id === id)!.label).join(', ')
            : '*';
          return `${activity.title} | ${round.number} | ${item} | ${answer}`;
        }),
      ),
    );
    const seen = rows.map(([activity, round, item, participant, side, answer]) => ({
      key: `${activity} | ${round} | ${item} | ${inWords.get(String(activity)) ? answer : '*'}`,
      participant,
      side,
    }));
    expect(seen.map((row) => row.key).sort()).toEqual(expected.sort());
    expect(new Set(seen.map((row) => row.participant))).toEqual(
      new Set(file.participants.map((_, i) => `P${String(i + 1).padStart(2, '0')}`)),
    );
    expect(new Set(seen.map((row) => row.side))).toEqual(new Set(['IT', 'Marketing', 'Other']));
  });

  it('gives every answer in the ballot’s words: agreement levels by name, points as points', async () => {
    const { file, workshopId } = demoWorkshop(true);
    const { sheets } = await workbook(workshopId);
    const rows = sheets.get('Votes')!.slice(1);
    const likert = file.activities.find((a) => a.config.kind === 'likert')!;
    const levels = likert.config.kind === 'likert' ? likert.config.labels : [];
    const answers = rows.filter((row) => row[0] === likert.title).map((row) => String(row[5]));
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) expect(levels.map((label, i) => `${label} (${i + 1})`)).toContain(answer);
    const points = file.activities.find((a) => a.config.kind === 'points')!;
    for (const row of rows.filter((r) => r[0] === points.title)) expect(String(row[5])).toMatch(/^\d+ points?$/);
  });

  it('names people when the workshop is not anonymous', async () => {
    const { file, workshopId } = demoWorkshop(false);
    const { sheets } = await workbook(workshopId);
    const people = new Set(
      sheets
        .get('Votes')!
        .slice(1)
        .map((row) => row[3]),
    );
    expect(people).toEqual(new Set(file.participants.map((p) => p.name)));
  });

  it('sums up each side per item, with the published split beside the room’s as numbers', async () => {
    const { workshopId } = demoWorkshop(true);
    const { sheets } = await workbook(workshopId);
    const summary = sheets.get('Summary')!;
    const col = (name: (typeof SUMMARY_COLUMNS)[number]) => SUMMARY_COLUMNS.indexOf(name);
    const bigDataItLed = summary.find(
      (row) =>
        row[col('Item')] === 'Big Data and Segment Analysis' && row[col('Measure')] === 'share choosing “IT-led”',
    )!;
    expect(bigDataItLed[col('Published, CIOs')]).toBeCloseTo(0.42);
    expect(bigDataItLed[col('Published, CMOs')]).toBeCloseTo(0.22);
    expect(typeof bigDataItLed[col('IT')]).toBe('number');
    const activities = new Set(summary.slice(1).map((row) => row[col('Activity')]));
    expect(activities.size).toBe(13);
  });

  it('gives a matrix item one row per axis, each side’s mean place on it as the analysis has it', async () => {
    const { workshopId } = demoWorkshop(true);
    const data = reportData(core.queries, core.workshops, core.clock, workshopId, { appendix: true });
    const matrix = data.activities.find((a) => a.kind === 'matrix')!;
    const result = data.analysis.activities.find((a) => a.activityId === matrix.id)!.latest!;
    const item = result.items.find((i) => i.matrix?.it && i.matrix.marketing)!;
    const { sheets } = await workbook(workshopId);
    const col = (name: (typeof SUMMARY_COLUMNS)[number]) => SUMMARY_COLUMNS.indexOf(name);
    const rows = sheets
      .get('Summary')!
      .filter((row) => row[col('Activity')] === matrix.title && row[col('Item')] === item.label);
    expect(rows.map((row) => row[col('Measure')])).toEqual(['mean importance (0–10)', 'mean readiness (0–10)']);
    const [x, y] = rows;
    expect(x![col('IT')]).toBeCloseTo(item.matrix!.it!.x.mean!, 10);
    expect(x![col('Marketing')]).toBeCloseTo(item.matrix!.marketing!.x.mean!, 10);
    expect(y![col('IT')]).toBeCloseTo(item.matrix!.it!.y.mean!, 10);
    expect(y![col('Gap (IT − Marketing)')]).toBeCloseTo(item.matrix!.gapY!, 10);
    expect(x![col('Divergence')]).toBeCloseTo(item.divergence!, 10);
  });

  it('lists the agreements, and freezes the header row of every sheet', async () => {
    const { file, workshopId } = demoWorkshop(true);
    const { buffer, sheets } = await workbook(workshopId);
    const agreements = sheets.get('Agreements')!.slice(1);
    expect(agreements.map((row) => row[1])).toEqual(file.actionItems.map((item) => item.text));
    const files = unzipSync(new Uint8Array(buffer));
    for (const n of [1, 2, 3]) {
      const sheet = strFromU8(files[`xl/worksheets/sheet${n}.xml`]!);
      expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
      expect(sheet).toMatch(/<col [^>]*width=/);
    }
  });
});
