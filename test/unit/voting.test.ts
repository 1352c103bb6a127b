import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActivityConfig } from '../../src/shared/domain';
import { createCore, type Core } from '../../src/main/core';
import { fixedClock } from '../support/clock';
import { tempDir } from '../support/temp';

let core: Core;
let dir: string;
let cleanup: () => void;
let workshopId: string;
let people: { it: string; marketing: string; other: string };

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  core = createCore(join(dir, 'voting.sqlite'), fixedClock());
  workshopId = core.workshops.create({ title: 'W', organization: 'O', date: '2026-11-22', facilitator: 'F' }).id;
  const added = core.participants.add(workshopId, [
    { name: 'Ines', side: 'it', title: null },
    { name: 'Marc', side: 'marketing', title: null },
    { name: 'Sara', side: 'other', title: null },
  ]).participants;
  people = { it: added[0]!.id, marketing: added[1]!.id, other: added[2]!.id };
});
afterEach(() => {
  core.close();
  cleanup();
});

/** An activity of the given settings with items A, B, C; answers its id and item ids. */
function activity(config: ActivityConfig, items = ['A', 'B', 'C']) {
  const id = core.clock.newId();
  core.queries.activities.insert(id, workshopId, { title: config.kind, prompt: '', config });
  const itemIds = items.map(
    (label) =>
      core.queries.activities.insertItem(core.clock.newId(), id, { label, description: null, benchmark: null }).id,
  );
  return { id, itemIds };
}

function open(activityId: string) {
  return core.voting.openRound(activityId, null).id;
}

const entries = (itemIds: string[], values: unknown[]) =>
  itemIds.map((itemId, i) => ({ itemId, value: values[i] as never }));

function refused(fn: () => unknown, message: RegExp) {
  expect(fn).toThrow(message);
}

describe('rounds', () => {
  it('open → closed → revealed, one open round at a time, re-votes numbered per activity', () => {
    const a = activity({ kind: 'ranking' });
    const b = activity({ kind: 'ranking' });
    const r1 = open(a.id);
    refused(() => open(b.id), /already open/);
    refused(() => core.voting.revealRound(r1), /Close the round before revealing/);
    refused(() => core.voting.setCurrentActivity(workshopId, b.id), /Close it before moving/);
    core.voting.closeRound(r1);
    refused(() => core.voting.closeRound(r1), /not open/);
    core.voting.revealRound(r1);
    expect(core.live.snapshot(workshopId, 'facilitator').rounds.map((r) => [r.number, r.status])).toEqual([
      [1, 'revealed'],
    ]);
    const r2 = open(a.id);
    expect(core.live.snapshot(workshopId, 'facilitator').rounds.map((r) => [r.number, r.status])).toEqual([
      [1, 'revealed'],
      [2, 'open'],
    ]);
    expect(r2).not.toBe(r1);
  });

  it('makes the workshop live, and refuses to open without participants or items', () => {
    const a = activity({ kind: 'ranking' });
    open(a.id);
    expect(core.workshops.requireWorkshop(workshopId).status).toBe('live');
    const empty = activity({ kind: 'ranking' }, []);
    core.voting.closeRound(core.live.snapshot(workshopId, 'facilitator').openRound!.id);
    refused(() => open(empty.id), /no items/);
  });

  it('shows who has voted and who is pending, never what they answered', () => {
    const a = activity({ kind: 'likert', labels: ['1', '2', '3', '4', '5'] });
    const round = open(a.id);
    core.voting.recordBallot(round, people.it, entries(a.itemIds, [5, 4, 3]), false);
    const { progress, revealed } = core.live.snapshot(workshopId, 'facilitator');
    expect(progress).toEqual({
      total: 3,
      voted: [{ id: people.it, name: 'Ines', side: 'it' }],
      pending: [
        { id: people.marketing, name: 'Marc', side: 'marketing' },
        { id: people.other, name: 'Sara', side: 'other' },
      ],
    });
    expect(revealed).toBeNull();
    expect(JSON.stringify(core.live.snapshot(workshopId, 'facilitator'))).not.toMatch(/"value"/);
  });
});

describe('a vote is accepted only', () => {
  it('for an open round', () => {
    const a = activity({ kind: 'likert', labels: ['1', '2', '3', '4', '5'] });
    const round = open(a.id);
    core.voting.closeRound(round);
    refused(() => core.voting.recordBallot(round, people.it, entries(a.itemIds, [1, 2, 3]), false), /round is closed/);
    core.voting.revealRound(round);
    refused(() => core.voting.recordBallot(round, people.it, entries(a.itemIds, [1, 2, 3]), false), /round is closed/);
  });

  it('for the workshop’s current activity', () => {
    const a = activity({ kind: 'likert', labels: ['1', '2', '3', '4', '5'] });
    const b = activity({ kind: 'likert', labels: ['1', '2', '3', '4', '5'] });
    const round = open(a.id);
    core.queries.session.setCurrentActivity(workshopId, b.id, 't');
    refused(
      () => core.voting.recordBallot(round, people.it, entries(a.itemIds, [1, 2, 3]), false),
      /not the one the room is on/,
    );
  });

  it('from a participant of that workshop', () => {
    const a = activity({ kind: 'likert', labels: ['1', '2', '3', '4', '5'] });
    const round = open(a.id);
    const elsewhere = core.workshops.create({ title: 'X', organization: 'O', date: '2026-11-22', facilitator: 'F' }).id;
    const stranger = core.participants.add(elsewhere, [{ name: 'Eve', side: 'it', title: null }]).participants[0]!.id;
    refused(() => core.voting.recordBallot(round, stranger, entries(a.itemIds, [1, 2, 3]), false), /not a participant/);
    refused(() => core.voting.recordBallot(round, 'nobody', entries(a.itemIds, [1, 2, 3]), false), /not a participant/);
  });

  it('with every item answered once', () => {
    const a = activity({ kind: 'likert', labels: ['1', '2', '3', '4', '5'] });
    const round = open(a.id);
    refused(
      () => core.voting.recordBallot(round, people.it, entries(a.itemIds.slice(0, 2), [1, 2]), false),
      /Answer every item/,
    );
    refused(
      () =>
        core.voting.recordBallot(
          round,
          people.it,
          entries([a.itemIds[0]!, a.itemIds[0]!, a.itemIds[1]!], [1, 2, 3]),
          false,
        ),
      /answered once/,
    );
    refused(
      () => core.voting.recordBallot(round, people.it, entries([...a.itemIds, 'other-item'], [1, 2, 3, 4]), false),
      /not in the activity/,
    );
  });
});

describe('values are checked against the activity', () => {
  const cases: [string, ActivityConfig, unknown[], unknown[], RegExp][] = [
    ['a ranking is a permutation', { kind: 'ranking' }, [2, 1, 3], [1, 1, 3], /no ties/],
    ['a ranking stays within the items', { kind: 'ranking' }, [3, 1, 2], [1, 2, 4], /from 1 to 3/],
    [
      'points add up to the total',
      { kind: 'points', total: 100 },
      [50, 30, 20],
      [50, 30, 30],
      /add up to 100; these add up to 110/,
    ],
    ['points are not negative', { kind: 'points', total: 100 }, [100, 0, 0], [110, -10, 0], /from 0 to 100/],
    ['points are whole', { kind: 'points', total: 100 }, [34, 33, 33], [33.5, 33.5, 33], /whole numbers/],
    [
      'likert levels are 1–5',
      { kind: 'likert', labels: ['1', '2', '3', '4', '5'] },
      [1, 3, 5],
      [0, 3, 5],
      /from 1 to 5/,
    ],
    [
      'scale values are in range',
      { kind: 'scale', min: 0, max: 10, minLabel: '', maxLabel: '' },
      [0, 7, 10],
      [0, 7, 11],
      /from 0 to 10/,
    ],
    [
      'scale values are whole',
      { kind: 'scale', min: 0, max: 10, minLabel: '', maxLabel: '' },
      [0, 7, 10],
      [0, 7.5, 10],
      /levels offered/,
    ],
    [
      'choices are among the options',
      {
        kind: 'choice',
        options: [
          { id: 'x', label: 'X' },
          { id: 'y', label: 'Y' },
        ],
        multiple: false,
      },
      ['x', 'y', 'x'],
      ['x', 'z', 'x'],
      /one of the options/,
    ],
    [
      'multiple choice is a list of different options',
      {
        kind: 'choice',
        options: [
          { id: 'x', label: 'X' },
          { id: 'y', label: 'Y' },
        ],
        multiple: true,
      },
      [['x', 'y'], ['y'], ['x']],
      [['x', 'x'], ['y'], ['x']],
      /list of different options/,
    ],
    [
      'ownership is one of the four options',
      {
        kind: 'ownership',
        options: [
          { id: 'it-led', label: 'IT' },
          { id: 'co-led', label: 'Co' },
        ],
      },
      ['it-led', 'co-led', 'co-led'],
      ['it-led', 'marketing', 'co-led'],
      /one of the options/,
    ],
    [
      'a prediction is an own answer and a guess in range',
      { kind: 'prediction', ask: 'Share?', min: 0, max: 100, unit: '%' },
      [
        { own: 10, guess: 40 },
        { own: 0, guess: 100 },
        { own: 50, guess: 50 },
      ],
      [
        { own: 10, guess: 140 },
        { own: 0, guess: 100 },
        { own: 50, guess: 50 },
      ],
      /from 0 to 100/,
    ],
  ];

  it.each(cases)('%s', (_name, config, good, bad, message) => {
    const a = activity(config);
    const round = open(a.id);
    refused(() => core.voting.recordBallot(round, people.it, entries(a.itemIds, bad), false), message);
    expect(core.queries.votes.listByRound(round)).toEqual([]);
    core.voting.recordBallot(round, people.it, entries(a.itemIds, good), false);
    expect(core.queries.votes.listByRound(round).map((v) => v.value)).toEqual(good);
  });
});

describe('answers', () => {
  it('can be changed until the round closes, and a facilitator’s entry is marked', () => {
    const a = activity({ kind: 'ranking' });
    const round = open(a.id);
    core.voting.recordBallot(round, people.marketing, entries(a.itemIds, [1, 2, 3]), true);
    expect(core.queries.votes.listByRound(round).map((v) => [v.value, v.byFacilitator])).toEqual([
      [1, true],
      [2, true],
      [3, true],
    ]);
    core.voting.recordBallot(round, people.marketing, entries(a.itemIds, [3, 2, 1]), false);
    expect(core.queries.votes.listByRound(round).map((v) => [v.value, v.byFacilitator])).toEqual([
      [3, false],
      [2, false],
      [1, false],
    ]);
    core.voting.closeRound(round);
    refused(() => core.voting.recordBallot(round, people.marketing, entries(a.itemIds, [1, 2, 3]), false), /closed/);
  });

  it('are on disk when acknowledged: another connection reads them at once', () => {
    const a = activity({ kind: 'ranking' });
    const round = open(a.id);
    const ack = core.voting.recordBallot(round, people.it, entries(a.itemIds, [2, 3, 1]), false);
    expect(ack.recordedAt).toMatch(/^2026-11-22T/);
    const other = new Database(core.file, { readonly: true });
    expect(other.prepare('SELECT count(*) FROM votes WHERE round_id = ?').pluck().get(round)).toBe(3);
    other.close();
  });

  it('and the whole room survive a restart: the open round, the current activity and every vote', () => {
    const a = activity({ kind: 'ranking' });
    const b = activity({ kind: 'likert', labels: ['1', '2', '3', '4', '5'] });
    core.voting.setCurrentActivity(workshopId, b.id);
    const round = open(b.id);
    core.voting.recordBallot(round, people.it, entries(b.itemIds, [5, 5, 4]), false);
    core.voting.saveNote(workshopId, b.id, 'IT agrees strongly');
    const before = core.live.snapshot(workshopId, 'facilitator');
    core.close();

    core = createCore(join(dir, 'voting.sqlite'), fixedClock());
    const after = core.live.snapshot(workshopId, 'facilitator');
    expect(after).toEqual(before);
    expect(after.currentActivityId).toBe(b.id);
    expect(after.openRound?.id).toBe(round);
    expect(after.progress?.voted.map((v) => v.name)).toEqual(['Ines']);
    expect(a.id).not.toBe(b.id);
  });
});

describe('on reveal', () => {
  it('the current activity’s results appear, from revealed rounds only', () => {
    const a = activity({ kind: 'likert', labels: ['1', '2', '3', '4', '5'] });
    const round = open(a.id);
    core.voting.recordBallot(round, people.it, entries(a.itemIds, [5, 4, 3]), false);
    core.voting.recordBallot(round, people.marketing, entries(a.itemIds, [1, 2, 3]), false);
    core.voting.closeRound(round);
    expect(core.live.snapshot(workshopId, 'facilitator').revealed).toBeNull();
    // With anonymity on, one voter per side is too few to show on its own.
    core.voting.revealRound(round);
    expect(core.live.snapshot(workshopId, 'facilitator').revealed!.latest?.items.map((i) => i.gap)).toEqual([
      null,
      null,
      null,
    ]);
    core.workshops.update(workshopId, {
      title: 'W',
      organization: 'O',
      date: '2026-11-22',
      facilitator: 'F',
      language: 'en',
      anonymous: false,
    });
    expect(core.live.snapshot(workshopId, 'facilitator').revealed!.latest?.items.map((i) => i.gap)).toEqual([4, 2, 0]);

    open(a.id); // a re-vote: still open, so the revealed results are round 1's
    expect(core.live.snapshot(workshopId, 'facilitator').revealed?.rounds).toHaveLength(1);
  });
});
