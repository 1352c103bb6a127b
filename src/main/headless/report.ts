import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { BrowserType } from 'playwright-core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPORT_MARGINS_MM, reportFooterTemplate, type Paper } from '../../shared/report';
import { AppError } from '../../shared/result';
import type { WorkshopFile } from '../../shared/workshopFile';
import { createCore } from '../core';
import { importWorkshop } from '../core/workshopFile';
import { CHROMIUM_ARGS, hostRenderer, openBridgedPage } from './rendererHost';

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
  /** The built renderer (out/renderer). */
  readonly rendererDir: string;
  readonly chromiumPath?: string;
}

const READY_TIMEOUT_MS = 60_000;

/** What the report view sets on its window when it has rendered, or failed to. */
interface ReportSignals {
  __reportReady?: boolean;
  __reportError?: string;
}

/**
 * Prints a workshop file's report as the app does, without Electron: the workshop goes
 * into a throwaway database, the report view is opened in Chromium over loopback, and
 * printed once the page says every chart has rendered.
 */
export async function printReportHeadless(options: HeadlessReportOptions): Promise<Uint8Array> {
  if (!existsSync(join(options.rendererDir, 'index.html'))) {
    throw new AppError('invalid-input', `The report view is not built (${options.rendererDir}); run npm run build.`);
  }
  // Before anything is opened: a missing driver or browser leaves nothing behind to close.
  const chromium = await loadChromium();
  const executablePath = options.chromiumPath ?? findChromium();
  const dir = mkdtempSync(join(tmpdir(), 'common-ground-report-'));
  const core = createCore(join(dir, 'report.sqlite'));
  const host = await hostRenderer(options.rendererDir);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const { workshopId } = importWorkshop(core.db, options.file, core.clock);
    const refuse = async () => {
      throw new AppError('invalid-input', 'The headless report has no file dialogs or windows.');
    };
    const page = await openBridgedPage(browser, host, core, {
      hash: `#/report/${workshopId}?paper=${options.paper}`,
      viewport: { width: 1000, height: 1400 },
      locale: 'en-GB',
      logger: { error: () => {} },
      ports: {
        dialogs: { chooseSavePath: refuse, chooseOpenPath: refuse },
        windows: { openPresenter: () => {}, printReport: refuse, openFile: () => {} },
      },
    });
    await page.waitForFunction(
      () => {
        const state = window as unknown as ReportSignals;
        return state.__reportReady === true || typeof state.__reportError === 'string';
      },
      null,
      { timeout: READY_TIMEOUT_MS },
    );
    const failed = await page.evaluate(() => (window as unknown as ReportSignals).__reportError ?? null);
    if (failed) throw new AppError('invalid-input', failed);
    const margin = (mm: number) => `${mm}mm`;
    return await page.pdf({
      format: options.paper === 'a4' ? 'A4' : 'Letter',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: reportFooterTemplate(options.file.workshop.title),
      margin: {
        top: margin(REPORT_MARGINS_MM.top),
        right: margin(REPORT_MARGINS_MM.right),
        bottom: margin(REPORT_MARGINS_MM.bottom),
        left: margin(REPORT_MARGINS_MM.left),
      },
    });
  } finally {
    await browser.close();
    await host.close();
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
