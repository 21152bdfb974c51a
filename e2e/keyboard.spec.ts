import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * Keyboard-only journeys: every step uses page.keyboard, never the mouse. After every key the
 * focused element must be a real element (not <body>) with a visible focus ring.
 */

interface FocusState {
  tag: string;
  className: string;
  text: string;
  outline: string;
  boxShadow: string;
}

async function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) {
      return { tag: 'body', className: '', text: '', outline: 'none', boxShadow: 'none' };
    }
    const style = getComputedStyle(element);
    return {
      tag: element.tagName.toLowerCase(),
      className: element.getAttribute('class') ?? '',
      text: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim(),
      outline:
        style.outlineStyle === 'none' ? 'none' : `${style.outlineStyle} ${style.outlineWidth}`,
      boxShadow: style.boxShadow,
    };
  });
}

/** Focus is on an element (not lost to <body>) and shows an outline or a box-shadow ring. */
async function expectVisibleFocus(page: Page) {
  const state = await focusState(page);
  expect(state.tag, 'focus was lost to <body>').not.toBe('body');
  const ring =
    (state.outline !== 'none' && !state.outline.endsWith(' 0px')) || state.boxShadow !== 'none';
  expect(ring, `no visible focus on <${state.tag}> “${state.text}”`).toBe(true);
}

async function press(page: Page, key: string) {
  await page.keyboard.press(key);
  await expectVisibleFocus(page);
}

/** Tabs (checking the ring at every stop) until the focused element matches, or fails. */
async function tabTo(page: Page, matches: (state: FocusState) => boolean, key = 'Tab') {
  for (let i = 0; i < 80; i += 1) {
    await press(page, key);
    if (matches(await focusState(page))) return;
  }
  throw new Error(`never reached the element by ${key}`);
}

const isTimelineItem = (s: FocusState) => s.className.split(' ').includes('tl-item');

async function start(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('h1')).toHaveCount(1);
}

test('filtering: pick a person in the typeahead and remove the chip, by keyboard only', async ({
  page,
}) => {
  await start(page, '/timeline');
  await tabTo(page, (s) => s.tag === 'input' && s.text === '');
  const combobox = page.getByRole('combobox', { name: 'Filter by person or company' });
  await expect(combobox).toBeFocused();

  await page.keyboard.type('hoff');
  await press(page, 'ArrowDown');
  await expect(page.getByRole('option', { name: /Patrick Hoffstetter/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await press(page, 'Enter');
  await expect(page).toHaveURL(/[?&]person=patrick-hoffstetter(&|$)/);
  const chips = page.getByRole('list', { name: 'Applied filters' });
  await expect(chips).toContainText('Person: Patrick Hoffstetter');
  await expect(combobox).toBeFocused();

  await tabTo(page, (s) => s.text === 'Remove filter Patrick Hoffstetter');
  await press(page, 'Enter');
  await expect(page).not.toHaveURL(/person=/);
  await expect(chips).toHaveCount(0);
  // The chip's button is gone; focus goes back to the typeahead rather than to <body>.
  await expect(combobox).toBeFocused();
});

test('timeline: arrows move between items, Enter opens details, Escape returns to the item', async ({
  page,
}) => {
  await start(page, '/timeline');
  await tabTo(page, isTimelineItem);
  const first = await focusState(page);

  await press(page, 'ArrowRight');
  const second = await focusState(page);
  expect(second.text).not.toBe(first.text);
  await press(page, 'ArrowDown');
  await press(page, 'ArrowUp');
  await press(page, 'ArrowLeft');
  const item = await focusState(page);

  await press(page, 'Enter');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details).toBeVisible();
  await expect(page).toHaveURL(/item=/);
  await expect(details.getByRole('heading', { name: 'Details' })).toBeFocused();

  await press(page, 'Escape');
  await expect(details).toHaveCount(0);
  await expect(page).not.toHaveURL(/item=/);
  expect((await focusState(page)).text).toBe(item.text);

  // Close by its button: focus comes back to the item too.
  await press(page, 'Enter');
  await expect(details).toBeVisible();
  await tabTo(page, (s) => s.text === 'Close');
  await press(page, 'Enter');
  await expect(details).toHaveCount(0);
  expect((await focusState(page)).text).toBe(item.text);
});

test('org view: tab through the chart and open a person from it', async ({ page }) => {
  await start(page, '/org?company=renault');
  await tabTo(page, (s) => s.text === 'Renault organization chart');
  await tabTo(page, (s) => s.tag === 'a' && s.text === 'Patrick Hoffstetter');
  await press(page, 'Enter');
  await expect(page).toHaveURL(/\/people\/patrick-hoffstetter/);
  await expect(page.getByRole('heading', { level: 1, name: 'Patrick Hoffstetter' })).toBeVisible();
});

test('opening a passage: from a record’s details to the highlighted passage in the source', async ({
  page,
}) => {
  await start(page, '/timeline?person=patrick-hoffstetter');
  await tabTo(page, isTimelineItem);
  await press(page, 'Enter');
  await expect(page.getByRole('complementary', { name: 'Details' })).toBeVisible();
  await tabTo(page, (s) => s.tag === 'a' && s.text.startsWith('Show in BFM Business'));
  // Enter navigates: the link goes with the view, and focus is given to the passage once the
  // reader is drawn (checked below), not at the instant of the key.
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/sources\/bfm-hoffstetter\?(.*&)?record=/);
  const passage = page.locator('.source-text [aria-current="true"]').first();
  await expect(passage).toBeVisible();
  // Focus lands on the highlighted passage, not on <body>.
  await expect(passage).toBeFocused();
  await expectVisibleFocus(page);
  await expect(passage).toBeInViewport();
});
