import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Every WCAG 2.0/2.1 A and AA rule plus axe's best practices; none is disabled. */
export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Runs axe and fails with one readable line per violation and node, so it can be fixed.
 *
 * Every rule of TAGS runs on the whole page; two settings only make it cheaper. Legacy mode runs
 * `axe.run` in the page itself: the default instead opens a second, blank page per check, injects
 * axe there too and ships the partial results across (some 40 % of each check's time), which
 * only matters for cross-origin iframes, and the app has none (its CSP allows no other origin).
 * `resultTypes: ['violations']` keeps every node of every violation but one example node of the
 * passes and incomplete results, which nothing here reads: building selectors for each passing
 * node was most of the rest. The last test of `a11y.spec.ts` proves the check still reports them.
 */
export async function expectNoViolations(page: Page, label: string) {
  const report = await axeReport(page);
  expect(report, `axe violations on ${label}:\n${report.join('\n')}`).toEqual([]);
}

/** One line per violation and node: rule, impact, element, and how to fix it. */
export async function axeReport(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(TAGS)
    .setLegacyMode(true)
    .analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} [${violation.impact ?? 'unknown'}] ${node.target.join(' ')}\n    ${(node.failureSummary ?? violation.help).replace(/\n/g, '\n    ')}`,
    ),
  );
}
