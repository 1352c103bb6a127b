import { cpus, loadavg, platform } from 'node:os';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  budgetText,
  GROUPS,
  NOT_MEASURED,
  type BenchResults,
  type FailedGroup,
  type Figure,
  type Group,
} from './figures';

interface Fragment {
  readonly figures?: readonly Figure[];
  readonly failed?: FailedGroup;
}

const order = (group: string) => GROUPS.indexOf(group as Group);

/**
 * Gathers what each bench file left in `fragments` into results.json and RESULTS.md in
 * `outDir`. A run of some groups only (`--only`) keeps the other groups' last figures.
 */
export function writeResults(
  fragments: string,
  outDir: string,
  options: { only: readonly string[]; smoke: boolean },
): BenchResults {
  const figures: Figure[] = [];
  const failed: FailedGroup[] = [];
  const measured = new Set<string>();
  for (const name of existsSync(fragments) ? readdirSync(fragments) : []) {
    if (!name.endsWith('.json')) continue;
    const fragment = JSON.parse(readFileSync(join(fragments, name), 'utf8')) as Fragment;
    if (fragment.figures) {
      figures.push(...fragment.figures);
      fragment.figures.forEach((f) => measured.add(f.group));
    }
    if (fragment.failed) {
      failed.push(fragment.failed);
      measured.add(fragment.failed.group);
    }
  }
  const wanted = options.only.length > 0 ? options.only : GROUPS;
  for (const group of wanted) {
    if (!measured.has(group)) failed.push({ group, error: 'The bench stopped before it wrote this figure.' });
  }

  const jsonFile = join(outDir, 'results.json');
  if (options.only.length > 0 && existsSync(jsonFile)) {
    const previous = JSON.parse(readFileSync(jsonFile, 'utf8')) as BenchResults;
    figures.push(...previous.figures.filter((f) => !wanted.includes(f.group)));
    failed.push(...previous.failed.filter((f) => !wanted.includes(f.group)));
  }
  figures.sort((a, b) => order(a.group) - order(b.group));
  failed.sort((a, b) => order(a.group) - order(b.group));

  const results: BenchResults = {
    measuredAt: new Date().toISOString(),
    smoke: options.smoke,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      platform: `${platform()} ${process.arch}`,
      node: process.version,
      loadAverage: Math.round(loadavg()[0]! * 100) / 100,
    },
    figures,
    failed,
    notMeasured: NOT_MEASURED,
  };
  writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(outDir, 'RESULTS.md'), resultsMarkdown(results));
  return results;
}

const number = (value: number | undefined) =>
  value === undefined ? '' : value >= 100 ? Math.round(value).toLocaleString('en') : String(+value.toPrecision(3));

export function resultsMarkdown(results: BenchResults): string {
  const lines = [
    '# Speed: what `npm run bench` measured',
    '',
    `Measured ${results.measuredAt.slice(0, 16).replace('T', ' ')} UTC on ${results.machine.cpus} × ` +
      `${results.machine.cpuModel}, ${results.machine.platform}, Node ${results.machine.node}, ` +
      `load average ${results.machine.loadAverage} at the end` +
      `${results.smoke ? ' — a smoke run: two samples each, to show the bench works, not what it measures' : ''}.`,
    'Written by `npm run bench`; `npm run bench -- --only <name>` measures one group again. Each value is a',
    'median, or the 95th percentile where the budget names one, of the runs after a warm-up; a ratio takes both',
    'sides in the same run, interleaved.',
    '',
    '| figure | value | budget | within | median | p95 | runs | how it is measured |',
    '| --- | ---: | --- | :---: | ---: | ---: | ---: | --- |',
    ...results.figures.map(
      (f) =>
        `| ${f.name} | ${number(f.value)} ${f.unit} | ${budgetText(f.budget, f.unit)} | ${f.pass ? 'yes' : '**no**'} | ` +
        `${number(f.median)} | ${number(f.p95)} | ${f.runs} | ${f.how} |`,
    ),
    '',
  ];
  const misses = results.figures.filter((f) => !f.pass || f.note);
  if (misses.length > 0) {
    lines.push('## Over budget, and why', '');
    for (const f of misses) {
      lines.push(
        `- **${f.name}** ${number(f.value)} ${f.unit} (${budgetText(f.budget, f.unit)}). ${f.note ?? ''}`.trim(),
      );
    }
    lines.push('');
  }
  if (results.failed.length > 0) {
    lines.push('## Not measured in this run', '');
    for (const f of results.failed) lines.push(`- **${f.group}**: ${f.error.replace(/\s+/g, ' ')}`);
    lines.push('');
  }
  lines.push('## Not measured: the features do not exist yet', '');
  for (const f of results.notMeasured) lines.push(`- **${f.group}** — ${f.what} (budget ${f.budget}). ${f.why}`);
  lines.push('');
  return lines.join('\n');
}
