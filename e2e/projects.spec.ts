import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The name of the project in the table's first row. */
function firstProject(table: Locator): Locator {
  return table.getByRole('rowheader').first().getByRole('button');
}

test('filter the projects by a person through the filter bar, then reload and go back', async ({
  page,
}) => {
  await page.goto('/projects');
  const table = page.getByRole('table', { name: /^Projects, sorted by/ });
  await expect(table.getByRole('rowheader')).toHaveCount(25);

  // Typed without its accent: the filter matches "Pélata" anyway.
  await page.getByRole('combobox', { name: 'Filter by person or company' }).fill('pelata');
  await page.getByRole('option', { name: /Patrick Pélata/ }).click();
  await expect(page).toHaveURL(/[?&]person=patrick-pelata(&|$)/);
  await expect(table.getByRole('rowheader')).toHaveCount(5);
  await expect(
    table.getByRole('button', { name: 'Salesforce–Renault collaboration' }),
  ).toBeVisible();
  await expect(table.getByRole('button', { name: /Mydeclic/ })).toHaveCount(0);

  await page.reload();
  await expect(page).toHaveURL(/[?&]person=patrick-pelata(&|$)/);
  await expect(table.getByRole('rowheader')).toHaveCount(5);

  await page.goBack();
  await expect(page).not.toHaveURL(/person=/);
  await expect(table.getByRole('rowheader')).toHaveCount(25);
  await expect(table.getByRole('button', { name: /Mydeclic/ })).toBeVisible();
});

test('sort by a column header, keep it on reload, then switch to the board', async ({ page }) => {
  await page.goto('/projects');
  const table = page.getByRole('table', { name: /^Projects, sorted by/ });
  await table.getByRole('button', { name: 'Project', exact: true }).click();
  await expect(page).toHaveURL(/[?&]sort=project(&|$)/);
  await expect(table.getByRole('columnheader', { name: 'Project', exact: true })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(firstProject(table)).toHaveText('12 macro-projects for next year');

  await table.getByRole('button', { name: 'Project', exact: true }).click();
  await expect(page).toHaveURL(/[?&]sort=-project(&|$)/);
  await page.reload();
  await expect(table.getByRole('columnheader', { name: 'Project', exact: true })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(firstProject(table)).toHaveText('Yahoo France content supply');

  await page.getByRole('radio', { name: 'Board' }).check();
  await expect(page).toHaveURL(/[?&]view=board(&|$)/);
  const board = page.getByRole('region', { name: 'Projects by status' });
  await expect(board.getByRole('heading', { level: 2 }).first()).toHaveText(/^Planned/);
  await expect(
    board
      .getByRole('region', { name: /^Completed/ })
      .getByRole('article', { name: 'Launch of Vizzavi' }),
  ).toBeVisible();
  await expect(table).toHaveCount(0);
});

test('a project opens its details, and its passage opens in the source', async ({ page }) => {
  await page.goto('/projects');
  const table = page.getByRole('table', { name: /^Projects, sorted by/ });
  await table.getByRole('button', { name: 'New vehicle configurator' }).click();
  const panel = page.getByRole('complementary', { name: 'Project details' });
  await expect(panel.getByRole('heading', { name: 'Project details' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);

  await table
    .getByRole('row', { name: /^New vehicle configurator/ })
    .getByRole('link', { name: /^Show in BFM Business/ })
    .click();
  await expect(page).toHaveURL(/\/sources\/bfm-hoffstetter\?record=vehicle-configurator/);
  await expect(page.locator('.source-text [aria-current="true"]').first()).toBeInViewport();
});
