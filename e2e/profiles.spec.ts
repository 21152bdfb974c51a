import { expect, test } from './fixtures.ts';

test('from a person’s role to its passage in the source reader', async ({ page }) => {
  await page.goto('/people/patrick-hoffstetter');
  await expect(page.getByRole('heading', { level: 1, name: 'Patrick Hoffstetter' })).toBeVisible();

  // Newest first, the three latest until Show all.
  const roles = page.getByRole('region', { name: 'Roles' });
  await expect(roles.getByRole('listitem')).toHaveCount(3);
  await expect(roles.getByRole('listitem').first()).toContainText('Digital Factory');
  await roles.getByRole('button', { name: 'Show all 7 (Roles)' }).click();
  await expect(roles.getByRole('listitem')).toHaveCount(7);
  await expect(roles.getByRole('listitem').first()).toContainText('Digital Factory');
  await expect(roles.getByRole('listitem').last()).toContainText('SNCF');

  await roles
    .getByRole('link', { name: /^Passage in BFM Business for .*Head of audience/ })
    .click();
  await expect(page).toHaveURL(/\/sources\/bfm-hoffstetter\?record=hoffstetter-yahoo-france/);
  await expect(page.locator('.source-text [aria-current="true"]').first()).toBeVisible();
  await expect(page.locator('.source-text [aria-current="true"]').first()).toBeInViewport();
});

test('the contents links jump to a section', async ({ page }) => {
  await page.goto('/people/patrick-hoffstetter');
  await page
    .getByRole('navigation', { name: 'On this page' })
    .getByRole('link', { name: /^Relations/ })
    .click();
  await expect(page).toHaveURL(/#relations$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Relations' })).toBeInViewport();
});

test('from a company to one of its units, and back to the company', async ({ page }) => {
  await page.goto('/companies/renault');
  await expect(page.getByRole('heading', { level: 1, name: 'Renault' })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Chief Marketing Officer — holder not named' }),
  ).toBeVisible();

  await page
    .getByRole('list', { name: 'Units of Renault' })
    .getByRole('link', { name: 'Digital Factory' })
    .click();
  await expect(page).toHaveURL(/\/companies\/renault-digital-factory$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Digital Factory' })).toBeVisible();
  const partOf = page.getByText(/^Part of/);
  await expect(partOf).toHaveText('Part of Renault');
  await partOf.getByRole('link', { name: 'Renault' }).click();
  await expect(page).toHaveURL(/\/companies\/renault$/);
});

test('a voice in the URL hides the records of other voices', async ({ page }) => {
  await page.goto('/people/patrick-hoffstetter');
  const main = page.getByRole('main');
  await expect(main.getByText('Voice: Journalist', { exact: true }).first()).toBeVisible();

  await page.goto('/people/patrick-hoffstetter?voice=interviewee');
  await expect(page.getByText(/Voice filter: only Interviewee records are shown/)).toBeVisible();
  await expect(main.getByText('Voice: Interviewee', { exact: true }).first()).toBeVisible();
  await expect(main.getByText('Voice: Journalist', { exact: true })).toHaveCount(0);
  // The filter bar reflects the same URL.
  await expect(page.getByRole('checkbox', { name: 'Interviewee' })).toBeChecked();

  await page.getByRole('link', { name: 'Show every voice' }).click();
  await expect(page).not.toHaveURL(/voice=/);
  await expect(main.getByText('Voice: Journalist', { exact: true }).first()).toBeVisible();
});

test('an unknown id shows a notice with the known ones', async ({ page }) => {
  await page.goto('/people/nobody');
  await expect(page.getByRole('heading', { name: 'No person with id “nobody”' })).toBeVisible();
  await page.getByRole('link', { name: 'Patrick Pélata' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Patrick Pélata' })).toBeVisible();

  await page.goto('/companies/globex');
  await expect(
    page.getByRole('heading', { name: 'No company or unit with id “globex”' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Salesforce' })).toBeVisible();
});

test('in French, a person’s page speaks French and links to its passages', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('dossier.locale', 'fr'));
  await page.goto('/people/patrick-hoffstetter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const roles = page.getByRole('region', { name: 'Fonctions' });
  await expect(roles.getByRole('listitem')).toHaveCount(3);
  await roles.getByRole('button', { name: 'Tout afficher : 7 (Fonctions)' }).click();
  await expect(roles.getByRole('listitem')).toHaveCount(7);
  await expect(roles.getByRole('listitem').first()).toContainText('vers 2011');
  await expect(roles.getByRole('listitem').last()).toContainText('SNCF');
  await expect(page.getByRole('region', { name: 'Relations' })).toContainText(
    'a travaillé chez SFR',
  );
  await roles.getByRole('link', { name: /^Passage dans BFM Business pour .*Patron de/ }).click();
  await expect(page).toHaveURL(/\/sources\/bfm-hoffstetter\?record=hoffstetter-yahoo-france/);
});
