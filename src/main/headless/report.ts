import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { BrowserType } from 'playwright-core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportHash, type Paper } from '../../shared/report';
import { AppError } from '../../shared/result';
import type { WorkshopFile } from '../../shared/workshopFile';
import { createCore } from '../core';
import { importWorkshop } from '../core/workshopFile';
import { printReportPage } from '../reportPrint';
import { CHROMIUM_ARGS, hostRenderer, openBridgedPage, type RendererHost } from './rendererHost';

/** Where a system Chromium or Chrome usually is; CHROMIUM_PATH wins over all of them. */
const BROWSER_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const wanted = env['CHROMIUM_PATH'];
  if (wanted) {
    if (!existsSync(wanted))
      throw new AppError('invalid-input', `CHROMIUM_PATH points to ${wanted}, which does not exist.`);
    return wanted;
  }
  const found = BROWSER_CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new AppError(
      'invalid-input',
      'No Chromium or Chrome was found to print the report. Install one, or set CHROMIUM_PATH to its executable.',
    );
  }
  return found;
}

/**
 * Playwright's Chromium driver, loaded only when a report is printed: it takes longer to
 * load than the rest of the command line, and it is not installed with the app.
 */
async function loadChromium(): Promise<BrowserType> {
  try {
    return (await import('playwright-core')).chromium;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error;
    throw new AppError(
      'invalid-input',
      'Printing a report from the command line needs playwright-core, which is not installed here. ' +
        'Run `npm install playwright-core` in the folder Common Ground is installed in, then try again.',
    );
  }
}

export interface HeadlessReportOptions {
  readonly file: WorkshopFile;
  readonly paper: Paper;
  /** Whether every vote is listed at the end. */
  readonly appendix?: boolean;
  /** The built renderer (out/renderer). */
  readonly rendererDir: string;
  readonly chromiumPath?: string;
  /** Called with the PDF as soon as it is printed, before Chromium is shut down (which can take a while). */
  readonly onPrinted?: (pdf: Uint8Array) => void;
}

/**
 * Prints a workshop file's report as the app does, without Electron: the workshop goes
 * into a throwaway database, the report view is opened in Chromium over loopback, and
 * printed by the same steps as the app's hidden window.
 */
export async function printReportHeadless(options: HeadlessReportOptions): Promise<Uint8Array> {
  if (!existsSync(join(options.rendererDir, 'index.html'))) {
    throw new AppError('invalid-input', `The report view is not built (${options.rendererDir}); run npm run build.`);
  }
  // Before anything is opened: a missing driver or browser leaves nothing behind to close.
  const chromium = await loadChromium();
  const executablePath = options.chromiumPath ?? findChromium();
  // Chromium takes the longest to start: it starts first, while the workshop is imported.
  const launching = chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  // A failed launch is reported where it is awaited, not as an unhandled rejection before then.
  launching.catch(() => {});
  const dir = mkdtempSync(join(tmpdir(), 'common-ground-report-'));
  const core = createCore(join(dir, 'report.sqlite'));
  // A throwaway copy for one print: nothing in it needs to survive a power cut.
  core.db.pragma('synchronous = OFF');
  let host: RendererHost | null = null;
  try {
    const { workshopId } = importWorkshop(core.db, options.file, core.clock);
    host = await hostRenderer(options.rendererDir);
    const browser = await launching;
    const refuse = async () => {
      throw new AppError('invalid-input', 'The headless report has no file dialogs or windows.');
    };
    const page = await openBridgedPage(browser, host, core, {
      hash: reportHash(workshopId, { paper: options.paper, appendix: options.appendix ?? false }),
      viewport: { width: 1000, height: 1400 },
      locale: 'en-GB',
      logger: { error: () => {} },
      ports: {
        dialogs: { chooseSavePath: refuse, chooseOpenPath: refuse },
        windows: { openPresenter: () => {}, printReport: refuse, openFile: () => {} },
      },
    });
    const pdf = await printReportPage(
      {
        evaluate: (script) => page.evaluate(script),
        printToPdf: (settings) =>
          page.pdf({
            width: `${settings.widthInches}in`,
            height: `${settings.heightInches}in`,
            printBackground: true,
            displayHeaderFooter: true,
            headerTemplate: settings.headerTemplate,
            footerTemplate: settings.footerTemplate,
            margin: {
              top: `${settings.marginInches.top}in`,
              right: `${settings.marginInches.right}in`,
              bottom: `${settings.marginInches.bottom}in`,
              left: `${settings.marginInches.left}in`,
            },
          }),
      },
      options.file.workshop.title,
      options.paper,
    ).catch((error: unknown) => {
      throw new AppError('invalid-input', error instanceof Error ? error.message : String(error));
    });
    options.onPrinted?.(pdf);
    return pdf;
  } finally {
    // Closed whether the report was printed or something before it failed.
    await launching.then((browser) => browser.close()).catch(() => {});
    await host?.close();
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
