import { expectNoViolations } from './axe.ts';
import { crashPage, storedOpenForms } from './authoring-helpers.ts';
import { expect, test } from './fixtures.ts';

test.describe('record forms', () => {
  test('a quote form with a problem shown has no axe violation, and Escape gives focus back', async ({
    page,
  }) => {
    await page.goto('/quotes?quote=pelata-new-ground');
    const edit = page.getByRole('button', { name: 'Edit', exact: true }).first();
    await edit.click();
    const dialog = page.getByRole('dialog', { name: 'Edit quote' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: 'Speaker' })).toBeFocused();
    const translation = dialog.getByRole('textbox', { name: 'Translation' });
    await translation.fill('');
    await dialog.getByRole('button', { name: 'Save draft' }).click();
    await expect(translation).toBeFocused();
    await expect(translation).toHaveAttribute('aria-invalid', 'true');
    await expect(translation).toHaveAccessibleDescription('Required.');
    await expectNoViolations(page, 'the quote form with a problem');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(edit).toBeFocused();
  });

  test('a role form with its picker open has no axe violation; nested New person by keyboard', async ({
    page,
  }) => {
    await page.goto('/timeline?item=pelata-renault');
    await page.getByRole('button', { name: 'Edit', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Edit role' });
    const person = dialog.getByRole('combobox', { name: 'Person' });
    await expect(person).toBeFocused();
    await person.fill('hoffstet');
    await expect(
      dialog.getByRole('option', { name: 'Patrick Hoffstetter', exact: true }),
    ).toBeVisible();
    await expectNoViolations(page, 'the role form with its picker open');
    await person.fill('Zoé Nouvelle');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('option', { name: 'Create “Zoé Nouvelle”' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await page.keyboard.press('Enter');
    const nested = page.getByRole('dialog', { name: 'New person' });
    await expect(nested.getByRole('textbox', { name: 'Name' })).toHaveValue('Zoé Nouvelle');
    await expectNoViolations(page, 'a nested New person form');
    await page.keyboard.press('Escape');
    await expect(nested).toHaveCount(0);
    await expect(dialog).toBeVisible();
    await expect(person).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });

  test('a saved draft shows in the view at once and survives a reload', async ({ page }) => {
    await page.goto('/quotes?quote=pelata-new-ground');
    await page.getByRole('button', { name: 'Edit', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Edit quote' });
    await dialog.getByRole('textbox', { name: 'Translation' }).fill('A draft translation.');
    await dialog.getByRole('button', { name: 'Save draft' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByText('A draft translation.').first()).toBeVisible();
    await page.reload();
    await expect(page.getByText('A draft translation.').first()).toBeVisible();
  });

  test('the French form reads as French', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('dossier.locale', 'fr'));
    await page.goto('/people/patrick-pelata');
    await page.getByRole('button', { name: 'Modifier', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Modifier la personne' });
    await expect(dialog.getByRole('textbox', { name: 'Nom' })).toHaveValue('Patrick Pélata');
    await expect(dialog.getByRole('button', { name: 'Enregistrer le brouillon' })).toBeVisible();
    await expectNoViolations(page, 'the French person form');
  });
  test('a half-filled form survives a reload, and a crashed tab leaves it on /drafts to resume', async ({
    page,
    context,
  }) => {
    await page.goto('/quotes?quote=pelata-new-ground');
    await page.getByRole('button', { name: 'Edit', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Edit quote' });
    await dialog.getByRole('textbox', { name: 'Translation' }).fill('Half-typed, not saved');
    // Written as it is typed: no Save draft, no unload.
    await expect.poll(() => storedOpenForms(page)).toContain('Half-typed, not saved');

    await page.reload();
    const reopened = page.getByRole('dialog', { name: 'Edit quote' });
    await expect(reopened.getByRole('textbox', { name: 'Translation' })).toHaveValue(
      'Half-typed, not saved',
    );
    await expect(reopened.getByText(/^Opened again as you left it/)).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: /^Drafts/ }),
    ).toHaveAccessibleName('Drafts 0');

    // The renderer crashes: nothing runs, no unload. Another tab finds the form on /drafts.
    await crashPage(page, context);
    const other = await context.newPage();
    await other.goto('/drafts');
    await expect(other.getByRole('heading', { name: 'Forms left unsaved (1)' })).toBeVisible();
    await other.getByRole('button', { name: /^Resume: / }).click();
    const resumed = other.getByRole('dialog', { name: 'Edit quote' });
    await expect(resumed.getByRole('textbox', { name: 'Translation' })).toHaveValue(
      'Half-typed, not saved',
    );
    await expectNoViolations(other, 'a form resumed from a crashed tab');
    // Cancelled, it is gone for good.
    await resumed.getByRole('button', { name: 'Cancel' }).click();
    await other.reload();
    await expect(other.getByRole('heading', { name: 'Drafts', level: 1 })).toBeVisible();
    await expect(other.getByRole('heading', { name: /^Forms left unsaved/ })).toHaveCount(0);
    await expect(other.getByRole('dialog')).toHaveCount(0);
  });
});
