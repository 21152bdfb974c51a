import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { visitInApp } from './visit-in-app.ts';

test.describe('a browser set to French', () => {
  test.use({ locale: 'fr-FR' });

  test('opens Dossier in French, with <html lang="fr">', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    const nav = page.getByRole('navigation', { name: 'Vues' });
    await expect(nav.getByRole('link', { name: 'Chronologie' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Français' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});

test.describe('the French header at 1280 px', () => {
  test.use({ locale: 'fr-FR', viewport: { width: 1280, height: 800 } });

  test('holds on one row: the views, quick find, shortcuts and the language switch', async ({
    page,
  }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Vues' });
    await expect(nav.getByRole('link', { name: 'Synthèse' })).toBeVisible();
    const box = async (locator: ReturnType<Page['locator']>) => {
      const found = await locator.boundingBox();
      if (!found) throw new Error('not laid out');
      return found;
    };
    const links = await nav.getByRole('link').all();
    const linkTops = await Promise.all(links.map(async (l) => Math.round((await box(l)).y)));
    // Every view's link, and whatever else the header's navigation holds (the drafts' link).
    for (const name of [
      'Accueil',
      'Chronologie',
      'Organigramme',
      'Projets',
      'Citations',
      'Synthèse',
    ])
      await expect(nav.getByRole('link', { name })).toBeVisible();
    // One row: a link with a badge (the drafts' count) is taller, so tops may differ by a pixel or two.
    expect(Math.max(...linkTops) - Math.min(...linkTops)).toBeLessThanOrEqual(4);
    // Every part of the header crosses the views' line: nothing wrapped under it.
    const line = await box(nav);
    const middle = line.y + line.height / 2;
    for (const part of [
      page.getByRole('link', { name: 'Dossier' }),
      page.getByRole('button', { name: /Rechercher/ }),
      page.getByRole('button', { name: /Raccourcis/ }),
      page.getByRole('group', { name: 'Langue de l’interface' }),
    ]) {
      const b = await box(part);
      expect(b.y).toBeLessThan(middle);
      expect(b.y + b.height).toBeGreaterThan(middle);
    }
    // Readable, not shrunk to fit.
    const size = await nav
      .getByRole('link', { name: 'Accueil' })
      .evaluate((l) => parseFloat(getComputedStyle(l).fontSize));
    expect(size).toBeGreaterThanOrEqual(16);
  });
});

test('the header switches the language, and the choice is remembered across visits', async ({
  page,
}) => {
  await page.goto('/timeline');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page
    .getByRole('group', { name: 'Interface language' })
    .getByRole('button', { name: 'Français' })
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('search', { name: 'Filtre' })).toBeVisible();

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('link', { name: 'Organigramme' })).toBeVisible();

  await page
    .getByRole('group', { name: 'Langue de l’interface' })
    .getByRole('button', { name: 'English' })
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Org', exact: true })).toBeVisible();
});

/** Every English interface string that reads differently in French, from every catalog. */
async function englishOnlyStrings(): Promise<string[]> {
  const root = path.resolve(import.meta.dirname, '../src');
  const files = (await readdir(root, { recursive: true })).filter(
    (file) => path.basename(file) === 'messages.ts',
  );
  const strings = new Set<string>();
  for (const file of files) {
    const module: Record<string, unknown> = await import(path.join(root, file));
    for (const catalog of Object.values(module)) {
      if (typeof catalog !== 'object' || catalog === null) continue;
      const en: unknown = Reflect.get(catalog, 'en');
      const fr: unknown = Reflect.get(catalog, 'fr');
      if (typeof en !== 'object' || en === null || typeof fr !== 'object' || fr === null) continue;
      for (const [key, value] of Object.entries(en)) {
        // Phrases only: one-word labels ("Source") and separators may be the same in both.
        const phrase = typeof value === 'string' && /[A-Za-z]{2,}\s+\S*[A-Za-z]{2,}/.test(value);
        if (phrase && value !== Reflect.get(fr, key)) {
          strings.add(String(value));
        }
      }
    }
  }
  return [...strings];
}

/** The page's text outside elements marked as English (our translations, data notes). */
function frenchText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true);
    if (!(clone instanceof HTMLElement)) return '';
    for (const english of Array.from(clone.querySelectorAll('[lang="en"]'))) english.remove();
    return clone.innerText;
  });
}

test.describe('every view in French', () => {
  test.use({ locale: 'fr-FR' });

  // No two in a row on the same route: each move below is to another view (see visitInApp).
  const views = [
    '/',
    '/projects',
    '/timeline?person=patrick-hoffstetter',
    '/projects?view=board',
    '/org',
    '/briefing',
    '/quotes?q=client',
    '/briefing?person=patrick-hoffstetter',
    '/people/patrick-hoffstetter',
    '/companies/renault',
    '/sources/bfm-hoffstetter',
  ];

  test('shows no English interface text anywhere', async ({ page }) => {
    test.setTimeout(120_000);
    const english = await englishOnlyStrings();
    expect(english.length).toBeGreaterThan(50);
    // One page load, then every view as a link reaches it.
    for (const [i, view] of views.entries()) {
      if (i === 0) await page.goto(view);
      else await visitInApp(page, view);
      await expect(page.locator('main h1').first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      const text = await frenchText(page);
      const leftovers = english.filter((string) => text.includes(string));
      expect(leftovers, view).toEqual([]);
    }
  });
});
