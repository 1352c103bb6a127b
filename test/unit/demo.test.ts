import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/shared/analytics';
import { checkWorkshopFile } from '../../src/shared/workshopFile';
import { createCore, type Core } from '../../src/main/core';
import { demoWorkshopFile } from '../../src/main/core/demo';
import { builtInTemplate } from '../../src/main/core/templates';
import { importWorkshop } from '../../src/main/core/workshopFile';
import { roomWritesItems } from '../../src/shared/kinds/stages';
import { fixedClock } from '../support/clock';
import { tempDir } from '../support/temp';

const template = builtInTemplate('cio-cmo-alignment')!;

describe('the demo workshop', () => {
  let core: Core;
  let cleanup: () => void;
  beforeEach(() => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    core = createCore(join(temp.dir, 'demo.sqlite'), fixedClock());
  });
  afterEach(() => {
    core.close();
    cleanup();
  });

  it('is a valid workshop file with a vote from everyone on every item', () => {
    const file = demoWorkshopFile(template, { participants: 12, seed: 3 });
    expect(checkWorkshopFile(file).ok).toBe(true);
    expect(file.participants).toHaveLength(12);
    expect(file.participants.filter((p) => p.side === 'other').length).toBeGreaterThan(0);
    for (const activity of file.activities) {
      if (roomWritesItems(activity.config.kind)) continue;
      for (const round of activity.rounds) expect(round.votes).toHaveLength(12 * activity.items.length);
    }
  });

  it('writes ideas in a collect round, each raised by someone, then everyone backs their top picks', () => {
    const file = demoWorkshopFile(template, { participants: 12, seed: 3 });
    const ideas = file.activities.find((a) => a.config.kind === 'ideas')!;
    const [collect, vote] = ideas.rounds;
    expect([collect!.stage, collect!.status, vote!.stage, vote!.status]).toEqual([
      'collect',
      'closed',
      'vote',
      'revealed',
    ]);
    expect(ideas.items.length).toBeGreaterThanOrEqual(8);
    expect(new Set(collect!.votes.map((v) => v.itemId))).toEqual(new Set(ideas.items.map((i) => i.id)));
    expect(collect!.votes.every((v) => v.value === 'raised')).toBe(true);
    const backers = new Map<string, NonNullable<typeof vote>['votes']>();
    for (const v of vote!.votes) backers.set(v.participantId, [...(backers.get(v.participantId) ?? []), v]);
    expect(backers.size).toBe(12);
    for (const votes of backers.values()) {
      expect(votes.length).toBeGreaterThanOrEqual(1);
      expect(votes.length).toBeLessThanOrEqual(3);
      expect(votes.every((v) => v.value === 'backed')).toBe(true);
    }
  });

  it('is reproducible: the same seed gives the same workshop, another seed another', () => {
    expect(JSON.stringify(demoWorkshopFile(template, { seed: 11 }))).toBe(
      JSON.stringify(demoWorkshopFile(template, { seed: 11 })),
    );
    expect(JSON.stringify(demoWorkshopFile(template, { seed: 11 }))).not.toBe(
      JSON.stringify(demoWorkshopFile(template, { seed: 12 })),
    );
  });

  it('keeps the participant count within bounds', () => {
    expect(demoWorkshopFile(template, { participants: 1 }).participants).toHaveLength(4);
    expect(demoWorkshopFile(template, { participants: 40 }).participants).toHaveLength(40);
  });

  it('disagrees the way the research says, and converges a little in the re-vote', () => {
    const file = demoWorkshopFile(template, { participants: 40, seed: 7 });
    const { workshopId } = importWorkshop(core.db, file, core.clock);
    const analysis = analyze(core.results.input(workshopId));
    const activity = (kind: string) => analysis.activities.find((a) => a.kind === kind)!;
    const item = (kind: string, label: RegExp) => {
      const result = activity(kind).rounds[0]!;
      return result.items.find((i) => label.test(i.label))!;
    };

    // Customer insight: Marketing's #1 driver, far down IT's list (lower mean rank = higher).
    const insight = item('ranking', /customer insight/i);
    expect(insight.marketing.mean!).toBeLessThan(2.5);
    expect(insight.it.mean!).toBeGreaterThan(4);
    // Readiness: IT more confident than Marketing.
    expect(item('scale', /company as a whole/i).gap!).toBeGreaterThan(0.5);
    // Tying analytics to outcomes matters more to IT; lead generation more to Marketing.
    expect(item('points', /analytics to business outcomes/i).gap!).toBeGreaterThan(0);
    expect(item('points', /lead generation/i).gap!).toBeLessThan(0);
    // Both sides claim CRM.
    expect(item('ownership', /crm/i).disconnect!).toBeGreaterThan(0.3);

    // The re-vote narrows the ranking disagreement without erasing it.
    const ranking = activity('ranking');
    expect(ranking.rounds).toHaveLength(2);
    const meanAbsGap = (round: (typeof ranking.rounds)[number]) =>
      round.items.reduce((sum, i) => sum + Math.abs(i.gap ?? 0), 0) / round.items.length;
    expect(meanAbsGap(ranking.rounds[1]!)).toBeLessThan(meanAbsGap(ranking.rounds[0]!));
    expect(meanAbsGap(ranking.rounds[1]!)).toBeGreaterThan(0.3);
    expect(analysis.alignmentIndex!).toBeGreaterThan(20);
    expect(analysis.alignmentIndex!).toBeLessThan(90);
  });
});
