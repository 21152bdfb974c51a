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

test('our translation sits beside each paragraph on a wide screen and below it on a phone', async ({
  page,
}) => {
  await page.goto('/sources/itespresso-pelata');
  await page.getByRole('checkbox', { name: 'Show English translation' }).check();
  const french = page.locator('[data-paragraph="2"]');
  const english = page.getByText(
    'ITespresso.fr: What is Salesforce’s position in the car industry?',
  );
  await expect(english).toHaveAttribute('lang', 'en');
  await expect(french).toHaveAttribute('lang', 'fr');
  const boxes = async () => {
    const [fr, en] = [await french.boundingBox(), await english.boundingBox()];
    if (!fr || !en) throw new Error('paragraph not laid out');
    return { fr, en };
  };
  const wide = await boxes();
  expect(wide.en.x).toBeGreaterThanOrEqual(wide.fr.x + wide.fr.width);
  expect(Math.abs(wide.en.y - wide.fr.y)).toBeLessThan(4);

  // Remembered: a reload on a phone keeps it on, and lays it out below the French.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Show English translation' })).toBeChecked();
  const narrow = await boxes();
  expect(narrow.en.y).toBeGreaterThanOrEqual(narrow.fr.y + narrow.fr.height);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
});

test('the selected record’s passages stand out by shape as well as colour, the others fade or go', async ({
  page,
}) => {
  // Colours change with a 150 ms transition; read them where they end, not mid-way.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/sources/bfm-hoffstetter?record=renault-digital-factory');
  const selected = page.locator('.source-text .passage[aria-current="true"]').first();
  const other = page.locator('.source-text .passage:not([aria-current])').first();
  const look = (locator: typeof selected) =>
    locator.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        underline: parseFloat(style.borderBottomWidth),
        weight: Number(style.fontWeight),
        background: style.backgroundColor,
      };
    });
  const strong = await look(selected);
  const faint = await look(other);
  expect(strong.underline).toBeGreaterThanOrEqual(3);
  expect(strong.underline).toBeGreaterThan(faint.underline);
  expect(strong.weight).toBeGreaterThan(faint.weight);
  expect(faint.background).not.toBe(strong.background);

  await page.getByRole('checkbox', { name: 'Highlight all passages' }).uncheck();
  await expect(other).toHaveClass(/passage--quiet/);
  expect((await look(other)).background).toBe('rgba(0, 0, 0, 0)');
  expect(await look(selected)).toEqual(strong);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Highlight all passages' })).not.toBeChecked();

  // The page's furniture is never a passage.
  await expect(page.locator('.paragraph--chrome .passage')).toHaveCount(0);
  await expect(page.locator('.paragraph--chrome')).toHaveCount(2);
});
