import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import { demoWorkshopFile } from '../../src/main/core/demo';
import { importWorkshop } from '../../src/main/core/workshopFile';
import type { ReportOptions } from '../../src/shared/report';
import { openApp, openCore, screenshot, useChromium } from '../support/e2e';
import { recordedWindows, scriptedDialogs } from '../support/ipc';
import { builtInTemplate } from '../../src/main/core/templates';
import { tempDir } from '../support/temp';

const CLI = resolve('out/cli/index.js');
const PAGES_DIR = resolve('test-results/report');

function pageCount(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
}

function cli(args: string[]) {
  return execFileSync(process.execPath, [CLI, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('the session report as PDF', () => {
  let dir: string;
  let cleanup: () => void;
  let text: string;
  let pdf: string;

  beforeAll(() => {
    expect(existsSync(CLI), 'run `npm run build` first').toBe(true);
    ({ dir, cleanup } = tempDir('cg-report-'));
    const file = demoWorkshopFile(builtInTemplate('cio-cmo-alignment')!, { participants: 12, seed: 7 });
    writeFileSync(join(dir, 'demo.json'), JSON.stringify(file));
    pdf = join(dir, 'report.pdf');
    cli(['report', join(dir, 'demo.json'), '--out', pdf, '--paper', 'a4']);
    text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  });
  afterAll(() => cleanup());

  it('reads in the order a client reads it: cover, summary, agreements, the activities, the method', () => {
    const order = [
      'CIO–CMO ALIGNMENT WORKSHOP · REPORT',
      'Demo: one roadmap for IT and Marketing',
      'ALIGNMENT INDEX',
      'Executive summary',
      'The five largest divergences, across the activities',
      'Movement between rounds',
      'Agreements and action items',
      'Results by activity',
      'Who should drive investment',
      'Why we need each other',
      'Facilitator’s notes',
      'Methodology',
    ];
    // Each heading is found after the one before it (the summary names activities too).
    let from = 0;
    for (const heading of order) {
      const at = text.indexOf(heading, from);
      expect(at, `${heading} after position ${from}`).toBeGreaterThanOrEqual(from);
      from = at + heading.length;
    }
    // Names are hidden with anonymity on.
    expect(text).toContain('Voting was anonymous');
    // The footer on every page: the workshop's name and the page number.
    const pages = pageCount(pdf);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });

  it('lists the votes only when the appendix is asked for', () => {
    expect(text).not.toContain('Appendix: the votes');
    expect(text).not.toMatch(/\bP01\b/);
    const withAppendix = join(dir, 'appendix.pdf');
    cli(['report', join(dir, 'demo.json'), '--out', withAppendix, '--appendix']);
    const full = execFileSync('pdftotext', ['-layout', withAppendix, '-'], { encoding: 'utf8' });
    expect(full.indexOf('Appendix: the votes')).toBeGreaterThan(full.indexOf('Methodology'));
    expect(full).toMatch(/\bP01\b/);
    // The browser repeats the table's header on every page of the appendix.
    const appendixPages = full
      .slice(full.indexOf('Appendix: the votes'))
      .split('\f')
      .filter((page) => page.trim());
    expect(appendixPages.length).toBeGreaterThan(2);
    for (const page of appendixPages) expect(page).toMatch(/PARTICIPANT\s+SIDE\s+ITEM\s+ANSWER/);
    // The votes come under a line per activity and round.
    expect(full).toContain('Who should drive investment · round 2');
  });

  it('shows the published split on the ownership chart, beside the room’s', () => {
    // The CIO/CMO Partnership Survey on big data: CIOs 42% IT-led, 13% Marketing-led; CMOs 22% and 33%.
    expect(text).toMatch(/Big Data and Segment[\s\S]{0,300}?pub\. 42%\s+pub\. 13%\s+pub\. 22%\s+pub\. 33%/);
    expect(text).toContain('CIOs 42% IT-led, 13% Marketing-led; CMOs 22% IT-led, 33% Marketing-led.');
    expect(text).toMatch(/right level: both sides together 10%/);
    expect(text).toMatch(/data integration: CIOs 46%/);
  });

  it('keeps the 12-person demo, without appendix, to about a page per activity', () => {
    // Thirteen activities, the cover, the executive summary and the methodology: 18 pages at most
    // (the order of eight reasons, its scores and its re-vote run a few lines onto a third page).
    expect(pageCount(pdf)).toBeLessThanOrEqual(18);
  });

  it('reports a workshop run by hand: names when not anonymous, an unvoted activity in one line', () => {
    const file = JSON.parse(readFileSync(resolve('test/fixtures/workshop-files/good/alignment-day.json'), 'utf8'));
    writeFileSync(
      join(dir, 'by-hand.json'),
      JSON.stringify({ ...file, workshop: { ...file.workshop, anonymous: false } }),
    );
    const out = join(dir, 'by-hand.pdf');
    cli(['report', join(dir, 'by-hand.json'), '--out', out]);
    const pages = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(pages).toContain('Who was in the room');
    expect(pages).toMatch(/Not voted on:\s+Readiness for the digital future\./);
    expect(pages).not.toContain('This activity was not voted on');
    // The unvoted activity has no section of its own: its title appears in that one line only.
    expect(pages.split('Readiness for the digital future').length - 1).toBe(1);
    expect(pages.indexOf('Agreements and action items')).toBeLessThan(pages.indexOf('Results by activity'));
    expect(pages).not.toContain('Appendix: the votes');
  });

  it('keeps the charts as vectors: their labels are text, and no picture is embedded', () => {
    expect(text).toContain('Big Data and Segment Analysis');
    expect(text).toMatch(/Round 1 and the re-vote/);
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).trim().split('\n');
    expect(images.length).toBe(2); // the header lines only
  });

  it('prints on Letter paper when asked', () => {
    const letter = join(dir, 'letter.pdf');
    cli(['report', join(dir, 'demo.json'), '--out', letter, '--paper', 'letter']);
    expect(execFileSync('pdfinfo', [letter], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  it('renders pages that can be looked at', () => {
    rmSync(PAGES_DIR, { recursive: true, force: true });
    mkdirSync(PAGES_DIR, { recursive: true });
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '12', pdf, join(PAGES_DIR, 'page')]);
    expect(readdirSync(PAGES_DIR).filter((f) => f.endsWith('.png')).length).toBe(12);
  });

  it('refuses a bad workshop file with one line and exit 1, writing nothing', () => {
    writeFileSync(join(dir, 'bad.json'), '{"format":"common-ground/workshop","version":1}');
    let status = 0;
    let stderr = '';
    try {
      cli(['report', join(dir, 'bad.json'), '--out', join(dir, 'bad.pdf')]);
    } catch (error) {
      status = (error as { status: number }).status;
      stderr = String((error as { stderr: string }).stderr);
    }
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'bad.pdf'))).toBe(false);
  });
});

describe('exporting from the app, in Chromium', () => {
  const chrome = useChromium();

  it('asks for the appendix in the export dialog, and writes the workbook from the menu beside the other exports', async () => {
    const { dir: here, cleanup: done } = tempDir('cg-export-');
    const core = openCore(here);
    try {
      const file = demoWorkshopFile(builtInTemplate('cio-cmo-alignment')!, { participants: 12, seed: 7 });
      const { workshopId } = importWorkshop(core.db, file, core.clock);
      const dialogs = scriptedDialogs();
      const printed: ReportOptions[] = [];
      const windows = {
        ...recordedWindows(),
        printReport: async (_id: string, _title: string, options: ReportOptions) => {
          printed.push(options);
          return new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
        },
      };
      const page = await openApp(chrome.browser, chrome.origin, core, { dialogs, windows });
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.getByText(file.workshop.title).first().click();

      await page.getByRole('button', { name: 'Export report…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export the report' });
      await dialog.getByLabel('Add an appendix listing every vote').check();
      await screenshot(page, '50-export-report-dialog');
      dialogs.savePaths.push(join(here, 'report.pdf'));
      await dialog.getByRole('button', { name: 'Choose where to save…' }).click();
      await expect.poll(() => printed).toEqual([{ paper: 'a4', appendix: true }]);

      dialogs.savePaths.push(join(here, 'workshop.xlsx'));
      await page.getByRole('button', { name: 'More actions', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Export to Excel (XLSX)…' }).click();
      await expect.poll(() => existsSync(join(here, 'workshop.xlsx'))).toBe(true);
      const sheets = await readXlsxFile(readFileSync(join(here, 'workshop.xlsx')));
      expect(sheets.map((s) => s.sheet)).toEqual(['Summary', 'Votes', 'Agreements']);
      expect(workshopId).toBeTruthy();
      await page.close();
    } finally {
      core.close();
      done();
    }
  });
});
