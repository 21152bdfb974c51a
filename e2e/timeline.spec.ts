import { expect, test } from './fixtures.ts';

test('filter the timeline by person through the UI; reload and back keep the URL honest', async ({
  page,
}) => {
  await page.goto('/timeline');
  await expect(page.getByRole('group', { name: 'Patrick Pélata' })).toBeVisible();

  const combobox = page.getByRole('combobox', { name: 'Filter by person or company' });
  await combobox.fill('hoffst');
  await page.getByRole('option', { name: /Patrick Hoffstetter/ }).click();
  await expect(page).toHaveURL(/\/timeline\?person=patrick-hoffstetter$/);
  await expect(page.getByRole('group', { name: 'Patrick Pélata' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Applied filters' })).toContainText(
    'Person: Patrick Hoffstetter',
  );

  await page.reload();
  await expect(page.getByRole('group', { name: 'Patrick Hoffstetter' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Patrick Pélata' })).toHaveCount(0);

  await page.goBack();
  await expect(page).toHaveURL(/\/timeline$/);
  await expect(page.getByRole('group', { name: 'Patrick Pélata' })).toBeVisible();
});

test('the filter follows the user to another view', async ({ page }) => {
  await page.goto('/timeline?company=salesforce');
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Overview' })
    .click();
  await expect(page).toHaveURL(/\/\?company=salesforce$/);
  await expect(page.getByRole('list', { name: 'Applied filters' })).toContainText(
    'Company: Salesforce',
  );
});

test('an unknown id in the URL shows a notice and no filter', async ({ page }) => {
  await page.goto('/timeline?person=nobody');
  await expect(page.getByRole('status', { name: 'Filter notices' })).toContainText(
    'No person with id “nobody”; that value is ignored.',
  );
  await expect(page.getByRole('group', { name: 'Patrick Hoffstetter' })).toBeVisible();
});

test('keyboard: reach an item, open its details, follow its evidence to the source', async ({
  page,
}) => {
  await page.goto('/timeline?person=patrick-hoffstetter');
  const first = page
    .getByRole('group', { name: 'Patrick Hoffstetter' })
    .getByRole('button')
    .first();
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details).toBeVisible();
  await expect(page).toHaveURL(/item=/);
  await details
    .getByRole('link', { name: /Show in BFM Business/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/sources\/bfm-hoffstetter\?(.*&)?record=/);
  await expect(page.locator('.source-text [aria-current="true"]').first()).toBeVisible();
});

test('zoom and pan change the visible range', async ({ page }) => {
  await page.goto('/timeline');
  const range = page.getByText(/^Showing \d{4}–\d{4}$/);
  const before = await range.textContent();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(range).not.toHaveText(before ?? '');
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(range).toHaveText(before ?? '');
});

for (const viewport of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`opening an item keeps the page where it is and shows the details on screen (${viewport.name})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/timeline');
    const item = page.getByRole('group', { name: 'Patrick Pélata' }).getByRole('button').first();
    await item.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 40));
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(200);
    await item.click();
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect(details).toBeVisible();
    await expect(page).toHaveURL(/item=/);
    await expect(details.getByRole('heading', { name: 'Details' })).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    await expect(item).toBeInViewport();
    await expect(details.getByRole('heading', { name: 'Details' })).toBeInViewport();

    await details.getByRole('button', { name: 'Close' }).click();
    await expect(details).toHaveCount(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
  });
}

test('the legend is open on the first visit only, then remembered as the reader left it', async ({
  page,
}) => {
  await page.goto('/timeline');
  const legend = page.locator('details.tl-legend');
  const summary = page.getByText('How to read the timeline');
  await expect(legend).toHaveAttribute('open', '');
  await page.reload();
  await expect(summary).toBeVisible();
  await expect(legend).not.toHaveAttribute('open');
  // Closed, the compact key still says what the shapes are, beside the chart's controls.
  await expect(legend.locator('.tl-legend__key')).toContainText('project');
  await summary.click();
  await expect(legend).toHaveAttribute('open', '');
  await page.reload();
  await expect(page.getByText('How to read the timeline')).toBeVisible();
  await expect(legend).toHaveAttribute('open', '');
});

test('zoomed to 2003–08, every bar on screen keeps a visible name inside the chart, covering nothing', async ({
  page,
}) => {
  await page.goto('/timeline');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page.getByText(/^Showing \d{4}–\d{4}$/)).toHaveText('Showing 2003–2008');
  const projects = page.getByRole('group', { name: 'Projects' });
  await expect(projects.getByRole('button').first()).toBeVisible();

  const layout = await page.locator('.tl-chart').evaluate((chart) => {
    type Box = { left: number; right: number; top: number; bottom: number };
    const box = (element: Element): Box => {
      const r = element.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    return Array.from(chart.querySelectorAll('[role="group"]')).map((lane) => {
      const track = lane.querySelector('.tl-lane__track');
      return {
        lane: lane.querySelector('.tl-lane__title')?.textContent ?? '',
        track: track ? box(track) : null,
        items: Array.from(lane.querySelectorAll('button.tl-item')).map((item) => {
          const label = item.querySelector('.tl-item__label');
          return {
            name: item.getAttribute('aria-label') ?? '',
            bar: box(item),
            label: label ? box(label) : null,
            text: label?.textContent ?? '',
          };
        }),
      };
    });
  });

  const overlap = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
  const problems: string[] = [];
  let projectBarsOnScreen = 0;
  for (const { lane, track, items } of layout) {
    if (!track) throw new Error(`lane ${lane} has no track`);
    for (const item of items) {
      const onScreen = item.bar.right > track.left && item.bar.left < track.right;
      if (!onScreen) continue;
      if (lane === 'Projects') projectBarsOnScreen += 1;
      const { label } = item;
      if (!label || item.text === '' || label.right - label.left < 30) {
        problems.push(`${item.name}: no visible label`);
        continue;
      }
      if (label.left < track.left - 1 || label.right > track.right + 1) {
        problems.push(`${item.name}: label runs out of the chart`);
      }
      for (const other of items) {
        if (other === item) continue;
        if (overlap(label, other.bar) || (other.label && overlap(label, other.label))) {
          problems.push(`${item.name}: label covers ${other.name}`);
        }
      }
    }
  }
  expect(projectBarsOnScreen).toBeGreaterThanOrEqual(9);
  expect(problems).toEqual([]);
});
