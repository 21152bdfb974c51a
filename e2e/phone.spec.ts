import type { Locator } from '@playwright/test';
import { expectNoViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

const phone = { width: 390, height: 844 };

for (const locale of ['en', 'fr'] as const) {
  test(`on a phone the header and the folded filter take at most 120 px (${locale})`, async ({
    page,
  }) => {
    await page.addInitScript((value) => localStorage.setItem('dossier.locale', value), locale);
    await page.setViewportSize(phone);
    await page.goto('/timeline?company=renault&person=patrick-pelata');
    const filter = page.getByRole('search', { name: locale === 'en' ? 'Filter' : 'Filtre' });
    await expect(filter).toBeVisible();
    const bottom = await filter.evaluate((element) => element.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThanOrEqual(120);
    // Nothing spills sideways out of the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(phone.width);
  });
}

test('on a phone the folded filter opens and works', async ({ page }) => {
  await page.setViewportSize(phone);
  await page.goto('/quotes');
  const toggle = page.getByRole('button', { name: /^Filter( \(\d+ applied\))?$/ });
  await expect(toggle).toHaveText('Filter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const combobox = page.getByRole('combobox', { name: 'Filter by person or company' });
  await expect(combobox).toBeHidden();
  await toggle.click();
  await expect(combobox).toBeVisible();
  await combobox.fill('pelata');
  await page.getByRole('option', { name: /Patrick Pélata/ }).click();
  await expect(page).toHaveURL(/person=patrick-pelata/);
  await toggle.click();
  await expect(page.getByRole('button', { name: 'Filter (1 applied)' })).toBeVisible();
  // Every view stays one tap away, the drafts too, and the language switch keeps its names.
  const views = page.getByRole('navigation', { name: 'Views' });
  await expect(views.getByRole('link')).toHaveCount(7);
  await expect(views.getByRole('link', { name: /^Drafts/ })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Français' })).toBeVisible();
});

/** Whether the element is inside the viewport and is what a tap at its centre would hit. */
async function inSight(link: Locator): Promise<boolean> {
  return link.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return (
      box.left >= 0 &&
      box.right <= window.innerWidth &&
      box.bottom <= window.innerHeight &&
      hit !== null &&
      element.contains(hit)
    );
  });
}

for (const locale of ['en', 'fr'] as const) {
  test(`on a phone every view's link can be seen, the drafts' at once (${locale})`, async ({
    page,
  }) => {
    await page.addInitScript((value) => localStorage.setItem('dossier.locale', value), locale);
    await page.setViewportSize(phone);
    await page.goto('/quotes');
    const views = page.getByRole('navigation', { name: locale === 'en' ? 'Views' : 'Vues' });
    const links = views.getByRole('link');
    await expect(links).toHaveCount(7);
    // The drafts' count is in sight without scrolling the row.
    const drafts = views.getByRole('link', { name: locale === 'en' ? /^Drafts/ : /^Brouillons/ });
    await expect(drafts).toBeVisible();
    expect(await inSight(drafts)).toBe(true);
    // The current view's link is in sight too.
    expect(await inSight(views.locator('a[aria-current="page"]'))).toBe(true);
    // Every other one comes into sight, uncovered, when Tab reaches it.
    for (let i = 0; i < 7; i += 1) {
      const link = links.nth(i);
      await link.focus();
      expect(await inSight(link), await link.innerText()).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(phone.width);
  });

  for (const person of ['patrick-hoffstetter', 'patrick-pelata']) {
    test(`on a phone nothing on ${person}'s briefing is wider than the screen (${locale})`, async ({
      page,
    }) => {
      await page.addInitScript((value) => localStorage.setItem('dossier.locale', value), locale);
      await page.setViewportSize(phone);
      await page.goto(`/briefing?person=${person}`);
      await expect(page.getByRole('table').first()).toBeVisible();
      await expect(page.getByRole('img').first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        phone.width,
      );
      // The projects stay a table for screen readers, their cells under their headers.
      await expect(page.getByRole('table').first().getByRole('columnheader')).toHaveCount(4);
    });
  }
}

test('on a phone the tools for a selection appear in sight, wherever the passage is', async ({
  page,
}) => {
  await page.setViewportSize(phone);
  await page.goto('/sources/bfm-hoffstetter?mode=annotate');
  const paragraph = page.locator('[data-paragraph]').nth(5);
  await expect(paragraph).toBeVisible();
  // A passage near the bottom of the screen: a popover under it would be below the fold.
  await paragraph.evaluate((element) => element.scrollIntoView({ block: 'end' }));
  await paragraph.evaluate((element) => {
    const node = document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode();
    const text = node?.textContent ?? '';
    if (!node || text.length < 20) throw new Error('no text in the paragraph');
    const range = document.createRange();
    range.setStart(node, text.length - 20);
    range.setEnd(node, text.length);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
  const toolbar = page.getByRole('toolbar', { name: 'Create from selection' });
  await expect(toolbar).toBeVisible();
  await expect(toolbar).toBeInViewport({ ratio: 1 });
  await expect(toolbar.getByRole('button', { name: 'Add as evidence' })).toBeInViewport({
    ratio: 1,
  });
  // The tools do not cover the words just selected.
  const overlap = await toolbar.evaluate((element) => {
    const bar = element.getBoundingClientRect();
    const words = getSelection()?.getRangeAt(0).getBoundingClientRect();
    if (!words) throw new Error('no selection');
    return Math.max(0, Math.min(bar.bottom, words.bottom) - Math.max(bar.top, words.top));
  });
  expect(overlap).toBe(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(phone.width);
  await page.screenshot({ path: 'test-results/annotate-phone.png' });
  await expectNoViolations(page, 'annotate mode with a selection, on a phone');
});
