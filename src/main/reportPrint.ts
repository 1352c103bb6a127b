import {
  REPORT_SETTLED_EVENT,
  reportPdfSettings,
  type Paper,
  type ReportPdfSettings,
  type ReportSettled,
} from '../shared/report';

/**
 * The page the report view is rendered in, as each printer holds it: Electron's hidden
 * window and headless Chromium both evaluate a script (awaiting the promise it returns)
 * and print the page to PDF.
 */
export interface ReportPage {
  evaluate(script: string): Promise<unknown>;
  printToPdf(settings: ReportPdfSettings): Promise<Uint8Array>;
}

/**
 * Resolves when the report view says it has settled: at once if it already has, else on
 * its event. No timer: the page tells, the printer listens.
 */
const WAIT_FOR_REPORT = `new Promise((resolve) => {
  const settled = window.__reportSettled;
  if (settled) resolve(settled);
  else window.addEventListener(${JSON.stringify(REPORT_SETTLED_EVENT)}, (event) => resolve(event.detail), { once: true });
})`;

/** How long a report may take to render before the printer gives up on it. */
const RENDER_TIMEOUT_MS = 60_000;

/** Waits for the report view to settle, then prints it: the one path both the app and the command line take. */
export async function printReportPage(page: ReportPage, title: string, paper: Paper): Promise<Uint8Array> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const givenUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('The report did not finish rendering.')), RENDER_TIMEOUT_MS);
  });
  try {
    const settled = (await Promise.race([page.evaluate(WAIT_FOR_REPORT), givenUp])) as ReportSettled | null;
    if (settled?.error) throw new Error(settled.error);
  } finally {
    clearTimeout(timer);
  }
  return page.printToPdf(reportPdfSettings(title, paper));
}
