import { expect, test } from './fixtures.ts';
import { visitInApp } from './visit-in-app.ts';

const routes = [
  '/',
  '/timeline',
  '/org',
  '/projects',
  '/quotes?q=exp',
  '/people/patrick-hoffstetter',
  '/companies/renault',
  '/sources/bfm-hoffstetter',
  '/briefing?person=patrick-pelata',
];

test('every view loads under the Content-Security-Policy, with no request to another origin', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const list = (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [];
      list.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
      (window as unknown as { __cspViolations?: string[] }).__cspViolations = list;
    });
  });

  // The first view loads the page; the others load their code and data as a link reaches them.
  for (const [i, route] of routes.entries()) {
    if (i === 0) await page.goto(route);
    else await visitInApp(page, route);
    await expect(page.locator('h1').first()).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    const violations = await page.evaluate(
      () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
    );
    expect(violations, route).toEqual([]);
  }
  expect(foreign).toEqual([]);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/script-src[^;]*unsafe/);
});

// The guard in fixtures.ts must be able to fail: a request to another origin fails the test.
test('a request to another origin fails the test that made it', async ({ page }) => {
  test.fail();
  await page.goto('/');
  await page.evaluate(() => fetch('http://third-party.invalid/pixel.gif').catch(() => null));
});
