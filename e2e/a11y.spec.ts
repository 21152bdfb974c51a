import type { Page } from '@playwright/test';
import { axeReport, expectNoViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { visitInApp } from './visit-in-app.ts';

/** Waits for a view to be ready: its one h1 and no loading screen. */
async function ready(page: Page) {
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByText(/^Loading/)).toHaveCount(0);
}

/**
 * Every view, in three walks: the first view of each is loaded, the others are reached in the
 * loaded app as its links reach them (`visitInApp`), so 20 views cost three page loads, not 20.
 * Each view is a step of its own, and its axe result a soft assertion: a view that fails does
 * not hide the next one's result. Two views of the same route never follow each other (the
 * heading that marks the move would be the same element).
 */
const walks = [
  [
    '/',
    '/timeline',
    '/org',
    '/projects',
    '/quotes',
    '/people/patrick-hoffstetter',
    '/companies/renault',
  ],
  [
    '/sources/bfm-hoffstetter',
    '/briefing',
    '/no-such-view',
    '/briefing?company=renault',
    '/sources/itespresso-pelata',
    '/briefing?person=patrick-hoffstetter',
    '/people/patrick-pelata',
  ],
  [
    '/?person=patrick-pelata',
    '/timeline?person=patrick-pelata&voice=interviewee',
    '/org?company=renault',
    '/projects?view=board',
    '/quotes?q=exp',
    '/companies/salesforce',
  ],
];

/**
 * Loads the first route of `walk` and moves to each next one in the app, each a step: the view
 * ready, axe's result as a soft assertion (a failing view does not hide the next), then `also`.
 */
async function walkViews(
  page: Page,
  walk: readonly string[],
  label: string,
  also: () => Promise<void>,
) {
  for (const [i, route] of walk.entries()) {
    await test.step(route, async () => {
      if (i === 0) await page.goto(route);
      else await visitInApp(page, route);
      await ready(page);
      const report = await axeReport(page);
      expect.soft(report, `axe violations on ${route}${label}:\n${report.join('\n')}`).toEqual([]);
      await also();
    });
  }
}

for (const walk of walks) {
  test(`axe: no violations, and landmarks and headings make sense, on ${walk.join(', ')}`, async ({
    page,
  }) => {
    await walkViews(page, walk, '', () => expectLandmarksAndOutline(page));
  });
}

// A folder `data=` refuses or cannot read: the error screens, each on its own load.
for (const route of ['/?data=//evil.example/', '/?data=/no-such-folder/']) {
  test(`axe: no violations on ${route}`, async ({ page }) => {
    await page.goto(route);
    await ready(page);
    await expectNoViolations(page, route);
  });
}

for (const route of ['/briefing?person=patrick-hoffstetter', '/briefing?company=renault']) {
  test(`axe: no violations on ${route} in print emulation`, async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(route);
    await ready(page);
    await expectNoViolations(page, `${route} (print)`);
  });
}

test('axe: no violations on the timeline with a details panel open', async ({ page }) => {
  await page.goto('/timeline');
  await ready(page);
  await page
    .getByRole('group', { name: 'Patrick Hoffstetter' })
    .getByRole('button')
    .first()
    .click();
  await expect(page.getByRole('complementary', { name: 'Details' })).toBeVisible();
  await expectNoViolations(page, '/timeline with details');
});

// The reader with a record selected, its translation shown, and either highlight setting.
for (const highlightAll of [true, false]) {
  test(`axe: no violations on the source reader with the translation shown and ${highlightAll ? 'every passage' : 'only the selected record’s'} highlighted`, async ({
    page,
  }) => {
    for (const source of ['bfm-hoffstetter?record=renault-digital-factory', 'itespresso-pelata']) {
      await page.goto(`/sources/${source}`);
      await ready(page);
      await page.getByRole('checkbox', { name: 'Show English translation' }).check();
      await page.getByRole('checkbox', { name: 'Highlight all passages' }).setChecked(highlightAll);
      await expect(
        page.getByText('A many-sided career').or(page.getByText(/^ITespresso\.fr: What about/)),
      ).toBeVisible();
      await expectNoViolations(page, `/sources/${source} translated, highlightAll=${highlightAll}`);
    }
  });
}

test('axe: no violations with quick find open and showing results', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Quick find' });
  await dialog.getByRole('combobox').fill('renault');
  await expect(dialog.getByRole('group', { name: 'Organization' })).toBeVisible();
  await expectNoViolations(page, '/ with quick find open');
});

test('axe: no violations with the keyboard shortcuts help open', async ({ page }) => {
  await page.goto('/timeline');
  await ready(page);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectNoViolations(page, '/timeline with the shortcuts help open');
});

test('axe: no violations with the export menu open', async ({ page }) => {
  await page.goto('/quotes?person=patrick-pelata');
  await ready(page);
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('group', { name: 'Export the records shown' })).toBeVisible();
  await expectNoViolations(page, '/quotes with the export menu open');
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });

  for (const walk of [
    ['/', '/timeline', '/org'],
    ['/projects', '/quotes', '/briefing?person=patrick-hoffstetter'],
  ]) {
    test(`axe: no violations in French on ${walk.join(', ')}`, async ({ page }) => {
      await walkViews(page, walk, ' in French', () =>
        expect(page.locator('html')).toHaveAttribute('lang', 'fr'),
      );
    });
  }
});

test('axe: no violations on the source reader with a passage selected', async ({ page }) => {
  await page.goto('/timeline?person=patrick-hoffstetter');
  await ready(page);
  await page
    .getByRole('group', { name: 'Patrick Hoffstetter' })
    .getByRole('button')
    .first()
    .click();
  await page
    .getByRole('complementary', { name: 'Details' })
    .getByRole('link', { name: /Show in BFM Business/ })
    .first()
    .click();
  await expect(page.locator('.source-text [aria-current="true"]').first()).toBeVisible();
  await expectNoViolations(page, '/sources with a passage selected');
});

/** Levels of the headings a screen reader lists, in document order (hidden ones excluded). */
function headingOutline(page: Page): Promise<{ level: number; name: string }[]> {
  // One round trip for all of them, not two per heading.
  return page.getByRole('heading').evaluateAll((headings) =>
    headings.map((element) => {
      const explicit = Number(element.getAttribute('aria-level'));
      const level = explicit > 0 ? explicit : Number(/^H([1-6])$/.exec(element.tagName)?.[1] ?? 2);
      return { level, name: (element.textContent ?? '').trim().slice(0, 60) };
    }),
  );
}

/** One banner, the views' navigation, one main, the filter; one h1 first, no skipped level. */
async function expectLandmarksAndOutline(page: Page) {
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('search', { name: 'Filter' })).toBeVisible();

  const outline = await headingOutline(page);
  const text = outline.map((h) => `${'  '.repeat(h.level - 1)}h${h.level} ${h.name}`).join('\n');
  expect(
    outline.filter((h) => h.level === 1),
    `one h1:\n${text}`,
  ).toHaveLength(1);
  expect(outline[0]?.level, `the outline starts with the h1:\n${text}`).toBe(1);
  const skipped = outline.filter(
    (heading, i) => i > 0 && heading.level > (outline[i - 1]?.level ?? 0) + 1,
  );
  expect(
    skipped.map((heading) => heading.name),
    `headings that skip a level:\n${text}`,
  ).toEqual([]);
}

/** Computed motion of the first element matching the selector. */
function motionOf(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        transition: style.transitionDuration,
        animation: style.animationName,
        animationDuration: style.animationDuration,
      };
    });
}

test('prefers-reduced-motion: transitions, animations and smooth scrolling are off', async ({
  page,
}) => {
  // What the source reader asks scrollIntoView for, recorded before the app runs.
  await page.addInitScript(() => {
    const calls: string[] = [];
    Object.assign(window, { scrollCalls: calls });
    Element.prototype.scrollIntoView = function (options?: boolean | ScrollIntoViewOptions) {
      calls.push(typeof options === 'object' ? (options.behavior ?? 'auto') : 'auto');
    };
  });
  const scrollCalls = () =>
    page.evaluate(() => ('scrollCalls' in window ? String(window.scrollCalls) : ''));
  const record = '/sources/bfm-hoffstetter?record=hoffstetter-sfr';

  // With motion allowed, these do animate: otherwise the check below would prove nothing.
  await page.goto('/timeline?item=hoffstetter-sfr');
  await ready(page);
  expect(await motionOf(page, '.tl-details')).toMatchObject({ animation: 'panel-in' });
  await page.goto(record);
  await ready(page);
  expect((await motionOf(page, '.passage')).transition).not.toMatch(/^0s(, 0s)*$/);
  await expect.poll(scrollCalls).toBe('smooth');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/timeline?item=hoffstetter-sfr');
  await ready(page);
  expect(await motionOf(page, '.tl-details')).toMatchObject({
    animation: 'none',
    animationDuration: '0s',
  });
  await page.goto(record);
  await ready(page);
  expect((await motionOf(page, '.passage')).transition).toMatch(/^0s(, 0s)*$/);
  expect((await motionOf(page, '.nav-list a')).transition).toMatch(/^0s(, 0s)*$/);
  await expect.poll(scrollCalls).toBe('auto');
});

test('colour is never the only carrier: status, precision, voice and highlights have words or shapes', async ({
  page,
}) => {
  // Project status: every badge says its status in words, in the table and on the board.
  for (const route of ['/projects', '/projects?view=board']) {
    await page.goto(route);
    await ready(page);
    for (const text of await page.locator('.status-badge').allInnerTexts())
      expect(text).toMatch(
        // A status the text does not state says so in words too: "in progress (inferred)".
        /^Status:\s*(Planned|In progress|Pilot|Negotiation|Launched|Completed|Ended)( \(inferred\))?$/,
      );
  }

  // Voice: the badge names the voice, and each voice has its own border style too.
  await page.goto('/companies/renault');
  await ready(page);
  const borders = new Set<string>();
  for (const voice of ['interviewee', 'journalist', 'inferred']) {
    const badge = page.locator(`.badge--voice-${voice}`).first();
    await expect(badge).toHaveText(new RegExp(`^Voice: ${voice}$`, 'i'));
    borders.add(await badge.evaluate((element) => getComputedStyle(element).borderTopStyle));
  }
  expect(borders.size).toBe(3);

  // Precision on the timeline: every item says it in its name; the legend explains the shapes.
  await page.goto('/timeline');
  await ready(page);
  const items = page.locator('.tl-item');
  for (const name of await items.evaluateAll((all) => all.map((i) => i.getAttribute('aria-label'))))
    expect(name).toMatch(
      /^(Role|Project|Event): .*(\((exact day|month|year|approximate|range), (stated|inferred)\)|not stated|to the latest source)/,
    );
  await expect(page.locator('.tl-item--circa').first()).toHaveAttribute(
    'aria-label',
    /approximate/,
  );
  await expect(page.locator('.tl-item--inferred').first()).toHaveAttribute(
    'aria-label',
    /inferred/,
  );
  const legend = page.locator('.tl-legend');
  for (const words of ['Dashed outline', 'Hatched', 'Fading edge', 'Diamond', 'Flag (⚑)'])
    await expect(legend).toContainText(words);

  // Highlights in the source reader: the current passage is underlined thicker and bolder, not
  // just tinted, and every passage says how many records cite it.
  await page.goto('/sources/bfm-hoffstetter?record=hoffstetter-sfr');
  await ready(page);
  const shape = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => {
        const style = getComputedStyle(element);
        return {
          underline: parseFloat(style.borderBottomWidth),
          weight: Number(style.fontWeight),
        };
      });
  const current = await shape('.passage[aria-current="true"]');
  const other = await shape('.passage:not([aria-current])');
  expect(current.underline).toBeGreaterThan(other.underline);
  expect(current.weight).toBeGreaterThan(other.weight);
  await expect(page.locator('.passage').first()).toHaveAttribute(
    'aria-label',
    /cited by \d+ record/,
  );
});

// The cheaper settings of axeReport must still catch what axe catches: an image with no text
// alternative, a form field with no label and text too faint to read, added to a view.
test('the axe check reports violations added to a view', async ({ page }) => {
  await page.goto('/quotes');
  await ready(page);
  await page.evaluate(() => {
    const main = document.querySelector('main');
    const image = document.createElement('img');
    image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    const field = document.createElement('input');
    const faint = document.createElement('p');
    faint.textContent = 'Hard to read';
    faint.style.color = '#eeeeee';
    main?.append(image, field, faint);
  });
  const rules = (await axeReport(page)).map((line) => line.split(' ')[0]);
  expect(rules.sort()).toEqual(['color-contrast', 'image-alt', 'label']);
});
