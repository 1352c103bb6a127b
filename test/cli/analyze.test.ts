import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoWorkshopFile } from '../../src/main/core/demo';
import { builtInTemplate } from '../../src/main/core/templates';
import { analyze, verdictWords, type AnalysisInput, type CliAnalysis } from '../../src/shared/analytics';
import { parseWorkshopFile, type WorkshopFile } from '../../src/shared/workshopFile';
import { cli, expectOneLineError, expectUsageError, requireBuiltCli } from '../support/cli';
import { tempDir } from '../support/temp';
import { GOOD_FILE } from '../unit/workshop-file/corpus';

requireBuiltCli();

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('cg-cli-analyze-')));
afterEach(() => cleanup());

function goodFile(): WorkshopFile {
  const parsed = parseWorkshopFile(readFileSync(GOOD_FILE, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

/** The file as the analytics read it, built here on its own so the command's reading of the file is checked too. */
function inputOf(file: WorkshopFile): AnalysisInput {
  return {
    anonymous: file.workshop.anonymous,
    participants: file.participants.map(({ id, side }) => ({ id, side })),
    activities: file.activities.map((a) => ({
      id: a.id,
      kind: a.config.kind,
      title: a.title,
      config: a.config,
      items: a.items.map(({ id, label, benchmark }) => ({ id, label, benchmark })),
      rounds: a.rounds.map((r, index) => ({
        id: `round-${index}`,
        number: r.number,
        status: r.status,
        votes: r.votes.map(({ participantId, itemId, value }) => ({ participantId, itemId, value })),
      })),
    })),
  };
}

function analyzeFile(path: string): CliAnalysis {
  const run = cli('analyze', path);
  expect(run.code).toBe(0);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as CliAnalysis;
}

describe('common-ground analyze', () => {
  it('prints the same figures analyze() gives for the file', () => {
    const file = goodFile();
    const printed = analyzeFile(GOOD_FILE);
    const expected = analyze(inputOf(file));

    expect(printed.alignmentIndex).toBe(expected.alignmentIndex);
    expect(printed.topDivergences).toEqual(expected.topDivergences);
    expect(printed.activities.map((a) => a.activityId)).toEqual(file.activities.map((a) => a.id));

    const ranking = printed.activities.find((a) => a.kind === 'ranking')!;
    const latest = expected.activities.find((a) => a.kind === 'ranking')!.latest!;
    expect(ranking.spearmanRho).toBe(latest.ranking!.spearmanRho);
    expect(ranking.kendallTauB).toBe(latest.ranking!.kendallTauB);
    for (const [index, item] of ranking.items.entries()) {
      const result = latest.items[index]!;
      expect(item.itemId).toBe(result.itemId);
      expect(item.it.n).toBe(result.it.n);
      expect(item.it.mean).toBe(result.it.mean);
      expect(item.marketing.mean).toBe(result.marketing.mean);
      expect(item.gap).toBe(result.gap);
    }
  });

  it('reports the latest round: the re-vote of the ownership activity, suppressed where anonymity asks', () => {
    const printed = analyzeFile(GOOD_FILE);
    const ownership = printed.activities.find((a) => a.kind === 'ownership')!;
    // Round 2 holds one IT and one Marketing vote on the second item only.
    const [cloud, bigData] = ownership.items;
    expect(cloud!.it.n).toBe(0);
    expect(bigData!.it).toMatchObject({ n: 1, suppressed: true, shares: null });
    // The scale activity has no round yet and is still listed.
    expect(printed.activities.find((a) => a.kind === 'scale')!.items).toEqual([]);
  });

  it('matches analyze() item by item on the demo workshop, where every side is large enough to show', () => {
    const file = demoWorkshopFile(builtInTemplate('cio-cmo-alignment')!, { participants: 16, seed: 11 });
    const path = join(dir, 'demo.json');
    writeFileSync(path, JSON.stringify(file));
    const printed = analyzeFile(path);
    const expected = analyze(inputOf(file));

    expect(printed.alignmentIndex).not.toBeNull();
    expect(printed.alignmentIndex).toBe(expected.alignmentIndex);
    for (const [a, activity] of printed.activities.entries()) {
      const latest = expected.activities[a]!.latest!;
      expect(
        activity.items.map((item) => [item.itemId, item.it.n, item.it.mean, item.marketing.sd, item.hedgesG]),
      ).toEqual(latest.items.map((item) => [item.itemId, item.it.n, item.it.mean, item.marketing.sd, item.hedgesG]));
    }
  });

  it('prints every verdict in words with --verdicts, the same as the analysis gives them', () => {
    const file = demoWorkshopFile(builtInTemplate('cio-cmo-alignment')!, { participants: 16, seed: 11 });
    const path = join(dir, 'demo.json');
    writeFileSync(path, JSON.stringify(file));
    const run = cli('analyze', path, '--verdicts');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const expected = analyze(inputOf(file));
    const surest = expected.surestDivergences[0]!;
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^How sure each gap is/);
    expect(lines[2]).toContain(`${surest.label} (${surest.activityTitle})`);
    for (const activity of expected.activities) {
      for (const item of activity.latest?.items ?? []) {
        if (item.divergence === null) continue;
        const line = lines.find((l) => l.includes(`  ${item.label} (${activity.title})`));
        expect(line?.startsWith(verdictWords(item.certainty.verdict))).toBe(true);
      }
    }
  });

  it('refuses a missing or invalid file on one line', () => {
    expectOneLineError(
      cli('analyze', join(dir, 'nope.json')),
      `common-ground analyze: Cannot read ${join(dir, 'nope.json')}: no such file.`,
    );
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "format": "common-ground/workshop", ');
    expectOneLineError(cli('analyze', bad), new RegExp(`^common-ground analyze: ${bad}: This is not a JSON file: `));
  });

  it.each([
    [[], 'common-ground analyze: Missing the workshop file to analyze.'],
    [['a.json', 'b.json'], 'common-ground analyze: Unexpected argument "b.json".'],
    [['a.json', '--top', '3'], "common-ground analyze: Unknown option '--top'."],
  ])('wrong usage %j exits 2', (args, problem) => {
    expectUsageError(cli('analyze', ...args), problem);
  });
});
