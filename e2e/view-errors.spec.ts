import { expect, test } from './fixtures.ts';

/** The timeline view's JavaScript chunk, whatever hash the build gave it. */
const TIMELINE_CHUNK = /\/assets\/timeline-page-[\w-]+\.js$/;

test('a view whose code cannot be fetched fails alone, and Retry fetches it again', async ({
  page,
}) => {
  await page.route(TIMELINE_CHUNK, (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Views' });
  await expect(
    page.getByRole('heading', { level: 1, name: 'Dossier — built-in interviews' }),
  ).toBeVisible();

  // The router reloads the page once on a missing chunk (a new deploy renames them), then gives up.
  await nav.getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'This view failed' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Its code could not be loaded');
  await expect(page.getByRole('combobox', { name: 'Filter by person or company' })).toBeVisible();

  await nav.getByRole('link', { name: 'Projects' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await nav.getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'This view failed' })).toBeVisible();

  await page.unroute(TIMELINE_CHUNK);
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
