import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import cioCmoAlignment from '../../assets/templates/cio-cmo-alignment.json';
import { BUILT_IN_TEMPLATES, builtInTemplate, templateSummary } from '../../src/main/core/templates';
import { templateSchema, type ActivityDefinition, type ItemDefinition } from '../../src/shared/agenda';
import {
  ACTIVITY_KINDS,
  DEFAULT_LIKERT_LABELS,
  DEFAULT_OWNERSHIP_OPTIONS,
  type Benchmark,
} from '../../src/shared/domain';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const researchDir = process.env.RESEARCH_DIR ?? resolve(repoRoot, '../shared/research');
const haveResearch = existsSync(researchDir);
const articles = haveResearch
  ? readdirSync(researchDir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(join(researchDir, name), 'utf8'))
  : [];

/** The sources the research dates, named as its README names them. */
const DATED_SOURCES = [
  { source: 'CIO/CMO Partnership Survey, CIO', year: 2013 },
  { source: 'Gartner', year: 2016 },
  // The research does not print this study's year; Accenture published it in August 2013.
  { source: 'Accenture study on the CMO–CIO disconnect', year: 2013 },
  // The article prints no date; its comments are dated September 2013.
  { source: 'The CMO-CIO Disconnect: Stronger Collaboration Drives Digital Success', year: 2013 },
];

/** Figures the research spells out in words rather than digits. */
const IN_WORDS: Readonly<Record<number, string>> = { 46: 'Forty-six percent', 10: 'one in every ten' };

const template = builtInTemplate('cio-cmo-alignment')!;

function activity(titlePattern: RegExp): ActivityDefinition {
  const found = template.activities.find((a) => titlePattern.test(a.title));
  if (!found) throw new Error(`No activity titled like ${titlePattern}`);
  return found;
}

const allItems = template.activities.flatMap((a) => a.items);

function item(label: string): ItemDefinition {
  const found = allItems.find((i) => i.label === label);
  if (!found) throw new Error(`No item labelled "${label}"`);
  return found;
}

const benchmarked = allItems.filter((i): i is ItemDefinition & { benchmark: Benchmark } => i.benchmark !== null);

/** 1 matches "#1 driver" or "(1%" but not "#10" or "12.3". */
function printedIn(quote: string, value: number): boolean {
  if (IN_WORDS[value] !== undefined && quote.includes(IN_WORDS[value])) return true;
  const digits = String(value).replace('.', '\\.');
  return new RegExp(`(?<![\\d.])${digits}(?!\\d|\\.\\d)`).test(quote);
}

describe('the built-in CIO–CMO alignment template', () => {
  it('is a valid template file, shipped as a built-in', () => {
    const parsed = templateSchema.safeParse(cioCmoAlignment);
    expect(parsed.success, parsed.success ? '' : z.prettifyError(parsed.error)).toBe(true);
    expect(template).toMatchObject({
      format: 'common-ground/template',
      version: 1,
      id: 'cio-cmo-alignment',
      language: 'en',
    });
    expect(BUILT_IN_TEMPLATES).toContain(template);
    expect(builtInTemplate('no-such-template')).toBeUndefined();
  });

  it('runs its activities in the order of a half-day session', () => {
    const expected: [string, RegExp][] = [
      ['likert', /share/i],
      ['ownership', /drive investment/i],
      ['scale', /digital future/i],
      ['prediction', /collaboration/i],
      ['choice', /worries/i],
      ['points', /technology should help/i],
      ['ranking', /need each other/i],
      ['likert', /friction/i],
      ['ideas', /not understand/i],
      ['choice', /budget/i],
      ['choice', /rogue IT/i],
      ['matrix', /each area stands/i],
      ['choice', /commitment/i],
    ];
    expect(template.activities).toHaveLength(expected.length);
    template.activities.forEach((a, index) => {
      const [kind, title] = expected[index]!;
      expect(a.config.kind, a.title).toBe(kind);
      expect(a.title).toMatch(title);
      expect(a.prompt, a.title).not.toBe('');
    });
  });

  it('uses every kind of activity', () => {
    expect(new Set(template.activities.map((a) => a.config.kind))).toEqual(new Set(ACTIVITY_KINDS));
  });

  it('places the same seven technology areas on importance and readiness, with no published figure', () => {
    const ownership = activity(/drive investment/i);
    const matrix = activity(/each area stands/i);
    expect(matrix.config).toMatchObject({ kind: 'matrix', x: { name: 'Importance' }, y: { name: 'Readiness' } });
    expect(matrix.items.map((i) => i.label)).toEqual(ownership.items.map((i) => i.label));
    for (const item of matrix.items) expect(item.benchmark, item.label).toBeNull();
  });

  it('asks who should drive investment in all seven technology areas, with the standard ownership options', () => {
    const ownership = activity(/drive investment/i);
    expect(ownership.config).toEqual({ kind: 'ownership', options: DEFAULT_OWNERSHIP_OPTIONS });
    expect(ownership.items.map((i) => i.label)).toEqual([
      'Big Data and Segment Analysis',
      'Cloud',
      'Consumerization of IT',
      'CRM and Demand Generation',
      'Customer Service Systems',
      'Mobile',
      'Social Media',
    ]);
  });

  it('carries the research’s questions', () => {
    expect(activity(/digital future/i).config).toMatchObject({ kind: 'scale', min: 0, max: 10 });
    expect(activity(/collaboration/i).config).toMatchObject({ kind: 'prediction', min: 0, max: 100, unit: '%' });
    expect(activity(/worries/i).config).toMatchObject({
      options: expect.arrayContaining([
        { id: 'funding', label: 'Funding for digital marketing channels' },
        { id: 'complexity-integration', label: 'Solution complexity and integration' },
      ]),
    });

    const priorities = activity(/technology should help/i);
    expect(priorities.config).toEqual({ kind: 'points', total: 100 });
    expect(priorities.items.map((i) => i.label)).toEqual(
      expect.arrayContaining([
        'Gaining better customer insight',
        'Reaching the market more efficiently',
        'Tying analytics to business outcomes',
        'Lead generation',
        'Improving marketing productivity and performance',
      ]),
    );

    const friction = activity(/friction/i);
    expect(friction.config).toEqual({ kind: 'likert', labels: [...DEFAULT_LIKERT_LABELS] });
    expect(friction.items.map((i) => i.label)).toEqual(
      expect.arrayContaining([
        'Marketing pulls in technologies without consideration for IT standards.',
        'Marketing should be able to access and use data and content without IT intervention.',
      ]),
    );
  });

  it('ranks the drivers the research names, and marks the ones it only implies', () => {
    const named = [
      'Access to customer insight and intelligence',
      'Privacy and security around customer data and brand protection',
      'IT’s strategic capability',
      'IT as a platform provider',
    ];
    const drivers = activity(/need each other/i).items;
    expect(drivers.map((i) => i.label)).toEqual(expect.arrayContaining(named));
    for (const driver of drivers.filter((i) => !named.includes(i.label))) {
      expect(driver.description, driver.label).toMatch(/^Not a driver the research names, but one it clearly implies/);
    }
  });

  it('fits a half day, with time planned for every activity', () => {
    for (const a of template.activities) expect(a.minutes, a.title).toBeGreaterThan(0);
    const summary = templateSummary(template);
    expect(summary).toEqual({
      id: 'cio-cmo-alignment',
      name: 'CIO–CMO alignment',
      description: template.description,
      language: 'en',
      activityCount: 13,
      itemCount: allItems.length,
      minutes: template.activities.reduce((sum, a) => sum + a.minutes!, 0),
    });
    expect(summary.minutes).toBeGreaterThanOrEqual(210);
    expect(summary.minutes).toBeLessThanOrEqual(240);
  });

  it('prints every benchmark figure in the sentence it is quoted from', () => {
    expect(benchmarked.length).toBeGreaterThan(0);
    for (const { label, benchmark } of benchmarked) {
      expect(benchmark.quote, label).toBeTruthy();
      const distribution = [
        ...Object.values(benchmark.distribution?.cio ?? {}),
        ...Object.values(benchmark.distribution?.cmo ?? {}),
      ];
      for (const value of [benchmark.cio, benchmark.cmo, benchmark.overall ?? null, ...distribution]) {
        if (value !== null) expect(printedIn(benchmark.quote!, value), `${label}: ${value}`).toBe(true);
      }
    }
  });

  it('names each benchmark’s source and year as the research dates it', () => {
    for (const { label, benchmark } of benchmarked) {
      expect(DATED_SOURCES, label).toContainEqual({ source: benchmark.source, year: benchmark.year });
    }
  });

  it.skipIf(!haveResearch)(
    'quotes every benchmark verbatim from the research (skipped without the research articles: set RESEARCH_DIR)',
    () => {
      expect(articles.length).toBeGreaterThan(0);
      for (const { label, benchmark } of benchmarked) {
        expect(
          articles.some((text) => text.includes(benchmark.quote!)),
          `${label}: ${benchmark.quote}`,
        ).toBe(true);
      }
    },
  );

  it('shows the published figures of the CIO/CMO Partnership Survey', () => {
    const survey = { unit: '%', source: 'CIO/CMO Partnership Survey, CIO', year: 2013 };
    expect(item('Big Data and Segment Analysis').benchmark).toMatchObject({ cio: 13, cmo: 33, ...survey });
    // The study's whole answer on who drives big data, per side.
    expect(item('Big Data and Segment Analysis').benchmark?.distribution).toEqual({
      cio: { 'it-led': 42, 'marketing-led': 13 },
      cmo: { 'it-led': 22, 'marketing-led': 33 },
    });
    expect(item('Where it sits today').benchmark).toMatchObject({ cio: 12.3, cmo: 15.75, ...survey });
  });
  it('shows the published figures of Accenture’s study', () => {
    const study = { source: 'Accenture study on the CMO–CIO disconnect', year: 2013 };
    const percent = { unit: '%', ...study };
    const rank = { unit: 'rank', ...study };
    expect(item('Our company as a whole').benchmark).toMatchObject({ cio: 61, cmo: 49, ...percent });
    expect(item('My biggest concern about getting ready for digital').benchmark).toMatchObject({
      cio: 50,
      cmo: 43,
      ...percent,
    });
    expect(item('We need to be aligned with the other function.').benchmark).toMatchObject({
      cio: 77,
      cmo: 56,
      ...percent,
    });
    expect(item('Access to customer insight and intelligence').benchmark).toMatchObject({ cio: 10, cmo: 1, ...rank });
    expect(item('Privacy and security around customer data and brand protection').benchmark).toMatchObject({
      cio: 4,
      cmo: 11,
      ...rank,
    });
    expect(item('IT’s strategic capability').benchmark).toMatchObject({ cio: 5, cmo: null, ...rank });
    expect(item('IT as a platform provider').benchmark).toMatchObject({ cio: null, cmo: 9, ...rank });
    expect(item('Tying analytics to business outcomes').benchmark).toMatchObject({ cio: 45, cmo: 33, ...percent });
    expect(item('Lead generation').benchmark).toMatchObject({ cio: 35, cmo: 43, ...percent });
    expect(item('Improving marketing productivity and performance').benchmark).toMatchObject({
      cio: 36,
      cmo: 44,
      ...percent,
    });
    expect(item('Marketing pulls in technologies without consideration for IT standards.').benchmark).toMatchObject({
      cio: 49,
      cmo: null,
      ...percent,
    });
    expect(
      item('Marketing should be able to access and use data and content without IT intervention.').benchmark,
    ).toMatchObject({ cio: null, cmo: 45, ...percent });
  });
});

describe('loading the built-in templates', () => {
  afterEach(() => {
    vi.doUnmock('../../assets/templates/cio-cmo-alignment.json');
    vi.resetModules();
  });

  it('fails loudly, naming the file, when a built-in template is broken', async () => {
    vi.resetModules();
    vi.doMock('../../assets/templates/cio-cmo-alignment.json', () => ({
      default: { ...cioCmoAlignment, activities: [] },
    }));
    await expect(import('../../src/main/core/templates')).rejects.toThrow(/cio-cmo-alignment\.json is invalid/);
  });
});
