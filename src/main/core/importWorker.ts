/**
 * Runs in a worker thread: reads a workshop file, checks it and writes it into the data
 * file through its own connection, in one transaction, so that the main process's event
 * loop (and with it every window and the room's votes) never waits on a large import.
 * Says it is ready, then takes one job and answers it with a Result.
 */
import { parentPort } from 'node:worker_threads';
import { AppError, fail, ok, type Result } from '../../shared/result';
import { parseWorkshopFile } from '../../shared/workshopFile';
import { systemClock } from './clock';
import { openDatabase } from './db/connection';
import { readUserFile } from './files';
import { READY, type ImportJob } from './importJob';
import { importWorkshop } from './workshopFile';

function run({ dataFile, path, maxBytes }: ImportJob): Result<{ workshopId: string }> {
  try {
    const parsed = parseWorkshopFile(readUserFile(path, maxBytes));
    if (!parsed.ok) return parsed;
    const db = openDatabase(dataFile);
    try {
      return ok(importWorkshop(db, parsed.value, systemClock));
    } finally {
      db.close();
    }
  } catch (error) {
    if (error instanceof AppError) return fail(error.toShape());
    return fail({ code: 'internal', message: error instanceof Error ? error.message : String(error) });
  }
}

// Loaded and ready before it is given the job: a worker that cannot load has written nothing.
parentPort?.once('message', (job: ImportJob) => parentPort?.postMessage(run(job)));
parentPort?.postMessage(READY);
