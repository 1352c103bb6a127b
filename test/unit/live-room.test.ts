import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core';
import type { LiveView } from '../../src/shared/live';
import type { Result } from '../../src/shared/result';
import { fixedClock } from '../support/clock';
import { APP_URL, dispatcherFor, eventFrom } from '../support/ipc';
import { tempDir } from '../support/temp';

const FACILITATOR = 1;
const BALLOT = 2;
const PROJECTOR = 3;

let core: Core;
let dir: string;
let cleanup: () => void;
let workshopId: string;
let activityId: string;
let itemIds: string[];
let people: { it: string[]; marketing: string[] };
let pushed: [number, LiveView][];
let call: (window: number, channel: string, input?: unknown) => Promise<Result<unknown>>;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  core = createCore(join(dir, 'live.sqlite'), fixedClock());
  workshopId = core.workshops.create({ title: 'W', organization: 'O', date: '2026-11-22', facilitator: 'F' }).id;
  core.workshops.update(workshopId, {
    title: 'W',
    organization: 'O',
    date: '2026-11-22',
    facilitator: 'F',
    language: 'en',
    anonymous: false,
  });
  const added = core.participants.add(workshopId, [
    { name: 'Ines', side: 'it', title: null },
    { name: 'Omar', side: 'it', title: null },
    { name: 'Marc', side: 'marketing', title: null },
    { name: 'Amy', side: 'marketing', title: null },
  ]).participants;
  people = { it: [added[0]!.id, added[1]!.id], marketing: [added[2]!.id, added[3]!.id] };
  activityId = core.clock.newId();
  core.queries.activities.insert(activityId, workshopId, {
    title: 'Agree?',
    prompt: '',
    config: { kind: 'likert', labels: ['1', '2', '3', '4', '5'] },
  });
  itemIds = ['Data', 'Speed'].map(
    (label) =>
      core.queries.activities.insertItem(core.clock.newId(), activityId, { label, description: null, benchmark: null })
        .id,
  );
  pushed = [];
  core.live.connect((key, view) => pushed.push([key, view]));
  const dispatch = dispatcherFor(core);
  call = (window, channel, input = null) => dispatch(channel, eventFrom(APP_URL, { window }), input);
});
afterEach(() => {
  core.close();
  cleanup();
});

const ok = <T>(result: Result<unknown>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
};

function vote(roundId: string, participantId: string, values: number[]) {
  core.voting.recordBallot(
    roundId,
    participantId,
    itemIds.map((itemId, i) => ({ itemId, value: values[i]! })),
    false,
  );
}

/** Every answer the room gave, as the words a view could leak them in. */
const ANSWER_KEYS = /"(value|votes|entries|byFacilitator|participantId)"/;

describe('what each audience may see', () => {
  it('before a reveal, neither the ballot nor the room carries an answer or a figure', () => {
    const round = core.voting.openRound(activityId, null).id;
    vote(round, people.it[0]!, [5, 4]);
    vote(round, people.marketing[0]!, [1, 2]);
    for (const status of ['open', 'closed'] as const) {
      if (status === 'closed') core.voting.closeRound(round);
      const ballot = core.live.snapshot(workshopId, 'ballot');
      const room = core.live.snapshot(workshopId, 'room');
      const facilitator = core.live.snapshot(workshopId, 'facilitator');
      for (const view of [ballot, room, facilitator]) expect(JSON.stringify(view)).not.toMatch(ANSWER_KEYS);
      expect(room.revealed).toBeNull();
      expect(facilitator.revealed).toBeNull();
      // The room sees a count, never who.
      expect(room.progress === null ? null : Object.keys(room.progress).sort()).toEqual(
        status === 'open' ? ['total', 'voted'] : null,
      );
      expect(JSON.stringify(room)).not.toContain('Ines');
    }
    expect(core.live.snapshot(workshopId, 'ballot').round).toBeNull();
  });

  it('after a reveal, the room sees the aggregated analysis, with the small-group rule when anonymous', () => {
    const round = core.voting.openRound(activityId, null).id;
    vote(round, people.it[0]!, [5, 4]);
    vote(round, people.it[1]!, [4, 4]);
    vote(round, people.marketing[0]!, [1, 2]);
    core.voting.closeRound(round);
    core.voting.revealRound(round);
    const room = core.live.snapshot(workshopId, 'room');
    expect(room.revealed?.latest?.items.map((i) => i.gap)).toEqual([3.5, 2]);
    expect(JSON.stringify(room)).not.toMatch(ANSWER_KEYS);

    core.workshops.update(workshopId, {
      title: 'W',
      organization: 'O',
      date: '2026-11-22',
      facilitator: 'F',
      language: 'en',
      anonymous: true,
    });
    const anonymous = core.live.snapshot(workshopId, 'room').revealed!.latest!.items[0]!;
    expect(anonymous.it.suppressed).toBe(true);
    expect(anonymous.marketing.suppressed).toBe(true);
    expect(anonymous.gap).toBeNull();
  });

  it('the facilitator sees unrevealed results only when asking for them, in the Results tab', async () => {
    const round = core.voting.openRound(activityId, null).id;
    vote(round, people.it[0]!, [5, 4]);
    vote(round, people.marketing[0]!, [1, 2]);
    core.voting.closeRound(round);
    type Results = { analysis: { activities: { latest: unknown }[] }; pending: Record<string, unknown> };
    const revealedOnly = ok<Results>(await call(FACILITATOR, 'results.get', { id: workshopId }));
    expect(revealedOnly.analysis.activities[0]!.latest).toBeNull();
    expect(revealedOnly.pending[activityId]).toEqual({ number: 1, status: 'closed', voters: 2 });
    const asked = ok<Results>(await call(FACILITATOR, 'results.get', { id: workshopId, includeUnrevealed: true }));
    expect(asked.analysis.activities[0]!.latest).not.toBeNull();
    expect(JSON.stringify(asked)).not.toMatch(ANSWER_KEYS);
  });
});

describe('windows by audience', () => {
  it('a screen handed to the room only votes, once per person, until the facilitator’s PIN', async () => {
    const round = core.voting.openRound(activityId, null).id;
    expect(ok(await call(BALLOT, 'live.handOver', { workshopId, pin: '2468' }))).toBeNull();
    expect(await call(BALLOT, 'workshops.list')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(BALLOT, 'results.get', { id: workshopId })).toMatchObject({ ok: false });
    expect(await call(BALLOT, 'live.closeRound', { roundId: round })).toMatchObject({ ok: false });
    // Curating ideas is the facilitator's: the shared screen can neither merge nor reword one.
    for (const [channel, input] of [
      ['live.mergeIdeas', { fromId: itemIds[0], intoId: itemIds[1] }],
      ['live.editIdea', { id: itemIds[0], text: 'Reworded' }],
    ] as const) {
      expect(await call(BALLOT, channel, input)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(core.voting.openRoundOf(workshopId)?.id).toBe(round);

    const ballot = (values: number[], participantId = people.it[0]!, byFacilitator = false) => ({
      roundId: round,
      participantId,
      entries: itemIds.map((itemId, i) => ({ itemId, value: values[i] })),
      byFacilitator,
    });
    ok(await call(BALLOT, 'live.recordBallot', ballot([5, 5])));
    // A second person cannot change the first one's answers, nor vote on someone's behalf.
    expect(await call(BALLOT, 'live.recordBallot', ballot([1, 1]))).toMatchObject({
      ok: false,
      error: { message: /already voted/ },
    });
    expect(await call(BALLOT, 'live.recordBallot', ballot([1, 1], people.it[1]!, true))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(core.queries.votes.listByRound(round).map((v) => v.value)).toEqual([5, 5]);

    // A wrong PIN changes nothing; the right one lets that person answer again, once.
    expect(await call(BALLOT, 'live.allowChange', { participantId: people.it[0], pin: '1111' })).toMatchObject({
      ok: false,
      error: { message: 'That is not the facilitator’s PIN.' },
    });
    ok(await call(BALLOT, 'live.allowChange', { participantId: people.it[0], pin: '2468' }));
    ok(await call(BALLOT, 'live.recordBallot', ballot([2, 3])));
    expect(await call(BALLOT, 'live.recordBallot', ballot([4, 4]))).toMatchObject({ ok: false });
    expect(core.queries.votes.listByRound(round).map((v) => v.value)).toEqual([2, 3]);

    // Five wrong PINs in a row lock the ballot for a while, even against the right one.
    for (let i = 0; i < 5; i++) await call(BALLOT, 'live.unlock', { pin: '0000' });
    expect(await call(BALLOT, 'live.unlock', { pin: '2468' })).toMatchObject({
      ok: false,
      error: { message: /Too many wrong PINs/ },
    });
    expect(core.live.seat(BALLOT).audience).toBe('ballot');
  });

  it('the projector only watches the workshop it was opened for', async () => {
    core.live.seatRoom(PROJECTOR, workshopId);
    const other = core.workshops.create({ title: 'X', organization: 'O', date: '2026-11-22', facilitator: 'F' }).id;
    expect(ok<LiveView>(await call(PROJECTOR, 'live.watch', { workshopId })).audience).toBe('room');
    expect(await call(PROJECTOR, 'live.watch', { workshopId: other })).toMatchObject({ ok: false });
    expect(await call(PROJECTOR, 'live.openRound', { activityId, minutes: null })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(core.voting.openRoundOf(workshopId)).toBeNull();
  });
});

describe('pushed, not polled', () => {
  it('every kind of change moves the version and reaches each window as its audience may see it', async () => {
    core.live.seatRoom(PROJECTOR, workshopId);
    ok(await call(FACILITATOR, 'live.watch', { workshopId }));
    ok(await call(PROJECTOR, 'live.watch', { workshopId }));
    let version = core.live.snapshot(workshopId, 'facilitator').version;

    const changes: [string, () => Promise<Result<unknown>>][] = [
      ['open a round', () => call(FACILITATOR, 'live.openRound', { activityId, minutes: 3 })],
      [
        'a vote',
        () =>
          call(FACILITATOR, 'live.recordBallot', {
            roundId: core.voting.openRoundOf(workshopId)!.id,
            participantId: people.marketing[1],
            entries: itemIds.map((itemId) => ({ itemId, value: 3 })),
            byFacilitator: true,
          }),
      ],
      ['close', () => call(FACILITATOR, 'live.closeRound', { roundId: core.voting.openRoundOf(workshopId)!.id })],
      [
        'reveal',
        () =>
          call(FACILITATOR, 'live.revealRound', {
            roundId: core.queries.rounds.listByActivity(activityId)[0]!.id,
          }),
      ],
      ['a note', () => call(FACILITATOR, 'live.saveNote', { workshopId, activityId, body: 'Data first' })],
      [
        'an agreement',
        () =>
          call(FACILITATOR, 'live.addActionItem', {
            workshopId,
            item: {
              kind: 'agreement',
              text: 'Co-own data',
              ownerIt: null,
              ownerMarketing: null,
              dueDate: null,
              activityId,
            },
          }),
      ],
      [
        'a participant',
        () =>
          call(FACILITATOR, 'participants.add', {
            workshopId,
            participants: [{ name: 'Lee', side: 'other', title: null }],
          }),
      ],
      ['an agenda edit', () => call(FACILITATOR, 'agenda.addActivity', { workshopId, kind: 'scale' })],
      [
        'the current activity',
        () =>
          call(FACILITATOR, 'live.setCurrentActivity', {
            workshopId,
            activityId: core.workshops.detail(workshopId).activities[1]!.id,
          }),
      ],
    ];
    for (const [what, change] of changes) {
      pushed.length = 0;
      ok(await change());
      const next = core.live.snapshot(workshopId, 'facilitator').version;
      expect(next, what).toBeGreaterThan(version);
      version = next;
      const toFacilitator = pushed.filter(([key]) => key === FACILITATOR);
      expect(
        toFacilitator.map(([, view]) => [view.audience, view.version]),
        what,
      ).toEqual([['facilitator', version]]);
      for (const [, view] of pushed) expect(JSON.stringify(view), what).not.toMatch(ANSWER_KEYS);
    }

    // A read changes nothing, and pushes nothing.
    pushed.length = 0;
    ok(await call(FACILITATOR, 'workshops.list'));
    expect(pushed).toEqual([]);
    expect(core.live.snapshot(workshopId, 'facilitator').version).toBe(version);

    // The projector was told of what it shows (the count, the reveal), not of notes or agreements.
    pushed.length = 0;
    ok(await call(FACILITATOR, 'live.saveNote', { workshopId, activityId: null, body: 'Overall: good day' }));
    expect(pushed.filter(([key]) => key === PROJECTOR)).toEqual([]);
  });

  it('a restore from a backup reaches the windows too', async () => {
    ok(await call(FACILITATOR, 'live.watch', { workshopId }));
    const backup = await core.backups.create();
    ok(await call(FACILITATOR, 'live.saveNote', { workshopId, activityId: null, body: 'After the backup' }));
    const before = core.live.snapshot(workshopId, 'facilitator').version;
    pushed.length = 0;
    ok(await call(FACILITATOR, 'backups.restore', { name: backup.name }));
    const [[, view]] = pushed as [[number, LiveView]];
    expect(view.version).toBeGreaterThan(before);
    expect(view.audience === 'facilitator' && view.notes).toEqual([]);
  });
});
