import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createCore, type Core } from '../../src/main/core';
import { hostRenderer, openBridgedPage, type RendererHost } from '../../src/main/headless/rendererHost';
import type { BallotEntry } from '../../src/shared/ballot';
import { recordedWindows, scriptedDialogs } from '../../test/support/ipc';
import { launchChromium } from './chromium';

export const RENDERER_DIR = resolve(__dirname, '../../out/renderer');

export interface BenchApp {
  readonly core: Core;
  readonly browser: Browser;
  readonly host: RendererHost;
  /** A page of the built renderer whose `window.commonGround` reaches this core, as the app's windows do. */
  open(hash?: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** The projector of a workshop, seated as the room, as the shell opens it. */
  openProjector(workshopId: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** The built renderer over a real core (a new data file unless one is given), in Chromium. */
export async function startApp(browser?: Browser, file?: string): Promise<BenchApp> {
  if (!existsSync(join(RENDERER_DIR, 'index.html')))
    throw new Error(`No built renderer in ${RENDERER_DIR}: run npm run build.`);
  const dir = mkdtempSync(join(tmpdir(), 'cg-bench-app-'));
  const core = createCore(file ?? join(dir, 'common-ground.sqlite'));
  const host = await hostRenderer(RENDERER_DIR);
  const ownBrowser = browser ? null : await launchChromium();
  const chromium = browser ?? ownBrowser!;
  return {
    core,
    browser: chromium,
    host,
    open: (hash = '', viewport = { width: 1920, height: 1080 }) =>
      openBridgedPage(chromium, host, core, {
        hash,
        viewport,
        locale: 'en-GB',
        logger: { error: () => {} },
        ports: { dialogs: scriptedDialogs(), windows: recordedWindows() },
      }),
    openProjector: (workshopId, viewport = { width: 1920, height: 1080 }) =>
      openBridgedPage(chromium, host, core, {
        hash: `#/presenter/${workshopId}`,
        viewport,
        locale: 'en-GB',
        logger: { error: () => {} },
        projectorFor: workshopId,
        ports: { dialogs: scriptedDialogs(), windows: recordedWindows() },
      }),
    async close() {
      await ownBrowser?.close();
      await host.close();
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The wall clock of a page, in milliseconds since the epoch, to the microsecond: comparable across pages. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.timeOrigin + performance.now());
}

/**
 * Watches what the presenter window shows, by what is on its screen rather than by how it
 * learns of a change: `arm(kind, n)` notes the moment the count first reads `n` voted, or
 * the revealed chart first appears, or the room is told voting has closed.
 */
export async function watchPresenter(page: Page) {
  await page.evaluate(() => {
    type Watch = { kind: string | null; target: number; seenAt: number | null };
    const watch: Watch = { kind: null, target: 0, seenAt: null };
    const shows = (): boolean => {
      if (watch.kind === 'count') {
        const text = [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent ?? '').join(' ');
        const count = /(\d+)\s+of\s+(\d+)/.exec(text);
        return count !== null && Number(count[1]) === watch.target;
      }
      if (watch.kind === 'chart') return document.querySelector('.presenter-charts svg, .presenter main svg') !== null;
      if (watch.kind === 'closed') return /voting is closed/i.test(document.body.textContent ?? '');
      return false;
    };
    const check = () => {
      if (watch.kind !== null && watch.seenAt === null && shows())
        watch.seenAt = performance.timeOrigin + performance.now();
    };
    new MutationObserver(check).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    Object.assign(window, {
      __benchArm(kind: string, target: number) {
        watch.kind = kind;
        watch.target = target;
        watch.seenAt = null;
        check();
      },
      __benchSeen: () => watch.seenAt,
    });
  });
  return {
    arm: (kind: 'count' | 'chart' | 'closed', target = 0) =>
      page.evaluate(
        ([k, t]) => (window as unknown as { __benchArm(kind: string, target: number): void }).__benchArm(k, t),
        [kind, target] as const,
      ),
    /** When the armed change was first on screen (page clock), waiting up to `timeout` for it. */
    async seen(timeout = 10_000): Promise<number> {
      const handle = await page.waitForFunction(
        () => (window as unknown as { __benchSeen(): number | null }).__benchSeen(),
        null,
        { timeout, polling: 'raf' },
      );
      return (await handle.jsonValue()) as number;
    },
  };
}

export interface DemoRoom {
  readonly workshopId: string;
  readonly activityId: string;
  readonly participantIds: readonly string[];
  /** A valid ballot for the activity (one demo participant's own answers), given by everyone in turn. */
  readonly entries: readonly BallotEntry[];
}

/** The demo workshop of `participants` people; the room is on its first activity. */
export function demoRoom(core: Core, participants: number): DemoRoom {
  const workshop = core.transfer.createDemo({ participants });
  const detail = core.workshops.detail(workshop.id);
  const activity = detail.activities[0]!;
  const last = core.queries.rounds.listByActivity(activity.id).at(-1)!;
  const votes = core.queries.votes.listByRound(last.id);
  const someone = votes[0]!.participantId;
  return {
    workshopId: workshop.id,
    activityId: activity.id,
    participantIds: detail.participants.map((p) => p.id),
    entries: votes.filter((v) => v.participantId === someone).map((v) => ({ itemId: v.itemId, value: v.value })),
  };
}

/** Records a ballot through the page's bridged API, as the ballot screen does; answers when it was confirmed. */
export function castBallot(page: Page, roundId: string, participantId: string, entries: readonly BallotEntry[]) {
  return page.evaluate(
    async (input) => {
      const api = (
        window as unknown as { commonGround: Record<string, Record<string, (i: unknown) => Promise<unknown>>> }
      ).commonGround;
      const result = (await api['live']!['recordBallot']!({ ...input, byFacilitator: false })) as {
        ok: boolean;
        error?: { message: string };
      };
      if (!result.ok) throw new Error(result.error?.message ?? 'The ballot was refused.');
      return performance.timeOrigin + performance.now();
    },
    { roundId, participantId, entries },
  );
}
