import type { Locator, Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test as base } from './fixtures.ts';
import { folderDigest, startEditCommand, type EditServerProcess } from './authoring-helpers.ts';

/**
 * The whole authoring journey of issue 15, from an empty folder served by the real edit server
 * (`tsx scripts/edit.ts`, as `npm run edit` runs it) to the records in every view.
 */
const test = base.extend<{ server: EditServerProcess }>({
  server: async ({ browserName }, use) => {
    expect(browserName).toBe('chromium');
    const server = await startEditCommand('empty');
    await use(server);
    await server.stop();
  },
  baseURL: async ({ server }, use) => {
    await use(server.url);
  },
});

test.use({ viewport: { width: 1280, height: 800 } });

const run = promisify(execFile);

const INTERVIEW = [
  'Le Courrier industriel : Claire Vasseur, vous avez longtemps travaillé chez Aciéries Morel. Quel souvenir en gardez-vous ?',
  'Claire Vasseur : J’y suis entrée comme ingénieure en 1992, puis j’ai dirigé l’usine de Longwy. Il a fallu tout réorganiser.',
  'Le Courrier industriel : Vous avez quitté l’entreprise fin 1999. Pourquoi être partie ?',
  'Claire Vasseur : J’ai quitté l’entreprise fin 1999 parce que l’usine allait fermer. «\u00a0Une usine se gagne d’abord avec ceux qui y travaillent.\u00a0» C’est ce que je répète depuis.',
  'Le Courrier industriel : Et aujourd’hui ?',
].join('\n\n');

const QUOTE = 'Une usine se gagne d’abord avec ceux qui y travaillent.';

/** Selects `words` inside the paragraph that holds them, as a reader's drag would. */
async function select(page: Page, words: string) {
  await expect(page.locator('[data-paragraph]', { hasText: words }).first()).toBeVisible();
  await page.evaluate((needle) => {
    for (const paragraph of Array.from(document.querySelectorAll('[data-paragraph]'))) {
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? '').indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        return;
      }
    }
    throw new Error(`not in the text: ${needle}`);
  }, words);
}

/** A French-and-English field: the French box bears the field's label, the English one "English". */
async function fillLocalized(dialog: Locator, label: string, fr: string, en: string) {
  const group = dialog.getByRole('group', { name: label });
  await group.getByRole('textbox', { name: label, exact: true }).fill(fr);
  await group.getByRole('textbox', { name: 'English', exact: true }).fill(en);
}

async function pick(dialog: Locator, field: string, typed: string, option: string) {
  await dialog.getByRole('combobox', { name: field, exact: true }).fill(typed);
  await dialog.getByRole('option', { name: option, exact: true }).click();
}

async function create(page: Page, words: string, type: string): Promise<Locator> {
  await select(page, words);
  const toolbar = page.getByRole('toolbar', { name: 'Create from selection' });
  await toolbar.getByRole('button', { name: type, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `New ${type.toLowerCase()}` });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('from an empty folder: import a text file, annotate it, save, check-data, see every view', async ({
  page,
  server,
}) => {
  const tmp = await mkdtemp(path.join(tmpdir(), 'dossier-journey-'));
  const file = path.join(tmp, 'entretien-vasseur.txt');
  await writeFile(file, INTERVIEW, 'utf8');

  await page.goto('/sources/new');
  await page.getByLabel('File', { exact: true }).setInputFiles(file);
  await expect(page.getByRole('textbox', { name: 'Text', exact: true })).toHaveValue(
    /J’ai quitté l’entreprise fin 1999/,
  );
  await page
    .getByRole('textbox', { name: 'Publication', exact: true })
    .fill('Le Courrier industriel');
  await page
    .getByRole('textbox', { name: 'Title', exact: true })
    .fill('Entretien avec Claire Vasseur');
  await page.getByRole('textbox', { name: 'URL', exact: true }).fill('https://example.org/vasseur');
  await page.getByRole('textbox', { name: 'Published' }).fill('2014');
  await page.getByRole('combobox', { name: 'Genre' }).selectOption('interview');
  for (const n of [1, 3, 5])
    await page.getByRole('combobox', { name: `Role of paragraph ${n}` }).selectOption('question');
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page).toHaveURL(/\/sources\/([a-z0-9-]+)\?mode=annotate$/);
  const sourceId = /\/sources\/([a-z0-9-]+)\?/.exec(page.url())?.[1] ?? '';

  // The toolbar over a selected quote, as the README shows it (docs/annotate-mode.png).
  await page
    .locator('[data-paragraph]', { hasText: QUOTE })
    .evaluate((paragraph) => paragraph.scrollIntoView({ block: 'center' }));
  await select(page, QUOTE);
  await expect(page.getByRole('toolbar', { name: 'Create from selection' })).toBeInViewport();
  await page.screenshot({ path: '/work/wt/journey-shots/annotate-mode.png' });

  // The person by a real mouse drag over her name at the start of her first answer.
  const answer = page.locator('[data-paragraph="1"]');
  await answer.scrollIntoViewIfNeeded();
  const name = await answer.evaluate((paragraph) => {
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode();
    const at = node?.textContent?.indexOf('Claire Vasseur') ?? -1;
    if (!node || at < 0) throw new Error('no name in the answer');
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 'Claire Vasseur'.length);
    const { left, right, top, height } = range.getBoundingClientRect();
    return { left, right, y: top + height / 2 };
  });
  await page.mouse.move(name.left + 1, name.y);
  await page.mouse.down();
  await page.mouse.move(name.right - 1, name.y, { steps: 8 });
  await page.mouse.up();
  await page
    .getByRole('toolbar', { name: 'Create from selection' })
    .getByRole('button', { name: 'Person', exact: true })
    .click();
  const person = page.getByRole('dialog', { name: 'New person' });
  await expect(person.getByRole('textbox', { name: 'Name' })).toHaveValue('Claire Vasseur');
  await fillLocalized(
    person,
    'Summary',
    'Ancienne directrice d’usine.',
    'A former plant director.',
  );
  await person.getByRole('combobox', { name: 'Voice' }).selectOption('interviewee');
  await person.getByRole('button', { name: 'Save draft' }).click();
  await expect(person).toHaveCount(0);

  const org = await create(page, 'Aciéries Morel', 'Organization');
  await org.getByRole('combobox', { name: 'Kind' }).selectOption('company');
  await fillLocalized(org, 'Description', 'Entreprise sidérurgique.', 'A steel company.');
  await org.getByRole('combobox', { name: 'Voice' }).selectOption('journalist');
  await org.getByRole('button', { name: 'Save draft' }).click();
  await expect(org).toHaveCount(0);

  const role = await create(page, 'J’ai quitté l’entreprise fin 1999', 'Role');
  await pick(role, 'Person', 'Vasseur', 'Claire Vasseur');
  await pick(role, 'Organization', 'Morel', 'Aciéries Morel');
  await fillLocalized(
    role,
    'Title',
    'Directrice de l’usine de Longwy',
    'Director of the Longwy plant',
  );
  await fillLocalized(
    role,
    'Description',
    'A dirigé l’usine de Longwy jusqu’à son départ, fin 1999.',
    'Ran the Longwy plant until she left, late 1999.',
  );
  await role
    .getByRole('textbox', { name: 'Passage', exact: true })
    .fill('j’ai dirigé l’usine de Longwy');
  await role.getByRole('button', { name: 'Add passage' }).click();
  const endDate = role.getByRole('group', { name: 'End' });
  // The source's words, once typed and left, fill the empty date they say.
  const words = endDate.getByRole('textbox', { name: 'Source’s words' });
  await words.fill('fin 1999');
  await words.press('Tab');
  await expect(endDate.getByRole('textbox', { name: 'End', exact: true })).toHaveValue('1999');
  await expect(endDate.getByRole('combobox', { name: 'Part of the year' })).toHaveValue('late');
  await role.getByRole('combobox', { name: 'Voice' }).selectOption('interviewee');
  await role.getByRole('textbox', { name: 'Id', exact: true }).fill('vasseur-acieries-morel');
  await role.getByRole('button', { name: 'Save draft' }).click();
  await expect(role).toHaveCount(0);

  const quote = await create(page, QUOTE, 'Quote');
  await pick(quote, 'Speaker', 'Vasseur', 'Claire Vasseur');
  await expect(quote.getByRole('textbox', { name: 'Original' })).toHaveValue(QUOTE);
  await quote
    .getByRole('textbox', { name: 'Translation' })
    .fill('A plant is won first of all with those who work in it.');
  await quote.getByRole('textbox', { name: 'Topics' }).fill('management');
  await quote.getByRole('combobox', { name: 'Voice' }).selectOption('interviewee');
  await quote.getByRole('textbox', { name: 'Id', exact: true }).fill('vasseur-usine');
  await quote.getByRole('button', { name: 'Save draft' }).click();
  await expect(quote).toHaveCount(0);

  const drafts = page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: /^Drafts/ });
  await expect(drafts).toHaveAccessibleName('Drafts 5');
  await drafts.click();
  await expect(page).toHaveURL(/\/drafts$/);
  await expect(page.getByText('The folder with your changes passes check-data.')).toBeVisible();
  await page.getByRole('button', { name: 'Save to data folder' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved \d+ files?/ })).toBeVisible();
  await expect(drafts).toHaveAccessibleName('Drafts 0');

  // The files on disk, read back.
  expect(Object.keys(await folderDigest(server.dataDir)).sort()).toEqual([
    'entities.json',
    'manifest.json',
    `records/${sourceId}.json`,
    `sources/${sourceId}.json`,
  ]);
  const json = async (file: string): Promise<unknown> =>
    JSON.parse(await readFile(path.join(server.dataDir, file), 'utf8'));
  expect(await json('manifest.json')).toMatchObject({
    files: expect.arrayContaining([
      `sources/${sourceId}.json`,
      'entities.json',
      `records/${sourceId}.json`,
    ]),
  });
  expect(await json(`sources/${sourceId}.json`)).toMatchObject({
    sources: [
      {
        id: sourceId,
        publication: 'Le Courrier industriel',
        title: 'Entretien avec Claire Vasseur',
        url: 'https://example.org/vasseur',
        genre: 'interview',
        language: 'fr',
      },
    ],
  });
  expect(await json('entities.json')).toMatchObject({
    people: [{ id: 'claire-vasseur', name: 'Claire Vasseur' }],
    organizations: [{ id: 'acieries-morel', name: 'Aciéries Morel', kind: 'company' }],
  });
  expect(await json(`records/${sourceId}.json`)).toMatchObject({
    positions: [
      {
        id: 'vasseur-acieries-morel',
        person: 'claire-vasseur',
        organization: 'acieries-morel',
        end: { precision: 'year', value: '1999', part: 'late', expression: 'fin 1999' },
      },
    ],
    quotes: [
      {
        id: 'vasseur-usine',
        speaker: 'claire-vasseur',
        source: sourceId,
        original: QUOTE,
        translation: 'A plant is won first of all with those who work in it.',
      },
    ],
  });

  // The real check-data over the saved folder: a non-zero exit rejects. Untranslated
  // paragraphs are warnings only.
  const checked = await run('npx', ['tsx', 'scripts/check-data.ts', server.dataDir]);
  expect(
    checked.stderr.split('\n').filter((line) => !line.startsWith('warning:') && line !== ''),
  ).toEqual([]);

  // Reloaded from disk: the records are in every view.
  await page.reload();
  await page.goto('/timeline');
  const lane = page.getByRole('group', { name: 'Claire Vasseur' });
  await expect(lane.getByRole('link', { name: 'Claire Vasseur' })).toBeVisible();
  await expect(
    lane.getByRole('button', {
      name: /^Role: Director of the Longwy plant, Aciéries Morel, start not stated to late 1999/,
    }),
  ).toBeVisible();
  await page.screenshot({ path: '/work/wt/journey-shots/timeline.png', fullPage: true });
  await page.goto('/quotes');
  const card = page.getByRole('article', { name: /^Claire Vasseur: « Une usine se gagne/ });
  await expect(card).toBeVisible();
  await expect(card.getByText(`« ${QUOTE} »`, { exact: true })).toBeVisible();
  await page.screenshot({ path: '/work/wt/journey-shots/quotes.png', fullPage: true });
  await page.goto('/briefing?person=claire-vasseur');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Briefing: Claire Vasseur' }),
  ).toBeVisible();
  const career = page
    .getByRole('region', { name: 'Career' })
    .getByRole('img', { name: 'Claire Vasseur: career' });
  await expect(career).toContainText('Aciéries Morel — Director of the Longwy');
  await expect(career).toContainText('until late 1999');
  await expect(
    page.getByRole('region', { name: 'Talking points' }).getByText(`« ${QUOTE} »`, { exact: true }),
  ).toBeVisible();
  await page.screenshot({ path: '/work/wt/journey-shots/briefing.png', fullPage: true });
  await rm(tmp, { recursive: true, force: true });
});
