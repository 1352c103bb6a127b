import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core';
import { fixedClock } from '../support/clock';
import { tempDir } from '../support/temp';
import { parseVotesCsv } from '../support/votesCsv';

let dir: string;
let cleanup: () => void;
let core: Core;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('cg-services-'));
  core = createCore(join(dir, 'services.sqlite'), fixedClock());
});
afterEach(() => {
  core.close();
  cleanup();
});

describe('the files service', () => {
  it('caps a template at 2 MB and a workshop file at 20 MB', () => {
    const path = join(dir, 'big.json');
    writeFileSync(path, ' '.repeat(2 * 1024 * 1024 + 1));
    expect(() => core.files.read(path, 'template')).toThrow(
      'big.json is 2.0 MB; a Common Ground file is at most 2 MB.',
    );
    expect(core.files.read(path, 'workshop')).toHaveLength(2 * 1024 * 1024 + 1);
  });

  it('writes what it is given, text or bytes, and reads it back', () => {
    const path = join(dir, 'out.txt');
    core.files.write(path, 'Über\n');
    expect(core.files.read(path, 'template')).toBe('Über\n');
    core.files.write(path, new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    expect(readFileSync(path, 'latin1')).toBe('%PDF');
  });
});

describe('the transfer service', () => {
  it('exports a workshop as text that imports as an equal workshop, votes and all', () => {
    const demo = core.transfer.createDemo({ participants: 6, seed: 2 });
    const text = core.transfer.exportText(demo.id);
    const { workshopId } = core.transfer.importText(text);

    const original = core.transfer.exportWorkshop(demo.id);
    const copy = core.transfer.exportWorkshop(workshopId);
    expect(copy.workshop).toEqual(original.workshop);
    expect(copy.activities.map((a) => a.rounds.map((r) => r.votes.length))).toEqual(
      original.activities.map((a) => a.rounds.map((r) => r.votes.length)),
    );
  });

  it('reads a workshop file from disk through the capped reader', () => {
    const demo = core.transfer.createDemo({ participants: 4, seed: 1 });
    const path = join(dir, 'demo.json');
    core.files.write(path, core.transfer.exportText(demo.id));
    const { workshopId } = core.transfer.importFile(path);
    expect(core.workshops.requireWorkshop(workshopId).title).toBe(demo.title);
  });

  it('writes the votes CSV with the database id of the workshop in every row', () => {
    const demo = core.transfer.createDemo({ participants: 4, seed: 1 });
    const parsed = parseVotesCsv(core.transfer.votesCsv(demo.id));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const votes = core.transfer
      .exportWorkshop(demo.id)
      .activities.reduce((n, a) => n + a.rounds.reduce((m, r) => m + r.votes.length, 0), 0);
    expect(parsed.value).toHaveLength(votes);
    expect(new Set(parsed.value.map((row) => row.workshopId))).toEqual(new Set([demo.id]));
  });

  it('duplicates a workshop without its votes as a fresh draft', () => {
    const demo = core.transfer.createDemo({ participants: 4, seed: 1 });
    const copy = core.transfer.duplicate(demo.id, false);
    expect(copy).toMatchObject({ title: `${demo.title} (copy)`, status: 'draft' });
    expect(core.transfer.exportWorkshop(copy.id).activities.every((a) => a.rounds.length === 0)).toBe(true);
  });
});

describe('the results and report services', () => {
  it('give the report and the workbook of the same analysis the Results tab shows', async () => {
    const demo = core.transfer.createDemo({ participants: 6, seed: 3 });
    const report = core.report.data(demo.id, { appendix: true });
    const { analysis } = core.results.of(demo.id, (_round, voters) => voters > 0);
    expect(analysis.alignmentIndex).not.toBeNull();
    expect(report.analysis.alignmentIndex).toBe(analysis.alignmentIndex);
    expect(report.analysis.activities).toEqual(analysis.activities);
    expect(report.votes?.length).toBeGreaterThan(0);
    const workbook = await core.report.workbook(demo.id);
    expect(workbook.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
