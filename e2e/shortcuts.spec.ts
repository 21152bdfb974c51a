import { expect, test, type Page } from '@playwright/test';

/** Every keyboard shortcut of the help overlay, and every kind of permalink, in Chromium. */

async function ready(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByText(/^Loading/)).toHaveCount(0);
}

const palette = (page: Page) => page.getByRole('dialog', { name: 'Quick find' });

test.describe('quick find', () => {
  for (const keys of ['Control+k', 'Meta+k', '/']) {
    test(`${keys} opens quick find with focus in its input`, async ({ page }) => {
      await ready(page, '/');
      await page.keyboard.press(keys);
      await expect(palette(page)).toBeVisible();
      await expect(palette(page).getByRole('combobox')).toBeFocused();
    });
  }

  test('Ctrl-K works in a text field; / there is typed, not a shortcut', async ({ page }) => {
    await ready(page, '/');
    const filter = page.getByRole('combobox', { name: 'Filter by person or company' });
    await filter.click();
    await page.keyboard.press('/');
    await expect(filter).toHaveValue('/');
    await expect(palette(page)).toHaveCount(0);
    await page.keyboard.press('Control+k');
    await expect(palette(page)).toBeVisible();
  });

  test('a modifier other than intended does nothing: Ctrl-/, Alt-/, Ctrl-Shift-K', async ({
    page,
  }) => {
    await ready(page, '/');
    for (const keys of ['Control+/', 'Alt+/', 'Control+Shift+k', 'Alt+g']) {
      await page.keyboard.press(keys);
    }
    await page.keyboard.press('t');
    await expect(palette(page)).toHaveCount(0);
    await expect(page).toHaveURL(/\/$/);
  });

  test('“pelata” then Enter lands on Patrick Pélata’s page', async ({ page }) => {
    await ready(page, '/');
    await page.keyboard.press('Control+k');
    await palette(page).getByRole('combobox').fill('pelata');
    await expect(
      palette(page).getByRole('option', { name: 'Patrick Pélata', exact: true }),
    ).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/people\/patrick-pelata$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Patrick Pélata');
    await expect(palette(page)).toHaveCount(0);
  });

  test('a project result opens the projects view with its panel', async ({ page }) => {
    await ready(page, '/quotes');
    await page.keyboard.press('/');
    await palette(page).getByRole('combobox').fill('clio connectée');
    const projects = palette(page).getByRole('group', { name: 'Project' });
    await expect(projects.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/projects\?project=clio-connected-launch$/);
    const panel = page.getByRole('complementary', { name: 'Project details' });
    await expect(
      panel.getByRole('heading', { name: 'Launch of the new connected Clio' }),
    ).toBeVisible();
  });

  test('Escape closes quick find and gives focus back', async ({ page }) => {
    await ready(page, '/');
    const link = page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Org' });
    await link.focus();
    await page.keyboard.press('Control+k');
    await expect(palette(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(palette(page)).toHaveCount(0);
    await expect(link).toBeFocused();
  });
});

test.describe('view shortcuts', () => {
  const views = [
    { keys: 'o', path: /\/\?person=patrick-pelata$/, heading: /./ },
    { keys: 't', path: /\/timeline\?person=patrick-pelata$/, heading: 'Timeline' },
    { keys: 'r', path: /\/org\?person=patrick-pelata$/, heading: /./ },
    { keys: 'p', path: /\/projects\?person=patrick-pelata$/, heading: 'Projects' },
    { keys: 'q', path: /\/quotes\?person=patrick-pelata$/, heading: 'Quotes' },
    { keys: 'b', path: /\/briefing\?person=patrick-pelata$/, heading: /./ },
  ];
  // One page goes through all six: each sequence starts from the view the previous one opened
  // (the first from the person page, so that even g o moves).
  test(`g then ${views.map((view) => view.keys).join(', ')} switch view, keeping the filter`, async ({
    page,
  }) => {
    await ready(page, '/people/patrick-hoffstetter?person=patrick-pelata');
    for (const view of views) {
      await page.keyboard.press('g');
      await page.keyboard.press(view.keys);
      await expect(page, `g then ${view.keys}`).toHaveURL(view.path);
      await expect(page.getByRole('heading', { level: 1 }), `g then ${view.keys}`).toHaveText(
        view.heading,
      );
    }
  });

  test('g then t does nothing while typing in a field', async ({ page }) => {
    await ready(page, '/');
    const filter = page.getByRole('combobox', { name: 'Filter by person or company' });
    await filter.click();
    await page.keyboard.press('g');
    await page.keyboard.press('t');
    await expect(filter).toHaveValue('gt');
    await expect(page).toHaveURL(/\/$/);
  });
});

test('? opens the help, Escape closes it and focus returns', async ({ page }) => {
  await ready(page, '/');
  const link = page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Quotes' });
  await link.focus();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('row', { name: /g then t Go to Timeline/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await expect(link).toBeFocused();
});

test.describe('permalinks', () => {
  test('a role opens the timeline with its details', async ({ page }) => {
    await page.goto('/r/pelata-renault?person=patrick-hoffstetter');
    await expect(page).toHaveURL(/\/timeline\?item=pelata-renault$/);
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect(
      details.getByRole('heading', { name: /Patrick Pélata — .*Renault/ }),
    ).toBeVisible();
    await expect(details.getByRole('link', { name: /^Permalink/ })).toHaveAttribute(
      'href',
      '/r/pelata-renault',
    );
  });

  test('a project opens the projects view with its panel', async ({ page }) => {
    await page.goto('/r/clio-connected-launch');
    await expect(page).toHaveURL(/\/projects\?project=clio-connected-launch$/);
    await expect(page.getByRole('complementary', { name: 'Project details' })).toBeVisible();
  });

  test('a quote opens the quotes with it shown first', async ({ page }) => {
    await page.goto('/r/pelata-ten-months');
    await expect(page).toHaveURL(/\/quotes\?quote=pelata-ten-months$/);
    const linked = page.getByRole('region', { name: 'Linked quote' });
    await expect(
      linked.getByRole('blockquote').filter({ hasText: /Cela fait dix mois/ }),
    ).toBeVisible();
  });

  test('a person opens their page', async ({ page }) => {
    await page.goto('/r/patrick-hoffstetter');
    await expect(page).toHaveURL(/\/people\/patrick-hoffstetter$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Patrick Hoffstetter');
  });

  test('a source opens its reader; a figure, the reader at its passage', async ({ page }) => {
    await page.goto('/r/bfm-hoffstetter');
    await expect(page).toHaveURL(/\/sources\/bfm-hoffstetter$/);
    await page.goto('/r/renault-age');
    await expect(page).toHaveURL(/\/sources\/itespresso-pelata\?record=renault-age$/);
  });

  test('an unknown id says so, with links back', async ({ page }) => {
    await page.goto('/r/nope');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No record with id “nope”');
    await expect(page.getByRole('link', { name: 'Go to the overview' })).toBeVisible();
  });

  test('back from the record leaves it: /r/<id> is not kept in history', async ({ page }) => {
    await ready(page, '/org');
    await page.goto('/r/patrick-pelata');
    await expect(page).toHaveURL(/\/people\/patrick-pelata$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/org$/);
  });
});
