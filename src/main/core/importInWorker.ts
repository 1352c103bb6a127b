import { Worker } from 'node:worker_threads';
import { AppError, type Result } from '../../shared/result';
import type { Core } from './index';
import { READY, type ImportJob } from './importJob';
import { MAX_WORKSHOP_FILE_BYTES } from './transfer';

/**
 * Imports a workshop file in a worker thread (the built importWorker.js): the file is read,
 * checked and written there, and the main process only waits for the answer. The data
 * file is in WAL mode with a busy timeout, so a vote recorded meanwhile waits for the
 * import's transaction rather than failing.
 *
 * If the worker cannot load (before it has been given the job, so it has written nothing),
 * `fallback` imports on this thread instead, as before: slower for the windows, but the
 * file is still imported.
 */
export function importInWorker(
  script: string,
  job: ImportJob,
  fallback: () => { workshopId: string },
): Promise<{ workshopId: string }> {
  return new Promise((resolve, reject) => {
    let ready = false;
    let answered = false;
    const worker = new Worker(script);
    worker.on('message', (message: typeof READY | Result<{ workshopId: string }>) => {
      if (message === READY) {
        ready = true;
        worker.postMessage(job);
        return;
      }
      answered = true;
      void worker.terminate();
      if (message.ok) resolve(message.value);
      else reject(new AppError(message.error.code, message.error.message, message.error.path));
    });
    worker.once('error', (error) => {
      if (answered) return;
      answered = true;
      if (ready) {
        reject(new AppError('internal', `The import stopped: ${error.message}`));
        return;
      }
      try {
        resolve(fallback());
      } catch (fallbackError) {
        reject(fallbackError);
      }
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new AppError('internal', `The import stopped before it finished (exit code ${code}).`));
    });
  });
}

/** The app's import: in the worker at `script`, over the core's data file, with the core's own import as the fallback. */
export function workshopFileImporter(core: Core, script: string): (path: string) => Promise<{ workshopId: string }> {
  return (path) =>
    importInWorker(script, { dataFile: core.file, path, maxBytes: MAX_WORKSHOP_FILE_BYTES }, () =>
      core.transfer.importFile(path),
    );
}
