import { expect, test } from './fixtures.ts';

test.describe('a browser set to French', () => {
  test.use({ locale: 'fr-FR' });

  test('opens Dossier in French, with <html lang="fr">', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    const nav = page.getByRole('navigation', { name: 'Vues' });
    await expect(nav.getByRole('link', { name: 'Chronologie' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Français' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});

test('the header switches the language, and the choice is remembered across visits', async ({
  page,
}) => {
  await page.goto('/timeline');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page
    .getByRole('group', { name: 'Interface language' })
    .getByRole('button', { name: 'Français' })
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('search', { name: 'Filtre' })).toBeVisible();

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('link', { name: 'Organigramme' })).toBeVisible();

  await page
    .getByRole('group', { name: 'Langue de l’interface' })
    .getByRole('button', { name: 'English' })
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Org', exact: true })).toBeVisible();
});
