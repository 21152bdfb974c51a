import { expect, test } from './fixtures.ts';

test('filter the timeline by person through the UI; reload and back keep the URL honest', async ({
  page,
}) => {
  await page.goto('/timeline');
  await expect(page.getByRole('group', { name: 'Patrick Pélata' })).toBeVisible();

  const combobox = page.getByRole('combobox', { name: 'Filter by person or company' });
  await combobox.fill('hoffst');
  await page.getByRole('option', { name: /Patrick Hoffstetter/ }).click();
  await expect(page).toHaveURL(/\/timeline\?person=patrick-hoffstetter$/);
  await expect(page.getByRole('group', { name: 'Patrick Pélata' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Applied filters' })).toContainText(
    'Person: Patrick Hoffstetter',
  );

  await page.reload();
  await expect(page.getByRole('group', { name: 'Patrick Hoffstetter' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Patrick Pélata' })).toHaveCount(0);

  await page.goBack();
  await expect(page).toHaveURL(/\/timeline$/);
  await expect(page.getByRole('group', { name: 'Patrick Pélata' })).toBeVisible();
});

test('the filter follows the user to another view', async ({ page }) => {
  await page.goto('/timeline?company=salesforce');
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Overview' })
    .click();
  await expect(page).toHaveURL(/\/\?company=salesforce$/);
  await expect(page.getByRole('list', { name: 'Applied filters' })).toContainText(
    'Company: Salesforce',
  );
});

test('an unknown id in the URL shows a notice and no filter', async ({ page }) => {
  await page.goto('/timeline?person=nobody');
  await expect(page.getByRole('status', { name: 'Filter notices' })).toContainText(
    'No person with id “nobody”; that value is ignored.',
  );
  await expect(page.getByRole('group', { name: 'Patrick Hoffstetter' })).toBeVisible();
});

test('keyboard: reach an item, open its details, follow its evidence to the source', async ({
  page,
}) => {
  await page.goto('/timeline?person=patrick-hoffstetter');
  const first = page
    .getByRole('group', { name: 'Patrick Hoffstetter' })
    .getByRole('button')
    .first();
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details).toBeVisible();
  await expect(page).toHaveURL(/item=/);
  await details
    .getByRole('link', { name: /Show in BFM Business/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/sources\/bfm-hoffstetter\?(.*&)?record=/);
  await expect(page.locator('.source-text [aria-current="true"]').first()).toBeVisible();
});

test('zoom and pan change the visible range', async ({ page }) => {
  await page.goto('/timeline');
  const range = page.getByText(/^Showing \d{4}–\d{4}$/);
  const before = await range.textContent();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(range).not.toHaveText(before ?? '');
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(range).toHaveText(before ?? '');
});

for (const viewport of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`opening an item keeps the page where it is and shows the details on screen (${viewport.name})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/timeline');
    const item = page.getByRole('group', { name: 'Patrick Pélata' }).getByRole('button').first();
    await item.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 40));
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(200);
    await item.click();
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect(details).toBeVisible();
    await expect(page).toHaveURL(/item=/);
    await expect(details.getByRole('heading', { name: 'Details' })).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    await expect(item).toBeInViewport();
    await expect(details.getByRole('heading', { name: 'Details' })).toBeInViewport();

    await details.getByRole('button', { name: 'Close' }).click();
    await expect(details).toHaveCount(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
  });
}

test('the legend is open on the first visit only, then remembered as the reader left it', async ({
  page,
}) => {
  await page.goto('/timeline');
  const legend = page.locator('details.tl-legend');
  const summary = page.getByText('How to read the timeline');
  await expect(legend).toHaveAttribute('open', '');
  await page.reload();
  await expect(summary).toBeVisible();
  await expect(legend).not.toHaveAttribute('open');
  // Closed, the compact key still says what the shapes are, beside the chart's controls.
  await expect(legend.locator('.tl-legend__key')).toContainText('project');
  await summary.click();
  await expect(legend).toHaveAttribute('open', '');
  await page.reload();
  await expect(page.getByText('How to read the timeline')).toBeVisible();
  await expect(legend).toHaveAttribute('open', '');
});
