import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test as base } from './fixtures.ts';
import {
  folderDigest,
  orphanPerson,
  seedDrafts,
  startEditServer,
  validQuote,
  type EditServerProcess,
  type SeedDraft,
} from './authoring-helpers.ts';

/**
 * The authoring journey against the real edit server (the one `npm run edit` starts, here in the
 * test worker's process; authoring-journey.spec.ts runs the command itself), each test on its
 * own temporary copy of the built-in data and a port of its own.
 */
const test = base.extend<{ server: EditServerProcess }>({
  server: async ({ browserName }, use) => {
    expect(browserName).toBe('chromium');
    const server = await startEditServer('built-in');
    await use(server);
    await server.stop();
  },
  baseURL: async ({ server }, use) => {
    await use(server.url);
  },
});

const run = promisify(execFile);

function draftsLink(page: Page) {
  return page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: /^Drafts/ });
}

test('a save refused by check-data lists the problems and writes nothing', async ({
  page,
  server,
}) => {
  await page.goto('/drafts');
  await expect(page.getByRole('heading', { name: 'Drafts', level: 1 })).toBeVisible();
  await seedDrafts(page, [orphanPerson]);
  await expect(draftsLink(page)).toHaveAccessibleName('Drafts 1');
  // Listed before saving, by the same check as check-data.
  await expect(
    page.getByText('The folder with your changes has 1 problem check-data would refuse:'),
  ).toBeVisible();
  const before = await folderDigest(server.dataDir);
  await page.getByRole('button', { name: 'Save to data folder' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('check-data refused the save: nothing was written.');
  await expect(alert.getByRole('row', { name: /ada-lovelace/ })).toContainText('orphan person');
  expect(await folderDigest(server.dataDir)).toEqual(before);
  await expect(draftsLink(page)).toHaveAccessibleName('Drafts 1');
});

test('a file changed on disk blocks the save and is named; nothing is written', async ({
  page,
  server,
}) => {
  await page.goto('/drafts');
  await seedDrafts(page, [validQuote]);
  await expect(page.getByText('The folder with your changes passes check-data.')).toBeVisible();
  const file = path.join(server.dataDir, 'records/bfm-hoffstetter.json');
  await writeFile(file, `${await readFile(file, 'utf8')}\n`);
  const before = await folderDigest(server.dataDir);
  await page.getByRole('button', { name: 'Save to data folder' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'records/bfm-hoffstetter.json changed on disk since it was loaded: nothing was written and your drafts are kept.',
  );
  expect(await folderDigest(server.dataDir)).toEqual(before);
  await expect(draftsLink(page)).toHaveAccessibleName('Drafts 1');
});

test('the write endpoint refuses a foreign Origin, a .. path and a non-JSON name, and writes nothing', async ({
  page,
  server,
}) => {
  await page.goto('/');
  await expect(draftsLink(page)).toHaveAccessibleName('Drafts 0');
  const before = await folderDigest(server.dataDir);
  const content = '{}\n';
  // From the page itself: its own Origin, but paths that are not a data file's.
  const fromPage = await page.evaluate(
    async (body) => {
      const statuses: number[] = [];
      for (const file of body) {
        const response = await fetch('/api/edit/save', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ files: [file] }),
        });
        statuses.push(response.status);
      }
      return statuses;
    },
    [
      { path: '../escaped.json', base: 'absent', content },
      { path: 'sources/../../escaped.json', base: 'absent', content },
      { path: 'notes.txt', base: 'absent', content },
      { path: '/tmp/absolute.json', base: 'absent', content },
    ],
  );
  expect(fromPage).toEqual([400, 400, 400, 400]);
  // From another site: a forged Origin, for a file that would otherwise be valid.
  const forged = await fetch(`${server.url}/api/edit/save`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
    body: JSON.stringify({ files: [{ path: 'extra.json', base: 'absent', content }] }),
  });
  expect(forged.status).toBe(403);
  expect(await forged.json()).toEqual({ error: 'requests from another origin are refused' });
  expect(await folderDigest(server.dataDir)).toEqual(before);
});

test('a valid save writes the files, passes the real check-data and leaves no draft', async ({
  page,
  server,
}) => {
  await page.goto('/drafts');
  await seedDrafts(page, [validQuote]);
  await page.getByRole('button', { name: 'Save to data folder' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved 1 file' })).toBeVisible();
  await expect(draftsLink(page)).toHaveAccessibleName('Drafts 0');
  const written = JSON.parse(
    await readFile(path.join(server.dataDir, 'records/bfm-hoffstetter.json'), 'utf8'),
  ) as { quotes: { id: string }[] };
  expect(written.quotes.map((q) => q.id)).toContain('hoffstetter-game-changer');
  await run('npx', ['tsx', 'scripts/check-data.ts', server.dataDir]);
  await page.reload();
  await page.goto('/quotes?quote=hoffstetter-game-changer');
  const card = page
    .getByRole('region', { name: 'Linked quote' })
    .getByRole('article', { name: /La voiture connectée change la donne\. »$/ });
  await expect(card).toBeVisible();
  await expect(card.getByText('Draft: new')).toHaveCount(0);
});

test('a draft survives a reload and a closed page, and shows in another tab', async ({
  page,
  context,
}) => {
  await page.goto('/quotes');
  await seedDrafts(page, [validQuote]);
  await expect(draftsLink(page)).toHaveAccessibleName('Drafts 1');
  await page.reload();
  await expect(draftsLink(page)).toHaveAccessibleName('Drafts 1');
  await expect(page.getByText('Draft: new')).toBeVisible();
  // The switch shows the saved data alone.
  await page.getByRole('checkbox', { name: 'Saved data only' }).check();
  await expect(page.getByText('Draft: new')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Saved data only' }).uncheck();
  await expect(page.getByText('Draft: new')).toBeVisible();

  const other = await context.newPage();
  await other.goto('/drafts');
  await expect(draftsLink(other)).toHaveAccessibleName('Drafts 1');
  await other.getByRole('button', { name: /^Discard: Patrick Hoffstetter/ }).click();
  await expect(draftsLink(other)).toHaveAccessibleName('Drafts 0');
  await expect(draftsLink(page)).toHaveAccessibleName('Drafts 0');
  // Undone in the first tab (outside any field): back in both.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+z');
  await expect(draftsLink(page)).toHaveAccessibleName('Drafts 1');
  await expect(draftsLink(other)).toHaveAccessibleName('Drafts 1');

  // A crashed tab: closed without unload; a new page in the same browser still has it.
  await page.close({ runBeforeUnload: false });
  await other.close({ runBeforeUnload: false });
  const reopened = await context.newPage();
  await reopened.goto('/drafts');
  await expect(draftsLink(reopened)).toHaveAccessibleName('Drafts 1');
  await expect(reopened.getByRole('heading', { name: 'New (1)' })).toBeVisible();
});

test('/drafts has no axe violations with drafts, problems and a conflict', async ({ page }) => {
  const entities = JSON.parse(await readFile('public/data/entities.json', 'utf8')) as {
    people: Record<string, unknown>[];
  };
  const hoffstetter = entities.people.find((p) => p['id'] === 'patrick-hoffstetter');
  if (!hoffstetter) throw new Error('the built-in data has Patrick Hoffstetter');
  const conflicting: SeedDraft = {
    id: 'patrick-hoffstetter',
    // Started from a version of the record that is no longer the one on disk.
    base: '{"stale":true}',
    op: 'put',
    entry: { type: 'person', record: { ...hoffstetter, name: 'Patrick Hoffstetter (edited)' } },
  };
  await page.goto('/drafts');
  await seedDrafts(page, [orphanPerson, validQuote, conflicting]);
  await expect(page.getByRole('heading', { name: 'Conflicts (1)' })).toBeVisible();
  await expect(page.getByText('Changed on disk since your draft began.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save to data folder' })).toBeDisabled();
  await expect(page.getByRole('table', { name: /Problems of the folder/ })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations).toEqual([]);
  // Keep mine: the draft now starts from the saved record; saving is possible again.
  await page.getByRole('button', { name: /^Keep mine: / }).click();
  await expect(page.getByRole('heading', { name: /^Conflicts/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Edited (1)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save to data folder' })).toBeEnabled();
  await page.getByRole('button', { name: 'Save to data folder' }).click();
  await expect(page.getByRole('alert')).toContainText('check-data refused the save');
  const after = await new AxeBuilder({ page }).analyze();
  expect(after.violations).toEqual([]);
});
