import type { Page } from '@playwright/test';
import { expectNoViolations } from './axe.ts';
import { crashPage, storedOpenForms } from './authoring-helpers.ts';
import { expect, test } from './fixtures.ts';

const TEXT = [
  'ITespresso.fr : Quel est votre rôle chez Salesforce aujourd’hui ?',
  'Patrick Pélata : Je conseille les constructeurs automobiles. Salesforce travaille avec douze constructeurs.',
  'ITespresso.fr : Et Renault ?',
  'Patrick Pélata : Renault reste une belle maison, et Salesforce y a des projets.',
].join('\n\n');

const TYPES = ['Person', 'Organization', 'Role', 'Project', 'Quote', 'Event', 'Figure', 'Relation'];

const axe = (page: Page) => expectNoViolations(page, page.url());

async function expectToolbar(page: Page) {
  const toolbar = page.getByRole('toolbar', { name: 'Create from selection' });
  await expect(toolbar).toBeVisible();
  for (const name of [...TYPES, 'Add as evidence'])
    await expect(toolbar.getByRole('button', { name, exact: true })).toBeVisible();
  await expect(toolbar.getByRole('button')).toHaveCount(9);
  return toolbar;
}

test('a pasted text is imported as a draft and annotated by mouse and keyboard', async ({
  page,
}) => {
  await page.goto('/sources/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Import a source' })).toBeVisible();
  await axe(page);

  await page.getByRole('textbox', { name: 'Text', exact: true }).fill(TEXT);
  await page.getByRole('textbox', { name: 'Publication', exact: true }).fill('ITespresso.fr');
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Un entretien de test');
  await expect(page.getByRole('textbox', { name: 'Language', exact: true })).toHaveValue('fr');
  await expect(page.getByRole('combobox', { name: 'Role of paragraph 2' })).toHaveValue('answer');
  await page.getByRole('textbox', { name: 'Published' }).fill('2013');
  await expect(page.getByRole('textbox', { name: 'Id', exact: true })).toHaveValue(
    'un-entretien-de-test',
  );
  await axe(page);
  await page.getByRole('button', { name: 'Import' }).click();

  await expect(page).toHaveURL(/\/sources\/un-entretien-de-test\?mode=annotate$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Un entretien de test' })).toBeVisible();

  // The mouse: a drag over words of the second paragraph.
  const answer = page.locator('[data-paragraph="1"]');
  await answer.scrollIntoViewIfNeeded();
  const box = await answer.boundingBox();
  if (!box) throw new Error('no paragraph box');
  await page.mouse.move(box.x + 4, box.y + 10);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + 10, { steps: 8 });
  await page.mouse.up();
  await expectToolbar(page);
  await axe(page);

  // A selection across two paragraphs is refused with a message.
  await page.evaluate(() => {
    const [a, b] = [1, 2].map((i) => document.querySelector(`[data-paragraph="${i}"]`)?.firstChild);
    if (!a || !b) throw new Error('no paragraphs');
    const range = document.createRange();
    range.setStart(a, 3);
    range.setEnd(b, 5);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
  await expect(
    page.getByText(/A passage lies in one paragraph, and this selection spans 2/),
  ).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Create from selection' })).toHaveCount(0);

  // The keyboard: focus the text, move the caret, select with Shift and the arrows, Tab to the toolbar.
  await page.evaluate(() => getSelection()?.removeAllRanges());
  await page.getByRole('region', { name: 'Source text' }).focus();
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 12; i += 1) await page.keyboard.press('Shift+ArrowRight');
  const toolbar = await expectToolbar(page);
  await page.keyboard.press('Tab');
  await expect(toolbar.getByRole('button', { name: 'Person' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Organization' })).toBeFocused();

  // The words occur twice in the source ("Salesforce"): flagged.
  await page.evaluate(() => {
    const node = document.querySelector('[data-paragraph="1"]')?.firstChild;
    const text = node?.textContent ?? '';
    const at = text.indexOf('Salesforce');
    if (!node || at < 0) throw new Error('no Salesforce');
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 'Salesforce'.length);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
  await expect(
    page.getByText(/These words occur 3 times in this source \(paragraphs 1, 2, and 4\)/),
  ).toBeVisible();
});

test('a pasted text survives a reload, and a crashed tab leaves it on /drafts to resume', async ({
  page,
  context,
}) => {
  await page.goto('/sources/new');
  await page.getByRole('textbox', { name: 'Text', exact: true }).fill(TEXT);
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Un entretien gardé');
  await page.getByRole('combobox', { name: 'Role of paragraph 4' }).selectOption('body');
  // Kept as it is typed: the reload finds it, the role set by hand included.
  await expect.poll(() => storedOpenForms(page)).toContain('"body"');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Text', exact: true })).toHaveValue(TEXT);
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(
    'Un entretien gardé',
  );
  await expect(page.getByRole('combobox', { name: 'Role of paragraph 4' })).toHaveValue('body');

  await crashPage(page, context);
  const other = await context.newPage();
  await other.goto('/drafts');
  await other.getByRole('button', { name: 'Resume: Un entretien gardé' }).click();
  await expect(other).toHaveURL(/\/sources\/new/);
  await expect(other.getByRole('textbox', { name: 'Text', exact: true })).toHaveValue(TEXT);

  // Imported, it is no longer kept: the page opens empty again.
  await other.getByRole('textbox', { name: 'Publication', exact: true }).fill('ITespresso.fr');
  await other.getByRole('textbox', { name: 'Published' }).fill('2013');
  await other.getByRole('button', { name: 'Import' }).click();
  await expect(other).toHaveURL(/\/sources\/un-entretien-garde\?mode=annotate$/);
  await other.goto('/sources/new');
  await expect(other.getByRole('heading', { level: 1, name: 'Import a source' })).toBeVisible();
  await expect(other.getByRole('textbox', { name: 'Text', exact: true })).toHaveValue('');
});
