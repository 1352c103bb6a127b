import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core';
import { LATEST_SCHEMA_VERSION } from '../../src/main/core/db/migrations';
import { registerIpc } from '../../src/main/ipc/register';
import { CHANNELS } from '../../src/shared/ipc/channels';
import { contract } from '../../src/shared/ipc/contract';
import { fixedClock } from '../support/clock';
import { APP_URL, dispatcherFor, eventFrom } from '../support/ipc';
import { tempDir } from '../support/temp';

const draft = { title: 'Alignment day', organization: 'Acme', date: '2026-11-22', facilitator: 'Dana' };

describe('IPC', () => {
  let core: Core;
  let cleanup: () => void;
  let dispatch: ReturnType<typeof dispatcherFor>;
  const fromApp = eventFrom(APP_URL);

  beforeEach(() => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    core = createCore(join(temp.dir, 'ipc.sqlite'), fixedClock());
    dispatch = dispatcherFor(core);
  });
  afterEach(() => {
    core.close();
    cleanup();
  });

  const workshopCount = () => core.db.prepare('SELECT count(*) FROM workshops').pluck().get();

  it('the contract defines exactly the channel list', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
  });

  it('registerIpc registers every channel exactly once', () => {
    const registered: string[] = [];
    registerIpc({ handle: (channel) => registered.push(channel) }, dispatch);
    expect(registered.sort()).toEqual([...CHANNELS].sort());
  });

  describe('app.info', () => {
    it('answers the version, the data file and the schema version', () => {
      expect(dispatch('app.info', fromApp, null)).toEqual({
        ok: true,
        value: { version: '0.1.0-test', dataFile: core.file, schemaVersion: LATEST_SCHEMA_VERSION },
      });
    });
    it('refuses an input it does not take', () => {
      expect(dispatch('app.info', fromApp, { sneaky: 1 })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    });
  });

  describe('workshops.create', () => {
    it('stores a valid workshop, trimming its fields, and answers it', () => {
      const result = dispatch('workshops.create', fromApp, { ...draft, title: '  Alignment day  ' });
      expect(result).toEqual({
        ok: true,
        value: expect.objectContaining({ id: 'id-1', title: 'Alignment day', status: 'draft', anonymous: true }),
      });
      expect(workshopCount()).toBe(1);
    });

    it.each([
      [{ ...draft, title: '   ' }, ['title'], 'Title is required.'],
      [{ ...draft, date: '22/11/2026' }, ['date'], 'Use a date like 2026-11-22.'],
      [{ ...draft, date: '2026-02-30' }, ['date'], 'That date does not exist.'],
      [{ ...draft, organization: 'x'.repeat(121) }, ['organization'], 'Organization must be at most 120 characters.'],
      [{ title: 'T', organization: 'O', date: '2026-11-22' }, ['facilitator'], 'Facilitator is required.'],
      [{ ...draft, status: 'live' }, [], undefined],
      ['DROP TABLE workshops', [], undefined],
      [null, [], undefined],
    ])('refuses %j with a clear message and writes nothing', (input, path, message) => {
      const result = dispatch('workshops.create', fromApp, input);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.path).toEqual(path);
      if (message) expect(result.error.message).toBe(message);
      else expect(result.error.message.length).toBeGreaterThan(5);
      expect(workshopCount()).toBe(0);
    });
  });

  describe('workshops.list', () => {
    it('answers the stored workshops', () => {
      dispatch('workshops.create', fromApp, draft);
      const result = dispatch('workshops.list', fromApp, null);
      expect(result.ok && (result.value as { title: string }[]).map((w) => w.title)).toEqual(['Alignment day']);
    });
    it('refuses input it does not take', () => {
      expect(dispatch('workshops.list', fromApp, 42)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    });
  });

  describe('workshops.get', () => {
    it('answers one workshop by id', () => {
      dispatch('workshops.create', fromApp, draft);
      expect(dispatch('workshops.get', fromApp, { id: 'id-1' })).toMatchObject({ ok: true, value: { id: 'id-1' } });
    });
    it('answers not-found for a missing workshop', () => {
      expect(dispatch('workshops.get', fromApp, { id: 'nope' })).toEqual({
        ok: false,
        error: { code: 'not-found', message: 'That workshop no longer exists.' },
      });
    });
    it('refuses an id that is not an id', () => {
      expect(dispatch('workshops.get', fromApp, { id: "1' OR 1=1 --" })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', path: ['id'] },
      });
    });
  });

  describe('senders', () => {
    const foreign = [
      ['a null frame (navigated away or destroyed)', eventFrom(null)],
      ['a subframe of the app', eventFrom(APP_URL, { subframe: true })],
      ['a web page', eventFrom('https://evil.example/index.html')],
      ['a local file', eventFrom('file:///tmp/index.html')],
      ['another app:// host', eventFrom('app://other-host/index.html')],
      ['a malformed url', eventFrom('not a url')],
    ] as const;

    for (const channel of CHANNELS) {
      it.each(foreign)(`${channel} refuses %s and writes nothing`, (_label, event) => {
        const input = channel === 'workshops.create' ? draft : channel === 'workshops.get' ? { id: 'x' } : null;
        expect(dispatch(channel, event, input)).toEqual({
          ok: false,
          error: { code: 'forbidden-sender', message: 'This request did not come from the Common Ground window.' },
        });
        expect(workshopCount()).toBe(0);
      });
    }
  });

  it('refuses a channel that is not in the contract', () => {
    expect(dispatch('workshops.drop', fromApp, null)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('turns an unexpected failure into a plain message, not a stack trace', () => {
    core.db.exec('DROP TABLE votes; DROP TABLE rounds; DROP TABLE items; DROP TABLE workshop_progress;');
    core.db.exec('DROP TABLE notes; DROP TABLE action_items; DROP TABLE activities; DROP TABLE participants;');
    core.db.exec('UPDATE session SET open_workshop_id = NULL; DROP TABLE session; DROP TABLE workshops;');
    expect(dispatch('workshops.list', fromApp, null)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong on this computer. Nothing was changed.' },
    });
  });
});
