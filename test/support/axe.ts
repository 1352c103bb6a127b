import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) in the page as it is now, on the whole document
 * or inside `include` only, and answers its critical and serious violations. The script
 * is evaluated through the debugging protocol, which the page's CSP does not govern.
 */
export async function seriousViolations(page: Page, include?: string): Promise<Violation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (scope) => {
    const axe = (window as unknown as { axe: AxeLike }).axe;
    const result = await axe.run(scope ? { include: [[scope]] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 4).map((n) => n.target.join(' ')),
    }));
  }, include ?? null);
  return violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
}

interface AxeLike {
  run(
    context: unknown,
    options: unknown,
  ): Promise<{
    violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
  }>;
}

/** One line per violation, for a failure message a person can act on. */
export function describeViolations(violations: readonly Violation[]): string {
  return violations.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.targets.join(', ')}`).join('\n');
}
