import { expect, type Page } from '@playwright/test';

/**
 * Moves the loaded app to another view as one of its links does, through `history.pushState`
 * (which the router watches), instead of a full reload: the app's code and the data folder stay
 * loaded, so a test that walks every view pays for one page load, not one per view. Returns
 * once the new view's heading is on screen: the old view's headings are marked before the move,
 * so they cannot stand in for it. That needs another route: a move within one view (its search
 * only) may keep the same heading, so it is refused here. The first visit of a test is
 * `page.goto`: that one checks the page itself loads.
 */
export async function visitInApp(page: Page, url: string): Promise<void> {
  const { pathname } = new URL(url, 'http://app.invalid');
  if (new URL(page.url()).pathname === pathname) {
    throw new Error(`visitInApp: ${url} is the view already shown; use page.goto`);
  }
  await page.evaluate((href) => {
    for (const heading of Array.from(document.querySelectorAll('main h1'))) {
      heading.setAttribute('data-left-behind', '');
    }
    const state: unknown = history.state;
    const previous =
      typeof state === 'object' && state !== null ? Reflect.get(state, '__TSR_index') : 0;
    const key = Math.random().toString(36).slice(2, 10);
    history.pushState(
      { key, __TSR_key: key, __TSR_index: (typeof previous === 'number' ? previous : 0) + 1 },
      '',
      href,
    );
  }, url);
  await expect(page).toHaveURL((address) => address.pathname === pathname);
  await expect(page.locator('main h1:not([data-left-behind])').first()).toBeVisible();
}
