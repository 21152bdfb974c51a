import { expectNoViolations } from './axe.ts';
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
});
