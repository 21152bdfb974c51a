import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

function quoteCards(page: Page) {
  return page.getByRole('list', { name: 'Quotes' }).getByRole('article');
}

test('filter by person, search, reload, and go back to the previous filter', async ({ page }) => {
  await page.goto('/quotes');
  await expect(page.getByRole('heading', { level: 1, name: 'Quotes' })).toBeVisible();
  await expect(page.getByText('19 quotes', { exact: true })).toBeVisible();

  await page.getByRole('combobox', { name: 'Filter by person or company' }).fill('hoffstetter');
  await page.getByRole('option', { name: /Patrick Hoffstetter/ }).click();
  await expect(page).toHaveURL(/[?&]person=patrick-hoffstetter/);
  await expect(page.getByText('10 of 19 quotes pass the filter')).toBeVisible();
  await expect(quoteCards(page)).toHaveCount(10);
  await expect(page.getByRole('article', { name: /^Patrick Pélata/ })).toHaveCount(0);

  // Typed key by key, as a person would: each keystroke rewrites the URL in place.
  const search = page.getByRole('searchbox', { name: 'Search quotes' });
  await search.pressSequentially('experience');
  await expect(page).toHaveURL(/[?&]q=experience(&|$)/);
  await expect(page).toHaveURL(/[?&]person=patrick-hoffstetter/);
  await expect(page.getByText('2 quotes match “experience” within the filter')).toBeVisible();
  await expect(quoteCards(page).filter({ hasText: 'expériences' }).first()).toBeVisible();
  await expect(page.locator('mark', { hasText: 'expériences' }).first()).toBeVisible();

  await page.reload();
  await expect(search).toHaveValue('experience');
  await expect(page.getByText('2 quotes match “experience” within the filter')).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Remove filter Patrick Hoffstetter' }),
  ).toBeVisible();

  // Choosing the person made a history entry; the typing did not.
  await page.goBack();
  await expect(page).toHaveURL(/\/quotes$/);
  await expect(page.getByText('19 quotes', { exact: true })).toBeVisible();
  await expect(search).toHaveValue('');
  await expect(quoteCards(page)).toHaveCount(19);
});

test('a quote opens its passage in the source reader', async ({ page }) => {
  await page.goto('/quotes?person=patrick-hoffstetter&q=experience');
  const card = page.getByRole('article', { name: /« Ce poste m'offrait/ });
  await expect(card).toBeVisible();
  await card.getByRole('link', { name: 'Show passage in context' }).click();

  await expect(page).toHaveURL(/\/sources\/bfm-hoffstetter\?.*record=hoffstetter-renault-offer/);
  const passage = page.locator('.source-text [aria-current="true"]').first();
  await expect(passage).toContainText('expériences chez Yahoo et Lastminute');
  await expect(passage).toBeInViewport();
});
