import type { Page } from 'playwright-core';

export interface BriefingSubjects {
  person: string[];
  company: string[];
}

/** `/briefing?person=a,b&company=c`: the same URL a user prints from. */
export function briefingPath({ person, company }: BriefingSubjects): string {
  const params = new URLSearchParams();
  if (person.length > 0) params.set('person', person.join(','));
  if (company.length > 0) params.set('company', company.join(','));
  return `/briefing?${params.toString().replace(/%2C/g, ',')}`;
}

/**
 * Opens the briefing and prints it to A4 PDF with the page's own print CSS (margins, page
 * numbers), exactly as the browser's Print would.
 */
export async function printBriefing(
  page: Page,
  url: string,
  language: 'en' | 'fr' = 'en',
  today: Date | null = null,
): Promise<{ pdf: Buffer; notices: string[] }> {
  // The brief dates itself and ages its sources from the page's clock: fixed, it prints the
  // same document whatever the day.
  if (today) await page.clock.setFixedTime(today);
  // The app reads its language from storage as it starts (src/i18n/locale.ts), so the choice
  // is stored before any of its scripts run, as a user's earlier choice would be.
  await page.addInitScript((locale) => localStorage.setItem('dossier.locale', locale), language);
  await page.goto(url);
  await page.getByRole('article').first().waitFor();
  // Read before print emulation hides the filter bar that shows them.
  const notices = await page.getByRole('status', { name: 'Filter notices' }).allTextContents();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  return { pdf, notices };
}
