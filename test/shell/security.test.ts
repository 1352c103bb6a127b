import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeElectron, loadWithFakeElectron, settle, type FakeElectron } from '../support/fakeElectron';
import { tempDir } from '../support/temp';

/** The items of docs/security.md that the built main bundle and the packaging config can show. */
const MAIN_BUNDLE = resolve('out/main/index.js');

const opened: string[] = [];
vi.mock('electron', () => ({
  app: { isPackaged: true, on: () => undefined },
  session: {},
  shell: { openPath: async (path: string) => void opened.push(path) },
}));

type Handler = (event: { preventDefault(): void }, ...args: unknown[]) => void;

function fakeContents() {
  const handlers = new Map<string, Handler>();
  let devToolsClosed = 0;
  return {
    handlers,
    closed: () => devToolsClosed,
    on: (event: string, handler: Handler) => void handlers.set(event, handler),
    setWindowOpenHandler: () => undefined,
    closeDevTools: () => void devToolsClosed++,
  };
}

describe('the built main bundle, packaged', () => {
  let cleanup: () => void;
  let fake: FakeElectron;
  beforeEach(async () => {
    expect(existsSync(MAIN_BUNDLE), 'run `npm run build` first').toBe(true);
    const temp = tempDir('cg-security-');
    cleanup = temp.cleanup;
    fake = createFakeElectron({ userData: temp.dir });
    loadWithFakeElectron(MAIN_BUNDLE, fake);
    await settle();
  });
  afterEach(() => {
    fake.emitApp('will-quit');
    cleanup();
  });

  it('stops every frame from navigating (will-frame-navigate), not only the window', () => {
    const contents = fakeContents();
    fake.emitApp('web-contents-created', {}, contents);
    let prevented = false;
    contents.handlers.get('will-frame-navigate')?.({ preventDefault: () => (prevented = true) }, {});
    expect(prevented).toBe(true);
  });

  it('closes DevTools however they were opened, and offers none in the menu', () => {
    const contents = fakeContents();
    fake.emitApp('web-contents-created', {}, contents);
    contents.handlers.get('devtools-opened')?.({ preventDefault: () => undefined });
    expect(contents.closed()).toBe(1);
    const view = (fake.record.menu as { template: { label?: string; submenu?: { role?: string }[] }[] }).template.find(
      (entry) => entry.label === 'View',
    );
    expect(view?.submenu?.map((item) => item.role)).not.toContain('toggleDevTools');
  });

  it('never calls shell.openExternal, and sets no experimental or Blink features', () => {
    const bundle = readFileSync(MAIN_BUNDLE, 'utf8');
    for (const unwanted of ['openExternal', 'experimentalFeatures', 'enableBlinkFeatures']) {
      expect(bundle).not.toContain(unwanted);
    }
  });
});

describe('opening a file the app wrote', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir('cg-open-'));
    opened.length = 0;
  });
  afterEach(() => cleanup());

  it('hands only a real PDF to the system viewer', async () => {
    const { openPdf } = await import('../../src/main/security');
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, '%PDF-1.7\n%%EOF\n');
    const script = join(dir, 'report.pdf.sh');
    writeFileSync(script, '#!/bin/sh\necho hi\n');
    const renamed = join(dir, 'payload.pdf');
    writeFileSync(renamed, 'MZ\x90\x00 not a pdf');
    const folder = join(dir, 'folder.pdf');
    mkdirSync(folder);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const path of [pdf, script, renamed, folder, join(dir, 'missing.pdf')]) openPdf(path);
    quiet.mockRestore();
    expect(opened).toEqual([pdf]);
  });
});

describe('the packaging config', () => {
  it('sets the fuses the app does not need off, and asar integrity on', () => {
    const yml = readFileSync(resolve('electron-builder.yml'), 'utf8');
    const block = /^electronFuses:\n((?: {2}.+\n)+)/m.exec(yml)?.[1] ?? '';
    const fuses = Object.fromEntries(
      block
        .trim()
        .split('\n')
        .map((line) => line.trim().split(/:\s*/) as [string, string]),
    );
    expect(fuses).toEqual({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableCookieEncryption: 'true',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
  });
});
