import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { PAPER_SIZES, type Paper } from '../../shared/report';
import { parseWorkshopFile } from '../../shared/workshopFile';
import { parseCommandArgs, required } from '../args';
import { InputError, UsageError, type CliIo } from '../command';
import { readWorkshopFileText, writeTextFile } from '../files';

/** The built report view sits beside this command's own bundle: out/cli → out/renderer. */
const RENDERER_DIR = resolve(__dirname, '../renderer');

/** Runs `common-ground report`; its usage lines are in the table in commands/index.ts. */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseCommandArgs(
    args,
    { out: { type: 'string' }, paper: { type: 'string' }, appendix: { type: 'boolean' }, force: { type: 'boolean' } },
    { min: 1, max: 1, names: 'the workshop file to report on' },
  );
  const out = required(values.out, '--out <report.pdf>');
  const paper = (values.paper ?? 'a4').toLowerCase();
  if (!(PAPER_SIZES as readonly string[]).includes(paper)) throw new UsageError('--paper is a4 or letter.');
  const path = positionals[0]!;
  const parsed = parseWorkshopFile(readWorkshopFileText(path));
  if (!parsed.ok) throw new InputError(`${path}: ${parsed.error.message}`);
  if (values.force !== true && existsSync(out))
    throw new InputError(`${out} already exists; add --force to replace it.`);
  // Loaded here, not at start: printing needs a browser driver and a server no other command does.
  const { printReportHeadless } = await import('../../main/headless/report');
  const pdf = await printReportHeadless({
    file: parsed.value,
    paper: paper as Paper,
    appendix: values.appendix === true,
    rendererDir: RENDERER_DIR,
    // On disk as soon as it is printed, while Chromium shuts down.
    onPrinted: (printed) => writeTextFile(out, printed, true),
  });
  io.out(`Wrote the report of "${parsed.value.workshop.title}" to ${out} (${Math.round(pdf.length / 1024)} KB).\n`);
  return 0;
}
