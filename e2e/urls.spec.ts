import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import path from 'node:path';

/** Hand-made links to each view, each with something the view must ignore and say so. */
const NASTY_LINKS: { url: string; heading: string | RegExp; says: string[] }[] = [
  {
    url: '/?foo=1&constructor=x&__proto__=y&voice=journalist&voice=%E0%A4%A',
    heading: 'Dossier — built-in interviews',
    says: [
      'unknown parameter foo',
      'unknown parameter constructor',
      'voice (“%E0%A4%A” is not properly percent-encoded)',
    ],
  },
  {
    url: '/timeline?item=zzz&item=hoffstetter-sfr&%F0%9F%98%80=1',
    heading: 'Timeline',
    says: ['item (appears 2 times; only the first is read)', 'unknown parameter 😀'],
  },
  {
    url: `/org?asof=2012-13-40${'9'.repeat(60)}`,
    heading: 'Organization',
    says: ['asof (“2012-13-409999', 'is not a year (YYYY) or a month (YYYY-MM))'],
  },
  {
    url: '/projects?view=grid&sort=colour&sort=-dates',
    heading: 'Projects',
    says: [
      'view (“grid” is not “table” or “board”)',
      'sort (appears 2 times; only the first is read)',
    ],
  },
  {
    url: '/quotes?q=%E0%A4%A&q=connect%C3%A9e',
    heading: 'Quotes',
    says: ['q (“%E0%A4%A” is not properly percent-encoded)'],
  },
  {
    url: '/people/patrick-hoffstetter?toString=1&item=x',
    heading: 'Patrick Hoffstetter',
    says: ['unknown parameter toString', 'unknown parameter item'],
  },
  {
    url: '/companies/renault?record=%E2%80%AEx',
    heading: 'Renault',
    says: ['unknown parameter record'],
  },
  {
    url: '/sources/bfm-hoffstetter?at=p9999999999-1&record=x%E2%80%8By',
    heading: /Chief Digital Officer/,
    says: [
      'at (“p9999999999-1” is not a point in the text, like p3-120)',
      'record (“x<U+200B>y” is not a record id)',
    ],
  },
  {
    url: '/briefing?person=patrick-hoffstetter&view=board',
    heading: /Briefing|Patrick Hoffstetter/,
    says: ['unknown parameter view'],
  },
];

async function expectViewWithNotice(page: Page, heading: string | RegExp, says: string[]) {
  await expect(page.getByRole('heading', { level: 1, name: heading }).first()).toBeVisible();
  const notice = page.getByRole('status', { name: 'Link notices' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Ignored from the link:');
  for (const text of says) await expect(notice).toContainText(text);
  await expect(page.getByRole('alert')).toHaveCount(0);
}

for (const { url, heading, says } of NASTY_LINKS) {
  test(`a hand-made link to ${url.slice(0, 60)} shows the view and says what it ignored`, async ({
    page,
  }) => {
    await page.goto(url);
    await expectViewWithNotice(page, heading, says);
  });
}

test('a valid link shows no notice', async ({ page }) => {
  await page.goto('/projects?view=board&sort=-dates&person=patrick-hoffstetter');
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Link notices' })).toHaveCount(0);
});

test('a 100 kB parameter is ignored without freezing the page', async ({ page }) => {
  // The preview server refuses a request line this long, so the page itself is served here: the
  // app still reads the whole link from the address bar.
  const long = `/quotes?q=${'a'.repeat(100_000)}&person=${'b'.repeat(100_000)}`;
  await page.route('**/quotes?q=*', (route) =>
    route.fulfill({ path: path.resolve(process.env.E2E_DIST ?? 'dist', 'index.html') }),
  );
  await page.goto(long);
  await expectViewWithNotice(page, 'Quotes', [
    'q (“aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…” (100,000 characters) is too long to read)',
    'person (“bbbb',
  ]);
});
