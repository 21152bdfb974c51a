import { expect, test } from './fixtures.ts';

const phone = { width: 390, height: 844 };

for (const locale of ['en', 'fr'] as const) {
  test(`on a phone the header and the folded filter take at most 120 px (${locale})`, async ({
    page,
  }) => {
    await page.addInitScript((value) => localStorage.setItem('dossier.locale', value), locale);
    await page.setViewportSize(phone);
    await page.goto('/timeline?company=renault&person=patrick-pelata');
    const filter = page.getByRole('search', { name: locale === 'en' ? 'Filter' : 'Filtre' });
    await expect(filter).toBeVisible();
    const bottom = await filter.evaluate((element) => element.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThanOrEqual(120);
    // Nothing spills sideways out of the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(phone.width);
  });
}

test('on a phone the folded filter opens and works', async ({ page }) => {
  await page.setViewportSize(phone);
  await page.goto('/quotes');
  const toggle = page.getByRole('button', { name: /^Filter( \(\d+ applied\))?$/ });
  await expect(toggle).toHaveText('Filter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const combobox = page.getByRole('combobox', { name: 'Filter by person or company' });
  await expect(combobox).toBeHidden();
  await toggle.click();
  await expect(combobox).toBeVisible();
  await combobox.fill('pelata');
  await page.getByRole('option', { name: /Patrick Pélata/ }).click();
  await expect(page).toHaveURL(/person=patrick-pelata/);
  await toggle.click();
  await expect(page.getByRole('button', { name: 'Filter (1 applied)' })).toBeVisible();
  // Every view stays one tap away, the drafts too, and the language switch keeps its names.
  const views = page.getByRole('navigation', { name: 'Views' });
  await expect(views.getByRole('link')).toHaveCount(7);
  await expect(views.getByRole('link', { name: /^Drafts/ })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Français' })).toBeVisible();
});
