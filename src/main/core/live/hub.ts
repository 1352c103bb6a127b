import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { BallotEntry } from '../../../shared/ballot';
import type { Audience, LiveView, ResultsView, Seat } from '../../../shared/live';
import { AppError } from '../../../shared/result';
import type { Db } from '../db/connection';
import type { Queries } from '../db/queries';
import { resultsView } from '../results';
import type { IdeasService } from '../ideas';
import type { VotingService } from '../voting';
import type { WorkshopService } from '../workshops';
import { liveProjections } from './projections';

/** A window, as the shell knows it (Electron's webContents id). */
export type WindowKey = number;

/** How the hub reaches a window: the shell sends over IPC, the tests into a page. */
export type LiveSender = (key: WindowKey, view: LiveView) => void;

const PIN_PATTERN = /^\d{4,8}$/;
const MAX_PIN_FAILURES = 5;
const PIN_LOCKOUT_MS = 30_000;

interface BallotLock {
  readonly workshopId: string;
  readonly salt: Buffer;
  readonly hash: Buffer;
  /** Per round: those the facilitator let change their answers, once each. */
  readonly mayChange: Map<string, Set<string>>;
  failures: number;
  lockedUntil: number;
}

type SeatState =
  | { readonly audience: 'facilitator' }
  | { readonly audience: 'room'; readonly workshopId: string }
  | { readonly audience: 'ballot'; readonly lock: BallotLock };

const FACILITATOR: SeatState = { audience: 'facilitator' };

function hashPin(pin: string, salt: Buffer): Buffer {
  return scryptSync(pin, salt, 32);
}

/**
 * The live room: which window serves which audience, which workshop each window watches,
 * and the versioned projection each one was last sent. After every call that wrote to the
 * database, `flush` rebuilds the projections of the watched workshops and pushes to each
 * window the one its audience may see, when it changed. Nothing here polls.
 */
export function liveHub(
  db: Db,
  queries: Queries,
  workshops: WorkshopService,
  voting: VotingService,
  ideas: IdeasService,
) {
  const projections = liveProjections(queries, workshops);
  const seats = new Map<WindowKey, SeatState>();
  const watching = new Map<WindowKey, string>();
  /** Per window: the last view sent, without its version, to send only what changed. */
  const lastSent = new Map<WindowKey, string>();
  /** Per workshop: its version and the fingerprint of its facilitator view at that version. */
  const versions = new Map<string, { version: number; fingerprint: string }>();
  /** Per workshop: the page of revealed results on the projector, and the round it is for. */
  const pages = new Map<string, { page: number; key: string }>();
  const totalChanges = db.prepare<[], { n: number }>('SELECT total_changes() AS n').pluck();
  let changesSeen = totalChanges.get() as unknown as number;
  let send: LiveSender = () => {};
  let clock: () => number = Date.now;

  const seatOf = (key: WindowKey): SeatState => seats.get(key) ?? FACILITATOR;

  function ballotLockFor(workshopId: string): BallotLock | null {
    for (const seat of seats.values()) {
      if (seat.audience === 'ballot' && seat.lock.workshopId === workshopId) return seat.lock;
    }
    return null;
  }

  /** The projector's page resets whenever the activity or its latest round changes. */
  function pageOf(workshopId: string): number {
    const stored = pages.get(workshopId);
    return stored && stored.key === pageKey(workshopId) ? stored.page : 0;
  }

  function pageKey(workshopId: string): string {
    const current = queries.session.currentActivity(workshopId) ?? '';
    const latest = current ? queries.rounds.listByActivity(current).at(-1) : undefined;
    return `${current}:${latest?.id ?? ''}:${latest?.status ?? ''}`;
  }

  /** During one push to the windows: each workshop's version, worked out once for all its windows. */
  let versionsThisPass: Map<string, number> | null = null;

  function versionOf(workshopId: string): number {
    const known = versionsThisPass?.get(workshopId);
    if (known !== undefined) return known;
    let entry = versions.get(workshopId);
    const fingerprint = JSON.stringify(
      projections.facilitator(workshopId, {
        version: 0,
        page: pageOf(workshopId),
        ballotHandedOver: ballotLockFor(workshopId) !== null,
      }),
    );
    if (!entry) {
      entry = { version: 1, fingerprint };
      versions.set(workshopId, entry);
    } else if (entry.fingerprint !== fingerprint) {
      entry = { version: entry.version + 1, fingerprint };
      versions.set(workshopId, entry);
    }
    versionsThisPass?.set(workshopId, entry.version);
    return entry.version;
  }

  function viewFor(key: WindowKey, workshopId: string): LiveView {
    const seat = seatOf(key);
    const version = versionOf(workshopId);
    const page = pageOf(workshopId);
    switch (seat.audience) {
      case 'facilitator':
        return projections.facilitator(workshopId, {
          version,
          page,
          ballotHandedOver: ballotLockFor(workshopId) !== null,
        });
      case 'room':
        return projections.room(workshopId, { version, page });
      case 'ballot': {
        const open = voting.openRoundOf(workshopId);
        const allowed = open ? (seat.lock.mayChange.get(open.id) ?? new Set<string>()) : new Set<string>();
        return projections.ballot(workshopId, { version, mayChange: [...allowed] });
      }
    }
  }

  /** Sends a window its view if it differs from the last one it got. */
  function push(key: WindowKey, workshopId: string): LiveView | null {
    let view: LiveView;
    try {
      view = viewFor(key, workshopId);
    } catch (error) {
      // A workshop purged or restored away: the window stops watching it.
      if (error instanceof AppError && error.code === 'not-found') {
        watching.delete(key);
        lastSent.delete(key);
        return null;
      }
      throw error;
    }
    const { version: _version, ...content } = view;
    const text = JSON.stringify(content);
    if (lastSent.get(key) === text) return null;
    lastSent.set(key, text);
    return view;
  }

  function requireFacilitator(key: WindowKey): void {
    if (seatOf(key).audience !== 'facilitator') {
      throw new AppError('forbidden', 'Only the facilitator can do this.');
    }
  }

  /**
   * An answer, by audience: at the shared screen a person answers once, as themselves, in
   * the workshop the screen was handed over for; changing an answer needs the facilitator.
   */
  function asVoter<T>(
    key: WindowKey,
    answer: { roundId: string; participantId: string; byFacilitator: boolean },
    record: (byFacilitator: boolean) => T,
  ): T {
    const seat = seatOf(key);
    if (seat.audience === 'room') throw new AppError('forbidden', 'The projector only shows the room.');
    if (seat.audience !== 'ballot') return record(answer.byFacilitator);
    if (answer.byFacilitator) throw new AppError('forbidden', 'Only the facilitator votes on someone’s behalf.');
    if (voting.workshopOfRound(answer.roundId) !== seat.lock.workshopId) {
      throw new AppError('forbidden', 'This screen is handed over for another workshop.');
    }
    const allowed = seat.lock.mayChange.get(answer.roundId);
    const changing = voting.hasVoted(answer.roundId, answer.participantId);
    if (changing && !allowed?.has(answer.participantId)) {
      throw new AppError(
        'conflict',
        'You have already voted. To change your answers, ask the facilitator to let you vote again.',
      );
    }
    const recorded = record(false);
    allowed?.delete(answer.participantId);
    return recorded;
  }

  function checkPin(lock: BallotLock, pin: string): void {
    const now = clock();
    if (now < lock.lockedUntil) {
      const seconds = Math.ceil((lock.lockedUntil - now) / 1000);
      throw new AppError('forbidden', `Too many wrong PINs. Try again in ${seconds} seconds.`);
    }
    if (!PIN_PATTERN.test(pin) || !timingSafeEqual(hashPin(pin, lock.salt), lock.hash)) {
      lock.failures += 1;
      if (lock.failures >= MAX_PIN_FAILURES) {
        lock.failures = 0;
        lock.lockedUntil = now + PIN_LOCKOUT_MS;
      }
      throw new AppError('forbidden', 'That is not the facilitator’s PIN.');
    }
    lock.failures = 0;
  }

  return {
    /** Where pushed views go; the shell connects once it has windows. */
    connect(sender: LiveSender, now: () => number = Date.now): void {
      send = sender;
      clock = now;
    },

    /** The shell marks a projector window when it opens it. */
    seatRoom(key: WindowKey, workshopId: string): void {
      seats.set(key, { audience: 'room', workshopId });
    },

    /** A closed window stops watching and gives up its seat. */
    forget(key: WindowKey): void {
      seats.delete(key);
      watching.delete(key);
      lastSent.delete(key);
    },

    seat(key: WindowKey): Seat {
      const seat = seatOf(key);
      if (seat.audience === 'facilitator') return { audience: 'facilitator', workshopId: null };
      if (seat.audience === 'room') return { audience: 'room', workshopId: seat.workshopId };
      return { audience: 'ballot', workshopId: seat.lock.workshopId };
    },

    /** A window starts watching a workshop and gets the view its audience may see. */
    watch(key: WindowKey, workshopId: string): LiveView {
      const seat = seatOf(key);
      const bound =
        seat.audience === 'room' ? seat.workshopId : seat.audience === 'ballot' ? seat.lock.workshopId : null;
      if (bound !== null && bound !== workshopId) {
        throw new AppError('forbidden', 'This screen shows another workshop.');
      }
      workshops.requireWorkshop(workshopId);
      watching.set(key, workshopId);
      lastSent.delete(key);
      const view = push(key, workshopId);
      return view ?? viewFor(key, workshopId);
    },

    /** The facilitator hands the shared screen to the room, behind a PIN only they know. */
    handOver(key: WindowKey, workshopId: string, pin: string): void {
      requireFacilitator(key);
      workshops.requireEditable(workshopId);
      if (!PIN_PATTERN.test(pin)) throw new AppError('invalid-input', 'Choose a PIN of 4 to 8 digits.', ['pin']);
      const salt = randomBytes(16);
      seats.set(key, {
        audience: 'ballot',
        lock: { workshopId, salt, hash: hashPin(pin, salt), mayChange: new Map(), failures: 0, lockedUntil: 0 },
      });
      watching.set(key, workshopId);
      lastSent.delete(key);
    },

    /** The facilitator takes the screen back with the PIN. */
    unlock(key: WindowKey, pin: string): void {
      const seat = seatOf(key);
      if (seat.audience !== 'ballot') return;
      checkPin(seat.lock, pin);
      seats.delete(key);
      lastSent.delete(key);
    },

    /** The facilitator lets one person who has voted answer again, from an empty ballot. */
    allowChange(key: WindowKey, participantId: string, pin: string): void {
      const seat = seatOf(key);
      if (seat.audience !== 'ballot') throw new AppError('forbidden', 'The screen is not handed to the room.');
      checkPin(seat.lock, pin);
      const open = voting.openRoundOf(seat.lock.workshopId);
      if (!open) throw new AppError('conflict', 'Voting is not open.');
      const allowed = seat.lock.mayChange.get(open.id) ?? new Set<string>();
      allowed.add(participantId);
      seat.lock.mayChange.set(open.id, allowed);
    },

    /**
     * A ballot, by audience: at the shared screen a person votes once, as themselves, in
     * the workshop the screen was handed over for; changing a ballot needs the facilitator.
     */
    recordBallot(
      key: WindowKey,
      ballot: { roundId: string; participantId: string; entries: readonly BallotEntry[]; byFacilitator: boolean },
    ): { recordedAt: string } {
      return asVoter(key, ballot, (byFacilitator) =>
        voting.recordBallot(ballot.roundId, ballot.participantId, ballot.entries, byFacilitator),
      );
    },

    /** A person's ideas in a collect round, held to the same rules as a ballot at the shared screen. */
    submitIdeas(
      key: WindowKey,
      answer: { roundId: string; participantId: string; ideas: readonly string[]; byFacilitator: boolean },
    ): { recordedAt: string } {
      return asVoter(key, answer, (byFacilitator) =>
        ideas.submit(answer.roundId, answer.participantId, answer.ideas, byFacilitator),
      );
    },

    /** The facilitator steps the projector through the pages of the revealed results. */
    setPage(key: WindowKey, workshopId: string, page: number): void {
      requireFacilitator(key);
      workshops.requireWorkshop(workshopId);
      pages.set(workshopId, { page, key: pageKey(workshopId) });
      // A page is not stored in the database, so nothing else would tell the windows.
      pushWorkshop(workshopId);
    },

    /** The Results tab, for the facilitator: revealed rounds, or every round when asked. */
    results(key: WindowKey, workshopId: string, includeUnrevealed: boolean): ResultsView {
      requireFacilitator(key);
      return resultsView(queries, workshops, workshopId, includeUnrevealed, versionOf(workshopId));
    },

    /** What an audience would see of a workshop now, without a window: for tests and the command line. */
    snapshot<A extends Audience>(workshopId: string, audience: A): Extract<LiveView, { audience: A }> {
      const version = versionOf(workshopId);
      const page = pageOf(workshopId);
      const view: LiveView =
        audience === 'room'
          ? projections.room(workshopId, { version, page })
          : audience === 'ballot'
            ? projections.ballot(workshopId, { version, mayChange: [] })
            : projections.facilitator(workshopId, {
                version,
                page,
                ballotHandedOver: ballotLockFor(workshopId) !== null,
              });
      return view as Extract<LiveView, { audience: A }>;
    },

    /** The audience a window serves. */
    audienceOf: (key: WindowKey): Audience => seatOf(key).audience,

    /**
     * After a call: when anything was written since the last look, every watching window
     * gets its workshop's new view, if its own view changed. Seats that changed (a hand-over
     * or an unlock) are pushed too, since they change what that window may see.
     */
    flush(): void {
      const changes = totalChanges.get() as unknown as number;
      const wrote = changes !== changesSeen;
      changesSeen = changes;
      pushTo((key) => wrote || !lastSent.has(key));
    },
  };

  function pushWorkshop(workshopId: string): void {
    pushTo((_key, watched) => watched === workshopId);
  }

  /** Sends each watching window that `concerns` its view, if it changed. */
  function pushTo(concerns: (key: WindowKey, workshopId: string) => boolean): void {
    versionsThisPass = new Map();
    try {
      for (const [key, workshopId] of watching) {
        if (!concerns(key, workshopId)) continue;
        const view = push(key, workshopId);
        if (view) send(key, view);
      }
    } finally {
      versionsThisPass = null;
    }
  }
}

export type LiveHub = ReturnType<typeof liveHub>;
