import { expect, test } from './fixtures.ts';

test('from the overview to a source, then from a highlighted passage to its record', async ({
  page,
}) => {
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Dossier — built-in interviews' }),
  ).toBeVisible();

  await page
    .getByRole('link', { name: 'Patrick Hoffstetter, Chief Digital Officer de Renault' })
    .click();
  await expect(page).toHaveURL(/\/sources\/bfm-hoffstetter$/);
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Patrick Hoffstetter, Chief Digital Officer de Renault',
    }),
  ).toBeVisible();

  // The passage about the 170 country directorates is cited by several records.
  await page
    .getByRole('link', { name: /^les 170 directions de pays — cited by/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\?at=p\d+-\d+/);
  const panel = page.getByRole('complementary', { name: 'Records citing this passage' });
  await expect(panel).toBeVisible();

  await panel
    .getByRole('link', { name: /Renault country directorates: 170 country directorates/ })
    .click();
  await expect(page).toHaveURL(/record=renault-country-directorates-count/);
  const card = page.getByRole('article', { name: /Renault country directorates: 170/ });
  await expect(card).toBeVisible();
  await expect(card).toHaveAttribute('aria-current', 'true');
  await expect(card.getByRole('list', { name: 'Evidence' })).toContainText(
    'les 170 directions de pays',
  );
  await expect(page.locator('.source-text [aria-current="true"]').first()).toBeInViewport();
});

test('a record links back to its passage in the source', async ({ page }) => {
  await page.goto('/sources/itespresso-pelata?record=salesforce-employees');
  const card = page.getByRole('article', { name: /Salesforce employees/ });
  await expect(card).toContainText('10,000 employees');
  await card.getByRole('link', { name: 'Show in ITespresso.fr' }).click();
  await expect(page.locator('.source-text [aria-current="true"]')).toHaveText(
    /10 000 collaborateurs/,
  );
});

test('an unknown source id shows a notice, not a blank page', async ({ page }) => {
  await page.goto('/sources/no-such-source');
  await expect(
    page.getByRole('heading', { name: 'No source with id “no-such-source”' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /ITespresso\.fr/ })).toBeVisible();
});
