/** What the main process and the import worker say to each other. */

/** The worker's first word: it has loaded and waits for its job. */
export const READY = 'ready';

export interface ImportJob {
  readonly dataFile: string;
  readonly path: string;
  readonly maxBytes: number;
}
