import { BrowserWindow } from 'electron';
import { REPORT_MARGINS_MM, reportFooterTemplate, type Paper } from '../shared/report';
import { rendererUrl, securePreferences, type WindowPlaces } from './window';
import { openPdf } from './security';

const READY_TIMEOUT_MS = 60_000;
const MM_PER_INCH = 25.4;

/**
 * Prints the report view from a hidden window, only after the page says every chart has
 * rendered (it sets `window.__reportReady`). Text stays text and charts stay vector.
 */
export async function printReport(places: WindowPlaces, workshopId: string, title: string, paper: Paper) {
  const window = new BrowserWindow({
    show: false,
    width: 1000,
    height: 1400,
    webPreferences: securePreferences(places.preload),
  });
  try {
    await window.loadURL(rendererUrl(places, `#/report/${encodeURIComponent(workshopId)}?paper=${paper}`));
    const started = Date.now();
    while (!(await window.webContents.executeJavaScript('window.__reportReady === true'))) {
      const failed = await window.webContents.executeJavaScript('window.__reportError ?? null');
      if (failed) throw new Error(String(failed));
      if (Date.now() - started > READY_TIMEOUT_MS) throw new Error('The report did not finish rendering.');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const inches = (mm: number) => mm / MM_PER_INCH;
    return await window.webContents.printToPDF({
      pageSize: paper === 'a4' ? 'A4' : 'Letter',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: reportFooterTemplate(title),
      margins: {
        top: inches(REPORT_MARGINS_MM.top),
        right: inches(REPORT_MARGINS_MM.right),
        bottom: inches(REPORT_MARGINS_MM.bottom),
        left: inches(REPORT_MARGINS_MM.left),
      },
    });
  } finally {
    window.destroy();
  }
}

export function openFile(path: string): void {
  openPdf(path);
}
