import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { analyze } from '../../src/shared/analytics';
import type { Activity, VoteValue } from '../../src/shared/domain';
import { launchChromium, openApp, openCore, RENDERER_DIR, SCREENSHOT_DIR, serveRenderer } from '../support/e2e';
import { tempDir } from '../support/temp';

// ── A room that disagrees the way the research says ───────────────────────────

/** Small seeded generator, so the workshop is the same on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(2013);
const noise = () => next() + next() - 1; // −1..1, peaked at 0
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

type Side = 'it' | 'marketing' | 'other';
type PerSide<T> = Record<Side, T>;

/** `n` option ids in the given proportions (largest remainder), so each side's shares come out exactly. */
function quota(shares: Record<string, number>, n: number): string[] {
  const entries = Object.entries(shares);
  const total = entries.reduce((s, [, v]) => s + v, 0);
  const exact = entries.map(([id, v]) => ({ id, count: Math.floor((v / total) * n), rest: ((v / total) * n) % 1 }));
  let left = n - exact.reduce((s, e) => s + e.count, 0);
  for (const e of [...exact].sort((a, b) => b.rest - a.rest)) if (left-- > 0) e.count++;
  return exact.flatMap((e) => Array<string>(e.count).fill(e.id));
}

function order(scores: readonly number[]): number[] {
  const noisy = scores.map((s, i) => ({ i, s: s + noise() * 1.6 }));
  const ranked = [...noisy].sort((a, b) => b.s - a.s);
  const positions = new Array<number>(scores.length);
  ranked.forEach(({ i }, p) => (positions[i] = p + 1));
  return positions;
}

function allocate(weights: readonly number[], total: number): number[] {
  const noisy = weights.map((w) => Math.max(0.5, w * (1 + noise() * 0.35)));
  const sum = noisy.reduce((a, b) => a + b, 0);
  const exact = noisy.map((w) => (w / sum) * total);
  const points = exact.map(Math.floor);
  let left = total - points.reduce((a, b) => a + b, 0);
  for (const i of exact
    .map((v, i) => ({ i, r: v % 1 }))
    .sort((a, b) => b.r - a.r)
    .map((e) => e.i)) {
    if (left-- > 0) points[i]!++;
  }
  return points;
}

interface Room {
  readonly ids: PerSide<string[]>;
}

const NOW = '2026-11-22T10:00:00.000Z';

function vote(core: Core, activity: Activity, ballots: Map<string, VoteValue[]>, status: 'revealed' | 'open') {
  const round = core.queries.rounds.open(`${activity.id}-r${Date.now()}-${Math.floor(next() * 1e9)}`, activity.id, NOW);
  for (const [participantId, values] of ballots) {
    core.queries.votes.replaceBallot(
      round.id,
      participantId,
      activity.items.map((item, i) => ({ itemId: item.id, value: values[i]! })).filter((e) => e.value !== undefined),
      false,
      NOW,
    );
  }
  if (status === 'revealed') {
    core.queries.rounds.close(round.id, NOW);
    core.queries.rounds.reveal(round.id, NOW);
  }
  return round;
}

function ballotsFor(room: Room, sides: Side[], make: (side: Side, voter: number) => VoteValue[]) {
  const ballots = new Map<string, VoteValue[]>();
  for (const side of sides) room.ids[side].forEach((id, v) => ballots.set(id, make(side, v)));
  return ballots;
}

const byQuota = (
  room: Room,
  dists: PerSide<Record<string, number>[]>,
  sides: Side[] = ['it', 'marketing', 'other'],
) => {
  const picks: PerSide<string[][]> = {
    it: dists.it.map((d) => quota(d, room.ids.it.length)),
    marketing: dists.marketing.map((d) => quota(d, room.ids.marketing.length)),
    other: dists.other.map((d) => quota(d, room.ids.other.length)),
  };
  return ballotsFor(room, sides, (side, v) => picks[side].map((options) => options[v]!));
};

/**
 * The built-in CIO–CMO template, voted by six IT and six Marketing executives and a CFO:
 * each side claims the same investments, ranks customer insight at opposite ends, and
 * agrees with the friction statements aimed at the other side. The ranking is re-voted
 * after discussion and comes a little closer; on the rogue-IT question only two
 * marketers answer, so anonymity keeps Marketing's answers out.
 */
function buildWorkshop(core: Core): { id: string; title: string } {
  const workshop = core.templates.createWorkshop('cio-cmo-alignment', {
    title: 'One roadmap for 2027',
    organization: 'Northwind Retail',
    date: '2026-11-22',
    facilitator: 'Dana Whitfield',
  });
  const people = [
    ['Ines Duarte', 'it'],
    ['Omar Haddad', 'it'],
    ['Lena Vogt', 'it'],
    ['Tom Becker', 'it'],
    ['Rui Alves', 'it'],
    ['Hana Sato', 'it'],
    ['Marc Lefèvre', 'marketing'],
    ['Amy Chen', 'marketing'],
    ['Priya Nair', 'marketing'],
    ['Jonas Berg', 'marketing'],
    ['Sofia Rossi', 'marketing'],
    ['Ella Moore', 'marketing'],
    ['Sara Kim', 'other'],
  ] as const;
  const detail = core.participants.add(
    workshop.id,
    people.map(([name, side]) => ({ name, side, title: null })),
  );
  const room: Room = {
    ids: {
      it: detail.participants.filter((p) => p.side === 'it').map((p) => p.id),
      marketing: detail.participants.filter((p) => p.side === 'marketing').map((p) => p.id),
      other: detail.participants.filter((p) => p.side === 'other').map((p) => p.id),
    },
  };
  const activity = (title: string) => {
    const found = detail.activities.find((a) => a.title === title);
    if (!found) throw new Error(`no activity “${title}”`);
    return found;
  };
  const likert = (means: PerSide<number[]>) => (side: Side) =>
    means[side].map((m) => clamp(Math.round(m + noise() * 1.6), 1, 5));

  // 1. What we already share: close, both mostly agree.
  const shared = likert({
    it: [4.2, 4.0, 3.6, 3.7, 4.0, 4.4],
    marketing: [4.0, 3.5, 4.3, 4.1, 4.2, 4.1],
    other: [4, 4, 4, 4, 4, 4],
  });
  vote(core, activity('What we already share'), ballotsFor(room, ['it', 'marketing', 'other'], shared), 'revealed');

  // 2. Who should drive investment: each side claims the same areas.
  const own = (it: string, mk: string, co: string, vendor = 0) => ({
    'it-led': Number(it),
    'marketing-led': Number(mk),
    'co-led': Number(co),
    'outside-vendor': vendor,
  });
  vote(
    core,
    activity('Who should drive investment'),
    byQuota(room, {
      it: [
        own('4', '0', '2'),
        own('5', '0', '0', 1),
        own('4', '1', '1'),
        own('3', '1', '2'),
        own('3', '1', '2'),
        own('3', '1', '2'),
        own('1', '3', '2'),
      ],
      marketing: [
        own('0', '4', '2'),
        own('3', '0', '1', 2),
        own('1', '3', '2'),
        own('0', '5', '1'),
        own('1', '3', '2'),
        own('0', '4', '2'),
        own('0', '6', '0'),
      ],
      other: Array.from({ length: 7 }, () => own('0', '0', '1')),
    }),
    'revealed',
  );

  // 3. Ready for the digital future: each side rates itself higher than the other rates it.
  const scale = (means: PerSide<number[]>) => (side: Side) =>
    means[side].map((m) => clamp(Math.round(m + noise() * 2), 0, 10));
  vote(
    core,
    activity('Ready for the digital future?'),
    ballotsFor(
      room,
      ['it', 'marketing', 'other'],
      scale({ it: [6.3, 7.6, 4.2], marketing: [5.0, 4.0, 7.5], other: [5, 5, 5] }),
    ),
    'revealed',
  );

  // 4. Prediction: few think collaboration is right; each side misjudges the other.
  const predict = (own: number[], guess: number[]) =>
    own.map((o, i) => ({
      own: clamp(Math.round(o + noise() * 12), 0, 100),
      guess: clamp(Math.round(guess[i]! + noise() * 12), 0, 100),
    }));
  vote(
    core,
    activity('Is our collaboration at the right level?'),
    ballotsFor(room, ['it', 'marketing'], (side) =>
      side === 'it' ? predict([36, 77], [55, 62]) : predict([18, 56], [34, 45]),
    ),
    'revealed',
  );

  // 5. What worries us most: integration for IT, funding for Marketing.
  vote(
    core,
    activity('What worries us most'),
    byQuota(room, {
      it: [{ 'complexity-integration': 3, 'customer-data': 2, funding: 1 }],
      marketing: [{ funding: 3, 'speed-of-delivery': 2, 'digital-skills': 1 }],
      other: [{ funding: 1 }],
    }),
    'revealed',
  );

  // 6. Points: Marketing spends on customer insight, IT on analytics tied to outcomes.
  const weights: PerSide<number[]> = {
    it: [8, 10, 30, 9, 14, 15, 6, 8],
    marketing: [31, 16, 12, 16, 8, 6, 6, 5],
    other: [15, 15, 20, 15, 10, 10, 5, 10],
  };
  vote(
    core,
    activity('Where technology should help marketing most'),
    ballotsFor(room, ['it', 'marketing', 'other'], (side) => allocate(weights[side], 100)),
    'revealed',
  );

  // 7. Ranking: customer insight first for Marketing, near last for IT; security the reverse.
  const scores: PerSide<number[]> = {
    it: [2, 8.5, 7, 6, 4, 1, 5, 7.5],
    marketing: [8.5, 1.5, 2, 3, 7, 6, 5, 1],
    other: [5, 5, 5, 5, 5, 5, 5, 5],
  };
  const ranking = activity('Why we need each other');
  vote(
    core,
    ranking,
    ballotsFor(room, ['it', 'marketing', 'other'], (side) => order(scores[side])),
    'revealed',
  );
  // The re-vote, after discussion: each side moves a quarter of the way towards the other.
  const closer = (side: Side) =>
    side === 'other'
      ? scores.other
      : scores[side].map((s, i) => 0.7 * s + 0.3 * scores[side === 'it' ? 'marketing' : 'it'][i]!);
  vote(
    core,
    ranking,
    ballotsFor(room, ['it', 'marketing', 'other'], (side) => order(closer(side))),
    'revealed',
  );

  // 8. Where the friction is: each side agrees with the statements about the other.
  const friction = likert({
    it: [4.4, 1.9, 4.2, 4.1, 4.2, 2.9, 2.4, 1.9, 3.9, 3.8],
    marketing: [2.1, 4.4, 2.3, 2.2, 2.6, 1.8, 4.1, 4.2, 3.6, 4.0],
    other: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
  });
  vote(core, activity('Where the friction is'), ballotsFor(room, ['it', 'marketing', 'other'], friction), 'revealed');

  // 9. The budget: each side thinks it sits with itself.
  vote(
    core,
    activity('Where the marketing technology budget sits'),
    byQuota(room, {
      it: [
        { 'mostly-it': 3, split: 2, 'not-sure': 1 },
        { joint: 3, 'mostly-it': 2, split: 1 },
      ],
      marketing: [
        { 'mostly-marketing': 3, split: 2, 'mostly-it': 1 },
        { 'mostly-marketing': 3, joint: 3 },
      ],
      other: [{ split: 1 }, { joint: 1 }],
    }),
    'revealed',
  );

  // 10. Rogue IT: only two marketers answer; with anonymity on, Marketing is not broken out.
  const rogue = byQuota(
    room,
    {
      it: [
        { threat: 4, both: 2 },
        { threat: 3, both: 3 },
      ],
      marketing: [],
      other: [],
    },
    ['it'],
  );
  rogue.set(room.ids.marketing[0]!, ['opportunity', 'opportunity']);
  rogue.set(room.ids.marketing[1]!, ['opportunity', 'both']);
  vote(core, activity('Rogue IT: threat or opportunity?'), rogue, 'revealed');

  // 11. Our first joint commitment: still being voted on.
  vote(
    core,
    activity('Our first joint commitment'),
    byQuota(room, { it: [{ 'plan-investments': 1 }], marketing: [{ 'test-and-learn': 1 }], other: [] }, ['it']),
    'open',
  );
  return { id: workshop.id, title: workshop.title };
}

// ── The results view in Chromium ───────────────────────────────────────────────

describe('results in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveRenderer>>;
  let dir: string;
  let cleanup: () => void;
  let core: Core;
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    expect(existsSync(RENDERER_DIR), 'run `npm run build` first').toBe(true);
    browser = await launchChromium();
    server = await serveRenderer();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir('cg-e2e-'));
    core = openCore(dir);
    consoleErrors = [];
  });
  afterEach(async () => {
    await page?.close();
    core.close();
    cleanup();
  });

  async function open() {
    page = await openApp(browser, server.origin, core);
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.setViewportSize({ width: 1920, height: 1080 });
  }

  const visible = (locator: Locator) => expect.poll(() => locator.isVisible()).toBe(true);

  /** The viewport, 1920×1080, with `target` at its top. */
  async function shot(name: string, target: Locator) {
    await target.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -12));
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
  }

  const chart = (title: string | RegExp, section?: string) => {
    const scope = section ? page.getByRole('region', { name: section }) : page;
    return scope.locator('figure.chart').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
  };

  it('shows every chart of a voted workshop, titled, as tables, exported, animated and still', async () => {
    const workshop = buildWorkshop(core);
    await open();

    // Sample the summary gauge every frame from the moment it appears, to see it grow.
    await page.evaluate(() => {
      const samples: number[] = [];
      (window as unknown as { gaugeSamples: number[] }).gaugeSamples = samples;
      const tick = () => {
        const gauge = document.querySelector('.chart-summary .gauge-fill');
        if (gauge) samples.push(Number(gauge.getAttribute('width')));
        if (samples.length < 240) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.getByRole('button', { name: /One roadmap for 2027/ }).click();
    await page.getByRole('tab', { name: 'Results' }).click();
    const summary = chart('Alignment and the largest divergences');
    await visible(summary);

    // Every activity with a revealed round has its charts: 18 in all (the prediction adds how each side read the other).
    const figures = page.locator('figure.chart');
    await expect.poll(() => figures.count()).toBe(18);
    // The tween lasts 750 ms; by 1.5 s the gauge has settled.
    await page.waitForTimeout(1500);
    const samples = await page.evaluate(() => (window as unknown as { gaugeSamples: number[] }).gaugeSamples);
    const final = samples.at(-1)!;
    expect(final).toBeGreaterThan(100);
    expect(samples[0]!).toBeLessThan(final);
    expect(new Set(samples.filter((w) => w > 0 && w < final)).size).toBeGreaterThan(2);

    // The same numbers as the analysis of the revealed rounds.
    const input = core.results.input(workshop.id);
    const revealed = analyze({
      ...input,
      activities: input.activities.map((a) => ({ ...a, rounds: a.rounds.filter((r) => r.status === 'revealed') })),
    });
    const index = Math.round(revealed.alignmentIndex!);
    expect(await summary.locator('.summary-index').textContent()).toBe(String(index));

    // Each chart: an image titled and described for screen readers, and its table.
    for (let i = 0; i < 18; i++) {
      const figure = figures.nth(i);
      const heading = (await figure.locator('.chart-title').textContent())!;
      const svg = figure.locator('svg[role="img"]');
      const [titleId, descId] = (await svg.getAttribute('aria-labelledby'))!.split(' ');
      expect(await svg.locator(`[id="${titleId}"]`).textContent()).toBe(heading);
      expect((await svg.locator(`[id="${descId}"]`).textContent())!.length).toBeGreaterThan(40);
      await figure.getByRole('button', { name: 'Show as table' }).click();
      const table = figure.getByRole('table');
      await visible(table);
      expect(await table.locator('caption').textContent()).toContain(heading);
      expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    }
    expect(
      await summary
        .getByRole('table')
        .getByRole('row', { name: /Alignment index/ })
        .textContent(),
    ).toContain(`${index} of 100`);

    // The ranking: customer insight is Marketing's first and near IT's last.
    const ranking = 'Why we need each other';
    const slope = chart("Each side's order", ranking);
    const insight = slope.getByRole('row', { name: /Access to customer insight/ });
    const cells = await insight.getByRole('cell').allTextContents();
    expect(cells[1]).toBe('#1');
    expect(Number(cells[0]!.slice(1))).toBeGreaterThanOrEqual(6);
    // Customer insight and security swap ends of the list: their lines are drawn strongest.
    await expect.poll(() => slope.locator('.slope-item.far').count()).toBeGreaterThanOrEqual(2);
    await visible(chart('Round 1 and the re-vote', ranking));

    // Fixed colours, fixed sides: IT's bars left of the labels, Marketing's right.
    const points = chart('Points per side', 'Where technology should help marketing most');
    const bars = await points.locator('rect.fill-it, rect.fill-marketing').evaluateAll((rects) =>
      rects.map((r) => ({
        side: r.getAttribute('class'),
        left: Number(r.getAttribute('x')),
        right: Number(r.getAttribute('x')) + Number(r.getAttribute('width')),
        fill: getComputedStyle(r).fill,
      })),
    );
    expect(bars.length).toBe(16);
    for (const bar of bars) {
      if (bar.side === 'fill-it') expect([bar.right <= 500, bar.fill]).toEqual([true, 'rgb(0, 114, 178)']);
      else expect([bar.left >= 500, bar.fill]).toEqual([true, 'rgb(213, 94, 0)']);
    }

    // Two marketers only: Marketing is said to be hidden, not drawn as 0%.
    const rogue = chart('What each side chose', 'Rogue IT: threat or opportunity?');
    const notes = await rogue
      .locator('.chart-note')
      .evaluateAll((texts) => texts.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ')));
    expect(notes).toContain('fewer than 3 — not shown');
    const rogueMarketing = await rogue.locator('tbody tr').nth(1).getByRole('cell').allTextContents();
    expect(rogueMarketing).toEqual(['Marketing', ...Array(4).fill('fewer than 3 — not shown'), '—']);

    // The activity still being voted on is not shown, and says why.
    await visible(page.getByText(/Our first joint commitment — round 1 is open, 6 voted/));

    // Export: SVG that stands alone, PNG at twice the size.
    const [svgFile] = await Promise.all([
      page.waitForEvent('download'),
      slope.getByRole('button', { name: /as SVG/ }).click(),
    ]);
    expect(svgFile.suggestedFilename()).toBe('one-roadmap-for-2027-why-we-need-each-other-each-side-s-order.svg');
    const svgText = readFileSync((await svgFile.path())!, 'utf8');
    expect(svgText.startsWith('<?xml')).toBe(true);
    expect(svgText).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svgText).toContain('@font-face');
    expect(svgText).toContain('rgb(0, 114, 178)');
    expect(svgText).toContain('rgb(213, 94, 0)');
    expect(svgText).toContain('Access to customer');
    expect(svgText).not.toContain('class=');
    writeFileSync(join(SCREENSHOT_DIR, '3x-export.svg'), svgText);

    const dumbbell = chart('Gap per item', 'Where technology should help marketing most');
    const [pngFile] = await Promise.all([
      page.waitForEvent('download'),
      dumbbell.getByRole('button', { name: /as PNG/ }).click(),
    ]);
    expect(pngFile.suggestedFilename()).toMatch(/\.png$/);
    const png = readFileSync((await pngFile.path())!);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.readUInt32BE(16)).toBe(2000);
    writeFileSync(join(SCREENSHOT_DIR, '3x-export.png'), png);

    // Screenshots at 1920×1080, still (reduced motion), tables closed.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const hide = page.getByRole('button', { name: 'Hide table' });
    while ((await hide.count()) > 0) await hide.first().click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOT_DIR, '30-results-summary.png') });
    await shot('31-ranking-slope', slope);
    await shot('32-ranking-butterfly', chart('Priority score per side', ranking));
    await shot('33-ranking-convergence', chart('Round 1 and the re-vote', ranking));
    await shot('34-points-butterfly', points);
    await shot('35-points-dumbbell', dumbbell);
    await shot('36-likert-diverging', chart('Answers per side', 'Where the friction is'));
    await shot('37-likert-dumbbell', chart('Share agreeing, with the published figures', 'Where the friction is'));
    await shot('38-ownership-heatmap', chart('Who should drive it, per side', 'Who should drive investment'));
    await shot('39-choice-heatmap-suppressed', rogue);
    await shot('3a-prediction', chart("Own answers, and each side's guess of the other"));
    await shot('3b-scale', page.getByRole('region', { name: 'Ready for the digital future?' }));
    await shot('3c-choice-heatmap', chart('What each side chose', 'What worries us most'));
    await points.getByRole('button', { name: 'Show as table' }).click();
    await shot('3d-table-view', points);

    // Under reduced motion a chart is drawn at its final size from the first frame.
    await page.getByRole('tab', { name: /Agenda/ }).click();
    await page.evaluate(() => {
      const samples: number[] = [];
      (window as unknown as { gaugeSamples: number[] }).gaugeSamples = samples;
      const tick = () => {
        const gauge = document.querySelector('.chart-summary .gauge-fill');
        if (gauge) samples.push(Number(gauge.getAttribute('width')));
        if (samples.length < 30) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.getByRole('tab', { name: 'Results' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { gaugeSamples: number[] }).gaugeSamples.length), {
        timeout: 5000,
      })
      .toBe(30);
    const still = await page.evaluate(() => (window as unknown as { gaugeSamples: number[] }).gaugeSamples);
    expect(new Set(still)).toEqual(new Set([final]));

    // On paper too, with motion allowed on screen: drawn still, without the buttons.
    await page.emulateMedia({ media: 'print', reducedMotion: 'no-preference' });
    await page.getByRole('tab', { name: /Agenda/ }).click();
    await page.evaluate(() => {
      const samples: number[] = [];
      (window as unknown as { gaugeSamples: number[] }).gaugeSamples = samples;
      const tick = () => {
        const gauge = document.querySelector('.chart-summary .gauge-fill');
        if (gauge) samples.push(Number(gauge.getAttribute('width')));
        if (samples.length < 30) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.getByRole('tab', { name: 'Results' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { gaugeSamples: number[] }).gaugeSamples.length), {
        timeout: 5000,
      })
      .toBe(30);
    expect(new Set(await page.evaluate(() => (window as unknown as { gaugeSamples: number[] }).gaugeSamples))).toEqual(
      new Set([final]),
    );
    expect(await summary.locator('.chart-tools').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    expect(consoleErrors, consoleErrors.join('\n')).toEqual([]);
  });

  it('says plainly when nothing has been voted yet', async () => {
    core.templates.createWorkshop('cio-cmo-alignment', {
      title: 'Kick-off',
      organization: 'Contoso',
      date: '2026-12-01',
      facilitator: 'Ana',
    });
    await open();
    await page.getByRole('button', { name: /Kick-off/ }).click();
    await page.getByRole('tab', { name: 'Results' }).click();
    await visible(page.getByRole('heading', { name: 'No votes yet' }));
    await visible(page.getByRole('button', { name: 'Go to voting' }));
    expect(await page.locator('figure.chart').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, '3e-no-votes.png') });
    expect(consoleErrors, consoleErrors.join('\n')).toEqual([]);
  });
});
