import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENTS } from '../../src/shared/ipc/channels';
import { createFakeElectron, loadWithFakeElectron, settle, type FakeElectron } from '../support/fakeElectron';
import { tempDir } from '../support/temp';

const MAIN_BUNDLE = resolve('out/main/index.js');
const PRELOAD_BUNDLE = resolve('out/preload/index.js');

interface FakeContents {
  handlers: Map<string, (event: { preventDefault(): void }, ...args: unknown[]) => void>;
  openHandler?: (details: { url: string }) => unknown;
}

function fakeWebContents(): FakeContents & { on: unknown; setWindowOpenHandler: unknown } {
  const contents: FakeContents & { on: unknown; setWindowOpenHandler: unknown } = {
    handlers: new Map(),
    on(event: string, handler: (event: { preventDefault(): void }) => void) {
      contents.handlers.set(event, handler);
    },
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      contents.openHandler = handler;
    },
  };
  return contents;
}

function prevented(contents: FakeContents, event: string, ...args: unknown[]): boolean {
  let wasPrevented = false;
  contents.handlers.get(event)?.({ preventDefault: () => (wasPrevented = true) }, ...args);
  return wasPrevented;
}

describe('the built main bundle', () => {
  let userData: string;
  let cleanup: () => void;
  let fake: FakeElectron;

  beforeEach(async () => {
    expect(existsSync(MAIN_BUNDLE), 'run `npm run build` first').toBe(true);
    ({ dir: userData, cleanup } = tempDir('cg-shell-'));
    fake = createFakeElectron({ userData });
    loadWithFakeElectron(MAIN_BUNDLE, fake);
    await settle();
  });
  afterEach(() => {
    fake.emitApp('will-quit');
    cleanup();
  });

  it('takes the single-instance lock and focuses the window on a second launch', () => {
    expect(fake.record.singleInstanceRequested).toBe(true);
    expect(fake.appListeners.get('second-instance')).toHaveLength(1);
    expect(fake.record.quitCalled).toBe(false);
  });

  it('opens one window that is isolated, sandboxed, without Node and with web security', () => {
    expect(fake.record.windows).toHaveLength(1);
    const prefs = fake.record.windows[0]!.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(prefs['preload']).toBe(PRELOAD_BUNDLE);
    expect(existsSync(prefs['preload'] as string)).toBe(true);
  });

  it('loads the renderer from app://, never file:// or the network', () => {
    expect(fake.record.windows[0]!.loadedUrl).toBe('app://common-ground/index.html');
    expect(fake.record.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the built renderer over app:// with a strict CSP', async () => {
    const serve = fake.record.protocolHandlers.get('app')!;
    const page = await serve({ url: 'app://common-ground/index.html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    const html = await page.text();
    expect(html).toContain('<div id="root"></div>');

    const script = html.match(/src="\.\/(assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const js = await serve({ url: `app://common-ground/${script}` });
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('serves nothing outside the renderer folder or from another host', async () => {
    const serve = fake.record.protocolHandlers.get('app')!;
    expect((await serve({ url: 'app://common-ground/%2e%2e%2f%2e%2e%2fpackage.json' })).status).toBe(404);
    expect((await serve({ url: 'app://common-ground/..%2fmain%2findex.js' })).status).toBe(404);
    expect((await serve({ url: 'app://elsewhere/index.html' })).status).toBe(404);
    expect((await serve({ url: 'app://common-ground/missing.js' })).status).toBe(404);
  });

  it('blocks navigation, redirects, new windows and <webview> in every web contents', () => {
    const contents = fakeWebContents();
    fake.emitApp('web-contents-created', {}, contents);
    expect(prevented(contents, 'will-navigate', 'https://example.com')).toBe(true);
    expect(prevented(contents, 'will-redirect', 'https://example.com')).toBe(true);
    expect(prevented(contents, 'will-attach-webview', {}, {})).toBe(true);
    expect(contents.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    let granted: boolean | undefined;
    fake.record.permissionRequestHandler?.({}, 'media', (answer: boolean) => (granted = answer));
    expect(granted).toBe(false);
    expect(fake.record.permissionCheckHandler?.({}, 'notifications')).toBe(false);
  });

  it('registers exactly the contract’s channels, once each', () => {
    expect([...fake.record.ipcHandleCalls].sort()).toEqual([...CHANNELS].sort());
  });

  it('answers IPC from the app window and refuses a foreign frame, over the database in userData', async () => {
    const create = fake.record.ipcHandlers.get('workshops.create')!;
    const draft = { title: 'Shell check', organization: 'Acme', date: '2026-11-22', facilitator: 'Dana' };
    const fromApp = { senderFrame: { url: 'app://common-ground/index.html', parent: null }, sender: { id: 1 } };
    const fromWeb = { senderFrame: { url: 'https://evil.example/', parent: null }, sender: { id: 1 } };

    expect(await create(fromWeb, draft)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await create(fromApp, draft)).toMatchObject({ ok: true, value: { title: 'Shell check' } });

    const db = new Database(join(userData, 'common-ground.sqlite'), { readonly: true });
    expect(db.prepare('SELECT title FROM workshops').pluck().all()).toEqual(['Shell check']);
    db.close();
  });

  it('opens the presenter full screen on the second display, as locked down as the main window', async () => {
    const fromApp = { senderFrame: { url: 'app://common-ground/index.html', parent: null }, sender: { id: 1 } };
    const created = (await fake.record.ipcHandlers.get('workshops.create')!(fromApp, {
      title: 'Room',
      organization: 'Acme',
      date: '2026-11-22',
      facilitator: 'Dana',
    })) as { value: { id: string } };
    expect(await fake.record.ipcHandlers.get('presenter.open')!(fromApp, { id: created.value.id })).toEqual({
      ok: true,
      value: null,
    });
    const presenter = fake.record.windows[1]!;
    expect(presenter.options).toMatchObject({ x: 1440, y: 0, width: 1920, height: 1080, fullscreen: true });
    expect(presenter.options['webPreferences']).toEqual(fake.record.windows[0]!.options['webPreferences']);

    // The projector is seated as the room: it watches, and may ask for nothing else.
    const fromPresenter = { ...fromApp, sender: { id: presenter.webContents.id } };
    const watched = (await fake.record.ipcHandlers.get('live.watch')!(fromPresenter, {
      workshopId: created.value.id,
    })) as { value: { audience: string } };
    expect(watched.value.audience).toBe('room');
    expect(await fake.record.ipcHandlers.get('workshops.list')!(fromPresenter, null)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    // A change made in the console reaches the projector pushed, through its own web contents.
    await fake.record.ipcHandlers.get('agenda.addActivity')!(fromApp, { workshopId: created.value.id, kind: 'likert' });
    expect(fake.record.sent.map(([id, event]) => [id, event])).toContainEqual([presenter.webContents.id, 'live.view']);
    expect(presenter.loadedUrl).toBe(`app://common-ground/index.html#/presenter/${created.value.id}`);
  });

  it('prints the report from a hidden window once it has rendered, saves it and opens it', async () => {
    const fromApp = { senderFrame: { url: 'app://common-ground/index.html', parent: null }, sender: { id: 1 } };
    const created = (await fake.record.ipcHandlers.get('workshops.create')!(fromApp, {
      title: 'Room & board',
      organization: 'Acme',
      date: '2026-11-22',
      facilitator: 'Dana',
    })) as { value: { id: string } };
    const target = join(userData, 'report.pdf');
    fake.record.savePaths.push(target);
    const answer = await fake.record.ipcHandlers.get('report.exportPdf')!(fromApp, {
      id: created.value.id,
      paper: 'letter',
    });
    expect(answer).toEqual({ ok: true, value: { cancelled: false, path: target } });

    const hidden = fake.record.windows.at(-1)!;
    expect(hidden.options['show']).toBe(false);
    expect(hidden.loadedUrl).toBe(`app://common-ground/index.html#/report/${created.value.id}?paper=letter`);
    // One wait on the page's own signal, not a poll.
    expect(fake.record.scripts.filter((code) => code.includes('common-ground:report-settled'))).toHaveLength(1);
    expect(fake.record.printed[0]).toMatchObject({
      pageSize: { width: 8.5, height: 11 },
      printBackground: true,
      displayHeaderFooter: true,
    });
    expect(String(fake.record.printed[0]!['footerTemplate'])).toContain('Room &#38; board');
    expect(hidden.isDestroyed()).toBe(true);
    expect(readFileSync(target, 'utf8')).toMatch(/^%PDF-/);
    expect(fake.record.openedPaths).toEqual([target]);
  });

  it('installs a native menu with the usual roles', () => {
    const template = (fake.record.menu as { template: { role?: string }[] }).template;
    const roles = template.map((entry) => entry.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['fileMenu', 'editMenu', 'windowMenu', 'help']));
  });
});

describe('the built main bundle, at the edges', () => {
  it('quits at once when another instance holds the lock', async () => {
    const { dir, cleanup } = tempDir('cg-shell-');
    const fake = createFakeElectron({ userData: dir, singleInstance: false });
    loadWithFakeElectron(MAIN_BUNDLE, fake);
    await settle();
    expect(fake.record.quitCalled).toBe(true);
    expect(fake.record.windows).toHaveLength(0);
    cleanup();
  });

  it('explains and exits when the data file comes from a newer version', async () => {
    const { dir, cleanup } = tempDir('cg-shell-');
    mkdirSync(dir, { recursive: true });
    const db = new Database(join(dir, 'common-ground.sqlite'));
    db.pragma('user_version = 99');
    db.close();

    const fake = createFakeElectron({ userData: dir });
    loadWithFakeElectron(MAIN_BUNDLE, fake);
    await settle();
    expect(fake.record.windows).toHaveLength(0);
    expect(fake.record.exitCode).toBe(1);
    expect(fake.record.errorBoxes[0]?.[1]).toMatch(/newer version of Common Ground \(schema 99\)/);
    cleanup();
  });
});

describe('the built main bundle, backing up once a day', () => {
  const HOUR_MS = 60 * 60 * 1000;
  const backupsIn = (dir: string) =>
    existsSync(dir) ? readdirSync(dir).filter((name) => /^common-ground-.*Z\.sqlite$/.test(name)) : [];

  it('backs up at start, looks again every hour, backs up when the newest is a day old, and stops on quit', async () => {
    const { dir, cleanup } = tempDir('cg-shell-');
    const backups = join(dir, 'backups');
    const setTimer = vi.spyOn(globalThis, 'setInterval');
    const clearTimer = vi.spyOn(globalThis, 'clearInterval');
    const fake = createFakeElectron({ userData: dir });
    try {
      loadWithFakeElectron(MAIN_BUNDLE, fake);
      await settle();
      const hourly = setTimer.mock.calls.flatMap(([callback, ms], index) =>
        ms === HOUR_MS ? [{ tick: callback as () => void, timer: setTimer.mock.results[index]!.value }] : [],
      );
      expect(hourly).toHaveLength(1);
      await vi.waitFor(() => expect(backupsIn(backups)).toHaveLength(1));

      // An hour later the newest backup is still fresh: no new one.
      hourly[0]!.tick();
      await settle();
      expect(backupsIn(backups)).toHaveLength(1);

      // Once the newest backup is more than a day old, the next look makes one.
      renameSync(join(backups, backupsIn(backups)[0]!), join(backups, 'common-ground-2020-01-01T00-00-00Z.sqlite'));
      hourly[0]!.tick();
      await vi.waitFor(() => expect(backupsIn(backups)).toHaveLength(2));

      expect(clearTimer).not.toHaveBeenCalledWith(hourly[0]!.timer);
      fake.emitApp('will-quit');
      expect(clearTimer).toHaveBeenCalledWith(hourly[0]!.timer);
    } finally {
      setTimer.mockRestore();
      clearTimer.mockRestore();
      cleanup();
    }
  });
});

describe('the built preload bundle', () => {
  it('exposes one frozen API with a method per channel, and nothing else', async () => {
    const fake = createFakeElectron({ userData: '/nonexistent' });
    loadWithFakeElectron(PRELOAD_BUNDLE, fake);
    expect([...fake.record.exposed.keys()]).toEqual(['commonGround']);
    const { on, ...api } = fake.record.exposed.get('commonGround') as Record<
      string,
      Record<string, (input?: unknown) => unknown>
    > & { on: (event: string, listener: (payload: unknown) => void) => () => void };
    expect(Object.isFrozen(fake.record.exposed.get('commonGround'))).toBe(true);
    for (const group of Object.values(api)) expect(Object.isFrozen(group)).toBe(true);

    // Pushed events: the declared ones only, each with its unsubscribe.
    expect(() => on('ipc-message', () => {})).toThrow(/no event/);
    const stop = on(EVENTS[0], () => {});
    expect(fake.record.subscribed).toEqual([EVENTS[0]]);
    stop();
    expect(fake.record.subscribed).toEqual([]);

    const methods = Object.entries(api).flatMap(([ns, group]) => Object.keys(group).map((m) => `${ns}.${m}`));
    expect(methods.sort()).toEqual([...CHANNELS].sort());
    expect(api).not.toHaveProperty('invoke');

    await api['workshops']!['list']!();
    await api['workshops']!['get']!({ id: 'w1' });
    expect(fake.record.invoked).toEqual([
      ['workshops.list', null],
      ['workshops.get', { id: 'w1' }],
    ]);
  });
});
