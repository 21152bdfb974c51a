import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { hostileCases } from '../tests/hostile-cases.ts';
import { visitInApp } from './visit-in-app.ts';

const corpus = path.resolve(import.meta.dirname, '../tests/hostile');

/** Serves tests/hostile/<case>/<file> at /hostile/<case>/<file>, as a static host would. */
async function serveCorpus(page: Page) {
  // Match on the path only: the page's own URL holds /hostile/ in its query string.
  await page.route(
    (url) => url.pathname.startsWith('/hostile/'),
    async (route) => {
      const { pathname } = new URL(route.request().url());
      const relative = decodeURIComponent(pathname.replace(/^\/hostile\//, ''));
      try {
        const body = await readFile(path.join(corpus, relative));
        await route.fulfill({ status: 200, contentType: 'application/json', body });
      } catch {
        await route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
      }
    },
  );
}

/**
 * Records anything that would mean data ran as code: dialogs, a flag the payloads set, handler
 * attributes or script links in the page. CSP reports fail every test already (fixtures.ts).
 */
async function watchForScript(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return async () => {
    const state = await page.evaluate(() => ({
      pwned: Reflect.get(window, '__pwned') ?? null,
      handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
      inlineScripts: document.querySelectorAll('script:not([src])').length,
      scriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    }));
    expect(state).toEqual({ pwned: null, handlers: 0, inlineScripts: 0, scriptLinks: 0 });
    expect(dialogs).toEqual([]);
  };
}

const views = [
  '/',
  '/timeline',
  '/org',
  '/projects',
  '/quotes',
  '/people/ada',
  '/companies/acme',
  '/sources/s1',
  '/briefing?person=ada',
];

function withData(route: string, name: string): string {
  return `${route}${route.includes('?') ? '&' : '?'}data=/hostile/${name}/`;
}

for (const hostile of hostileCases.filter((c) => c.outcome === 'refused')) {
  test(`refused data (${hostile.name}): an error screen names file, record and field`, async ({
    page,
  }) => {
    await serveCorpus(page);
    const assertNothingRan = await watchForScript(page);
    for (const route of ['/', '/timeline']) {
      await page.goto(withData(route, hostile.name));
      const alert = page.getByRole('alert');
      await expect(
        alert.getByRole('heading', { name: 'The data could not be loaded' }),
      ).toBeVisible();
      for (const problem of hostile.problems) {
        const row = alert.getByRole('row').filter({ hasText: problem.message });
        await expect(row.getByRole('cell').nth(0)).toHaveText(problem.file);
        await expect(row.getByRole('cell').nth(1)).toHaveText(problem.record ?? '—');
        await expect(row.getByRole('cell').nth(2)).toHaveText(problem.path || '—');
      }
      // The shell stays: a person can leave for another view or the built-in data.
      await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
    }
    await assertNothingRan();
  });
}

for (const hostile of hostileCases.filter((c) => c.outcome === 'inert')) {
  test(`suspicious text (${hostile.name}) shows as plain text in every view, and nothing runs`, async ({
    page,
  }) => {
    await serveCorpus(page);
    const assertNothingRan = await watchForScript(page);
    const seen: string[] = [];
    // One page load, then every view as a link reaches it: the data is the same for all.
    for (const [i, route] of views.entries()) {
      if (i === 0) await page.goto(withData(route, hostile.name));
      else await visitInApp(page, withData(route, hostile.name));
      await expect(page.locator('main h1').first()).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(
        page.getByText(/Suspicious text in (one field|\d+ fields) of the data/),
      ).toBeVisible();
      seen.push(await page.locator('main').innerText());
      await assertNothingRan();
    }
    // Each payload appears as text in some view; the message shows every view's text.
    for (const text of hostile.shown ?? []) expect(seen.join('\n\n')).toContain(text);
    // The notice lists each field, as check-data does.
    await page.getByText(/Suspicious text in (one field|\d+ fields)/).click();
    for (const problem of hostile.problems) {
      await expect(
        page.getByRole('cell', { name: problem.path, exact: true }).first(),
      ).toBeVisible();
    }
  });
}

test('a listed file answering 404 shows which file, and Retry loads the data once it is back', async ({
  page,
}) => {
  let broken = true;
  await page.route('**/data/records/bfm-hoffstetter.json', async (route) => {
    if (broken) await route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
    else await route.continue();
  });
  await page.goto('/timeline');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('records/bfm-hoffstetter.json could not be read (HTTP 404)');
  broken = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a network failure while loading offers a Retry that recovers', async ({ page }) => {
  let offline = true;
  await page.route('**/data/manifest.json', async (route) => {
    if (offline) await route.abort('internetdisconnected');
    else await route.continue();
  });
  await page.goto('/quotes');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('manifest.json could not be read: network error');
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  offline = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quotes' })).toBeVisible();
});
