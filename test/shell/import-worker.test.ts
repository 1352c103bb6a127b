import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core';
import { workshopFileImporter } from '../../src/main/core/importInWorker';
import { AppError } from '../../src/shared/result';
import { tempDir } from '../support/temp';

const WORKER = resolve('out/main/importWorker.js');
const GOOD = resolve('test/fixtures/workshop-files/good/alignment-day.json');
const BAD = resolve('test/fixtures/workshop-files/bad/dangling-vote-participant.json');

/** What an import threw, as the renderer would be told it. */
async function refusal(importing: Promise<unknown>): Promise<unknown> {
  const error = await importing.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).toShape();
}

describe('importing a workshop file in the built worker', () => {
  let core: Core;
  let cleanup: () => void;

  beforeEach(() => {
    expect(existsSync(WORKER), 'run `npm run build` first').toBe(true);
    const temp = tempDir('cg-import-worker-');
    cleanup = temp.cleanup;
    core = createCore(join(temp.dir, 'common-ground.sqlite'));
  });
  afterEach(() => {
    core.close();
    cleanup();
  });

  it('writes the whole workshop into the data file the app has open', async () => {
    const { workshopId } = await workshopFileImporter(core, WORKER)(GOOD);
    const file = JSON.parse(readFileSync(GOOD, 'utf8')) as { workshop: { title: string }; participants: unknown[] };
    const detail = core.workshops.detail(workshopId);
    expect(detail.workshop.title).toBe(file.workshop.title);
    expect(detail.participants).toHaveLength(file.participants.length);
    expect(detail.votedActivityIds.length).toBeGreaterThan(0);
  });

  it('refuses a bad file with the same message and path as the import on the main thread, and writes nothing', async () => {
    const fromWorker = await refusal(workshopFileImporter(core, WORKER)(BAD));
    const inThread = await refusal(Promise.resolve().then(() => core.transfer.importText(readFileSync(BAD, 'utf8'))));
    expect(fromWorker).toEqual(inThread);
    expect(core.workshops.list()).toEqual([]);
  });

  it('says a missing file could not be opened', async () => {
    expect(await refusal(workshopFileImporter(core, WORKER)(resolve('no-such-file.json')))).toEqual({
      code: 'invalid-input',
      message: 'Cannot read no-such-file.json: no such file.',
    });
  });

  it('imports on the main thread when the worker cannot start', async () => {
    const { workshopId } = await workshopFileImporter(core, resolve('out/main/no-such-worker.js'))(GOOD);
    expect(core.workshops.detail(workshopId).participants.length).toBeGreaterThan(0);
  });
});
