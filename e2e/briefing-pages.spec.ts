import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { briefingPath, printBriefing } from '../scripts/lib/print-briefing.ts';

const TODAY = new Date('2026-12-01T12:00:00Z');

function pagesOf(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
}

function pageText(file: string, page: number): string {
  const range = ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' });
}

// Issue 14: a single person's briefing — page 1 and the person's appendix, with its notes —
// prints on at most 4 A4 pages, in English and in French, read back from the PDF itself.
for (const person of ['patrick-hoffstetter', 'patrick-pelata']) {
  for (const language of ['en', 'fr'] as const) {
    test(`the ${person} briefing in ${language} prints on at most 4 A4 pages`, async ({
      page,
    }, testInfo) => {
      const { pdf, notices } = await printBriefing(
        page,
        briefingPath({ person: [person], company: [] }),
        language,
        TODAY,
      );
      expect(notices).toEqual([]);
      const file = testInfo.outputPath(`${person}-${language}.pdf`);
      writeFileSync(file, pdf);
      const pages = pagesOf(file);
      expect(pages).toBeLessThanOrEqual(4);
      // Nothing dropped to get there: the appendix and its notes are the last pages.
      const last = pageText(file, pages);
      expect(last).toContain(
        language === 'fr' ? `Page ${pages} sur ${pages}` : `Page ${pages} of ${pages}`,
      );
      const all = [...Array(pages).keys()].map((i) => pageText(file, i + 1)).join('\n');
      for (const heading of language === 'fr'
        ? ['SYNTHÈSE · PAGE 1', 'EN BREF', 'CITATIONS', 'INCERTAIN OU DÉDUIT', 'NOTES']
        : ['BRIEFING · PAGE 1', 'SUMMARY', 'QUOTES', 'UNCERTAIN OR INFERRED', 'NOTES']) {
        expect(all).toContain(heading);
      }
    });
  }
}
