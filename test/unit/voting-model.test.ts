import { join } from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core';
import { AppError } from '../../src/shared/result';
import { fixedClock } from '../support/clock';
import { ranking, seedRoom } from '../support/room';
import { tempDir } from '../support/temp';

/**
 * A model-based test of the room: random sequences of open, vote, change a vote, close,
 * reveal, re-vote, trash, restore, archive and unarchive run against the real core on a
 * real file and against a small model; after every step the database agrees with the model.
 */
const RUNS = process.env.CG_LONG === '1' ? 1000 : 100;

interface Model {
  trashed: boolean;
  archived: boolean;
  /** Each activity's rounds in order, with the ballots given in each (participant → the shift of their ranking). */
  rounds: Record<'first' | 'second', { status: 'open' | 'closed' | 'revealed'; ballots: Map<number, number> }[]>;
}

interface Real {
  core: Core;
  workshopId: string;
  participants: string[];
  activities: Record<'first' | 'second', { id: string; itemIds: string[] }>;
}

type Which = 'first' | 'second';

const openOf = (m: Model) =>
  (['first', 'second'] as const).flatMap((a) =>
    m.rounds[a].filter((r) => r.status === 'open').map((r) => ({ a, r })),
  )[0];

function refusedOrNot(expected: boolean, action: () => unknown, what: string): void {
  let refused = false;
  try {
    action();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    refused = true;
  }
  expect(refused, `${what} ${expected ? 'should have been refused' : 'was refused'}`).toBe(expected);
}

function realRounds(real: Real, which: Which) {
  return real.core.queries.rounds.listByActivity(real.activities[which].id);
}

/** The database, read back, must say what the model says. */
function agree(m: Model, real: Real): void {
  const workshop = real.core.queries.workshops.get(real.workshopId)!;
  expect(workshop.deletedAt !== null).toBe(m.trashed);
  expect(workshop.status === 'archived').toBe(m.archived);
  for (const which of ['first', 'second'] as const) {
    const rounds = realRounds(real, which);
    expect(rounds.map((r) => r.status)).toEqual(m.rounds[which].map((r) => r.status));
    rounds.forEach((round, i) => {
      const votes = real.core.queries.votes.listByRound(round.id);
      const expected = [...m.rounds[which][i]!.ballots].flatMap(([p, shift]) =>
        ranking(real.activities[which].itemIds, shift).map((e) => `${real.participants[p]}/${e.itemId}=${e.value}`),
      );
      expect(votes.map((v) => `${v.participantId}/${v.itemId}=${String(v.value)}`).sort()).toEqual(expected.sort());
    });
  }
}

class Open implements fc.Command<Model, Real> {
  constructor(readonly which: Which) {}
  check = () => true;
  run(m: Model, real: Real) {
    const refused = m.trashed || m.archived || openOf(m) !== undefined;
    refusedOrNot(refused, () => real.core.voting.openRound(real.activities[this.which].id, null), this.toString());
    if (!refused) m.rounds[this.which].push({ status: 'open', ballots: new Map() });
    agree(m, real);
  }
  toString = () => `open(${this.which})`;
}

class Vote implements fc.Command<Model, Real> {
  constructor(
    readonly participant: number,
    readonly shift: number,
  ) {}
  check = (m: Readonly<Model>) => openOf(m as Model) !== undefined;
  run(m: Model, real: Real) {
    const { a, r } = openOf(m)!;
    const round = realRounds(real, a).find((x) => x.status === 'open')!;
    real.core.voting.recordBallot(
      round.id,
      real.participants[this.participant]!,
      ranking(real.activities[a].itemIds, this.shift),
      false,
    );
    r.ballots.set(this.participant, this.shift);
    agree(m, real);
  }
  toString = () => `vote(person ${this.participant}, shift ${this.shift})`;
}

class Close implements fc.Command<Model, Real> {
  check = () => true;
  run(m: Model, real: Real) {
    const open = openOf(m);
    const latest = realRounds(real, open?.a ?? 'first').at(-1);
    if (!latest) return;
    refusedOrNot(latest.status !== 'open', () => real.core.voting.closeRound(latest.id), this.toString());
    if (open && latest.status === 'open') open.r.status = 'closed';
    agree(m, real);
  }
  toString = () => 'close';
}

class Reveal implements fc.Command<Model, Real> {
  constructor(readonly which: Which) {}
  check = (m: Readonly<Model>) => m.rounds[this.which].length > 0;
  run(m: Model, real: Real) {
    const latest = m.rounds[this.which].at(-1)!;
    const round = realRounds(real, this.which).at(-1)!;
    refusedOrNot(latest.status !== 'closed', () => real.core.voting.revealRound(round.id), this.toString());
    if (latest.status === 'closed') latest.status = 'revealed';
    agree(m, real);
  }
  toString = () => `reveal(${this.which})`;
}

class Trash implements fc.Command<Model, Real> {
  check = () => true;
  run(m: Model, real: Real) {
    const refused = openOf(m) !== undefined;
    refusedOrNot(refused, () => real.core.workshops.trash(real.workshopId), this.toString());
    if (!refused) m.trashed = true;
    agree(m, real);
  }
  toString = () => 'trash';
}

class RestoreFromTrash implements fc.Command<Model, Real> {
  check = (m: Readonly<Model>) => m.trashed;
  run(m: Model, real: Real) {
    real.core.workshops.restore(real.workshopId);
    m.trashed = false;
    agree(m, real);
  }
  toString = () => 'restore';
}

class Archive implements fc.Command<Model, Real> {
  constructor(readonly archived: boolean) {}
  check = () => true;
  run(m: Model, real: Real) {
    const refused = m.trashed || (this.archived && openOf(m) !== undefined);
    refusedOrNot(refused, () => real.core.workshops.setArchived(real.workshopId, this.archived), this.toString());
    if (!refused && (this.archived || m.archived)) m.archived = this.archived;
    agree(m, real);
  }
  toString = () => (this.archived ? 'archive' : 'unarchive');
}

const which = fc.constantFrom<Which>('first', 'second');
const commands = fc.commands(
  [
    which.map((w) => new Open(w)),
    fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 })).map(([p, s]) => new Vote(p, s)),
    fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 })).map(([p, s]) => new Vote(p, s)),
    fc.constant(new Close()),
    which.map((w) => new Reveal(w)),
    fc.constant(new Trash()),
    fc.constant(new RestoreFromTrash()),
    fc.boolean().map((a) => new Archive(a)),
  ],
  { maxCommands: 40 },
);

it('the database always agrees with the model of the room', { timeout: 600_000 }, () => {
  fc.assert(
    fc.property(commands, (cmds) => {
      const { dir, cleanup } = tempDir();
      const core = createCore(join(dir, 'model.sqlite'), fixedClock());
      try {
        const room = seedRoom(core);
        const second = core.clock.newId();
        core.queries.activities.insert(second, room.workshopId, {
          title: 'Second',
          prompt: '',
          config: { kind: 'ranking' },
        });
        const secondItems = ['Cost', 'Growth', 'Risk'].map(
          (label) =>
            core.queries.activities.insertItem(core.clock.newId(), second, {
              label,
              description: null,
              benchmark: null,
            }).id,
        );
        const real: Real = {
          core,
          workshopId: room.workshopId,
          participants: room.participants,
          activities: {
            first: { id: room.activityId, itemIds: room.itemIds },
            second: { id: second, itemIds: secondItems },
          },
        };
        const model: Model = { trashed: false, archived: false, rounds: { first: [], second: [] } };
        fc.modelRun(() => ({ model, real }), cmds);
      } finally {
        core.close();
        cleanup();
      }
    }),
    { numRuns: RUNS },
  );
});
