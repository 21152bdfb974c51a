import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '..');

/** The real data check, run on the downloaded file as a user would. */
function checkData(file: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-data.ts', file], {
    cwd: root,
    encoding: 'utf8',
  });
}

/** Clicks a button of the Export menu and returns the saved file's name and path. */
async function download(page: Page, button: string | RegExp) {
  const menu = page.getByRole('group', { name: 'Export the records shown' });
  if (!(await menu.isVisible())) await page.getByRole('button', { name: 'Export' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: button }).click(),
  ]);
  const saved = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(saved);
  return { name: file.suggestedFilename(), path: saved };
}

function csvLines(file: string): { bom: boolean; lines: string[] } {
  const bytes = readFileSync(file);
  const text = bytes.toString('utf8');
  return {
    bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf,
    // Quoted fields may hold line breaks, but never CRLF: the data uses \n inside a cell.
    lines: text
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean),
  };
}

test('the timeline filtered to a person exports JSON that passes check-data, and CSV', async ({
  page,
}) => {
  await page.goto('/timeline?person=patrick-hoffstetter');
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await page.getByRole('button', { name: 'Export' }).click();
  const status = page.getByRole('group', { name: 'Export the records shown' }).getByRole('status');
  await expect(status).toHaveText(/^\d+ records shown in this view$/);
  const shown = Number((await status.textContent())?.match(/\d+/)?.[0]);

  const json = await download(page, 'JSON (data folder)');
  expect(json.name).toBe('dossier-timeline-patrick-hoffstetter.json');
  const result = checkData(json.path);
  expect(result.stderr).toBe('');
  expect(result.stdout).toContain('OK');
  expect(result.status).toBe(0);
  const bundle: { export: { shown: string[] } } = JSON.parse(readFileSync(json.path, 'utf8'));
  expect(bundle.export.shown).toHaveLength(shown);

  const positions = await download(page, /^positions\.csv \(\d+ rows?\)$/);
  expect(positions.name).toBe('dossier-timeline-patrick-hoffstetter-positions.csv');
  const { bom, lines } = csvLines(positions.path);
  expect(bom).toBe(true);
  expect(lines[0]).toMatch(/^id,person,organization,title_fr,title_en,/);
  expect(lines[0]).toMatch(/,evidence_sources,evidence_passages$/);
  const positionIds = bundle.export.shown.filter((id) =>
    (bundle as { positions?: { id: string }[] }).positions?.some((p) => p.id === id),
  );
  expect(lines).toHaveLength(1 + positionIds.length);

  const zip = await download(page, 'CSV, one file per record type (.zip)');
  expect(zip.name).toBe('dossier-timeline-patrick-hoffstetter-csv.zip');
  const listing = spawnSync('unzip', ['-Z1', zip.path], { encoding: 'utf8' });
  expect(listing.stdout.split('\n').filter(Boolean)).toContain('positions.csv');
  expect(spawnSync('unzip', ['-t', zip.path], { encoding: 'utf8' }).stdout).toContain(
    'No errors detected',
  );
});

test('the quotes view exports what its search shows', async ({ page }) => {
  await page.goto('/quotes?q=experience');
  await expect(page.getByText(/quotes? match “experience”/)).toBeVisible();
  const cards = await page.getByRole('list', { name: 'Quotes' }).getByRole('article').count();

  const json = await download(page, 'JSON (data folder)');
  expect(json.name).toBe('dossier-quotes-experience.json');
  expect(checkData(json.path).status).toBe(0);

  const csv = await download(page, /^quotes\.csv/);
  expect(csv.name).toBe('dossier-quotes-experience-quotes.csv');
  const { bom, lines } = csvLines(csv.path);
  expect(bom).toBe(true);
  expect(lines[0]).toBe(
    // An inference's reasoning and a note come in both languages, each its own column.
    'id,speaker,source,original,translation,topics,about,voice,inference_fr,inference_en,note_fr,note_en,evidence_sources,evidence_passages',
  );
  expect(lines).toHaveLength(1 + cards);
  expect(readFileSync(csv.path, 'utf8')).toContain('expérience');
});

test('the export menu is a popover: Escape, a click elsewhere and leaving the view close it', async ({
  page,
}) => {
  await page.goto('/projects');
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
  const button = page.getByRole('button', { name: 'Export' });
  const menu = page.getByRole('group', { name: 'Export the records shown' });

  await button.click();
  await expect(menu).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  // Drawn in the top layer: nothing of the view covers it.
  const onTop = await menu.evaluate((group) => {
    const box = group.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + 8);
    return hit !== null && group.parentElement?.contains(hit) === true;
  });
  expect(onTop).toBe(true);
  // Tab goes from the button into the menu; Escape closes it and gives focus back.
  await page.keyboard.press('Tab');
  await expect(menu.getByRole('button', { name: 'JSON (data folder)' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');

  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  await page.getByRole('heading', { level: 1, name: 'Projects' }).click();
  await expect(menu).toBeHidden();

  await button.click();
  await expect(menu).toBeVisible();
  await page.keyboard.press('g');
  await page.keyboard.press('t');
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await expect(menu).toBeHidden();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
});
