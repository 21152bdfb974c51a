import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Every WCAG 2.0/2.1 A and AA rule plus axe's best practices; none is disabled. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Runs axe and fails with one readable line per violation and node, so it can be fixed. */
async function expectNoViolations(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const report = violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} [${violation.impact ?? 'unknown'}] ${node.target.join(' ')}\n    ${(node.failureSummary ?? violation.help).replace(/\n/g, '\n    ')}`,
    ),
  );
  expect(report, `axe violations on ${label}:\n${report.join('\n')}`).toEqual([]);
}

/** Waits for a view to be ready: its one h1 and no loading screen. */
async function ready(page: Page) {
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByText(/^Loading/)).toHaveCount(0);
}

const routes = [
  '/',
  '/?person=patrick-pelata',
  '/timeline',
  '/timeline?person=patrick-pelata&voice=interviewee',
  '/org',
  '/org?company=renault',
  '/projects',
  '/projects?view=board',
  '/quotes',
  '/quotes?q=exp',
  '/people/patrick-hoffstetter',
  '/people/patrick-pelata',
  '/companies/renault',
  '/companies/salesforce',
  '/sources/bfm-hoffstetter',
  '/sources/itespresso-pelata',
  '/briefing',
  '/briefing?person=patrick-hoffstetter',
  '/briefing?company=renault',
  '/no-such-view',
  '/?data=//evil.example/',
];

for (const route of routes) {
  test(`axe: no violations on ${route}`, async ({ page }) => {
    await page.goto(route);
    await ready(page);
    await expectNoViolations(page, route);
  });
}

for (const route of ['/briefing?person=patrick-hoffstetter', '/briefing?company=renault']) {
  test(`axe: no violations on ${route} in print emulation`, async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(route);
    await ready(page);
    await expectNoViolations(page, `${route} (print)`);
  });
}

test('axe: no violations on the timeline with a details panel open', async ({ page }) => {
  await page.goto('/timeline');
  await ready(page);
  await page
    .getByRole('group', { name: 'Patrick Hoffstetter' })
    .getByRole('button')
    .first()
    .click();
  await expect(page.getByRole('complementary', { name: 'Details' })).toBeVisible();
  await expectNoViolations(page, '/timeline with details');
});

test('axe: no violations on the source reader with a passage selected', async ({ page }) => {
  await page.goto('/timeline?person=patrick-hoffstetter');
  await ready(page);
  await page
    .getByRole('group', { name: 'Patrick Hoffstetter' })
    .getByRole('button')
    .first()
    .click();
  await page
    .getByRole('complementary', { name: 'Details' })
    .getByRole('link', { name: /Show in BFM Business/ })
    .first()
    .click();
  await expect(page.locator('.passage--current').first()).toBeVisible();
  await expectNoViolations(page, '/sources with a passage selected');
});
