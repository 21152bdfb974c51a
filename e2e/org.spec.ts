import { expect, test } from './fixtures.ts';

test('org view: filter by company through the UI, then rebuild as of a year', async ({ page }) => {
  await page.goto('/org');
  await expect(page.getByRole('region', { name: 'SFR organization chart' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Filter by person or company' }).fill('renau');
  await page.getByRole('option', { name: /^Company Renault$/ }).click();
  await expect(page).toHaveURL(/\/org\?company=renault$/);
  const renault = page.getByRole('region', { name: 'Renault organization chart' });
  await expect(renault).toBeVisible();
  await expect(page.getByRole('region', { name: 'SFR organization chart' })).toHaveCount(0);
  await expect(renault.getByText('Chief Marketing Officer', { exact: true })).toBeVisible();

  await page.reload();
  await expect(renault.getByRole('link', { name: 'Digital Factory' })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/org$/);
  await expect(page.getByRole('region', { name: 'SFR organization chart' })).toBeVisible();
});

test('org view: as-of control and node links', async ({ page }) => {
  await page.goto('/org?person=patrick-hoffstetter&asof=2003');
  await expect(page.getByRole('combobox', { name: 'As of' })).toHaveValue('2003');
  const sfr = page.getByRole('region', { name: 'SFR organization chart' });
  await sfr.getByRole('link', { name: 'Patrick Hoffstetter' }).click();
  await expect(page).toHaveURL(/\/people\/patrick-hoffstetter/);
});
