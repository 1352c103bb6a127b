import { BrowserWindow } from 'electron';
import { reportHash, type ReportOptions } from '../shared/report';
import { printReportPage, type ReportPage } from './reportPrint';
import { rendererUrl, securePreferences, type WindowPlaces } from './window';
import { openPdf } from './security';

/** A hidden Electron window as the report printer sees it. */
function electronPage(window: BrowserWindow): ReportPage {
  return {
    evaluate: (script) => window.webContents.executeJavaScript(script, true),
    printToPdf: (settings) =>
      window.webContents.printToPDF({
        pageSize: { width: settings.widthInches, height: settings.heightInches },
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: settings.headerTemplate,
        footerTemplate: settings.footerTemplate,
        margins: settings.marginInches,
      }),
  };
}

/**
 * Prints the report view from a hidden window once the page says every chart has
 * rendered. Text stays text and charts stay vector.
 */
export async function printReport(places: WindowPlaces, workshopId: string, title: string, options: ReportOptions) {
  const window = new BrowserWindow({
    show: false,
    width: 1000,
    height: 1400,
    webPreferences: securePreferences(places.preload),
  });
  try {
    await window.loadURL(rendererUrl(places, reportHash(workshopId, options)));
    return await printReportPage(electronPage(window), title, options.paper);
  } finally {
    window.destroy();
  }
}

export function openFile(path: string): void {
  openPdf(path);
}
