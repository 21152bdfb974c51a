/**
 * `npm run briefing -- --person <id> | --company <id> [… more] [--lang fr] [--today YYYY-MM-DD]
 * --out file.pdf`: the meeting brief printed to PDF headlessly in Debian's Chromium, for use in
 * scripts; `--today` fixes the date the brief is printed on, for reproducible prints.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../playwright.config.ts';
import { startPreview } from './lib/preview-server.ts';
import { briefingPath, printBriefing } from './lib/print-briefing.ts';

const usage =
  'usage: npm run briefing -- (--person <id> | --company <id>)… [--lang en|fr] [--today YYYY-MM-DD] --out <file.pdf>';

const { values } = parseArgs({
  options: {
    person: { type: 'string', multiple: true, default: [] },
    company: { type: 'string', multiple: true, default: [] },
    out: { type: 'string' },
    lang: { type: 'string', default: 'en' },
    today: { type: 'string' },
    port: { type: 'string', default: process.env.BRIEFING_PORT ?? '4189' },
  },
});

const { lang } = values;
if (!values.out || values.person.length + values.company.length === 0) {
  console.error(usage);
  process.exit(2);
}
if (lang !== 'en' && lang !== 'fr') {
  console.error(`--lang: en or fr, not "${lang}"\n${usage}`);
  process.exit(2);
}

let today: Date | null = null;
if (values.today !== undefined) {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(values.today)
    ? new Date(`${values.today}T12:00:00Z`)
    : null;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== values.today) {
    console.error(`--today: a day written YYYY-MM-DD, not "${values.today}"\n${usage}`);
    process.exit(2);
  }
  today = day;
}

const server = await startPreview(Number(values.port));
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
  headless: true,
});
try {
  const page = await browser.newPage();
  const path = briefingPath({ person: values.person, company: values.company });
  // An unknown subject: the page says so, and a PDF of the rest would pass for complete.
  const { pdf, notices } = await printBriefing(page, server.url + path, lang, today).catch(
    async (error: unknown) => {
      const notice = await page.getByRole('status', { name: 'Filter notices' }).allTextContents();
      throw notice.length > 0 ? new Error(notice.join(' ')) : error;
    },
  );
  if (notices.length > 0) throw new Error(notices.join(' '));
  await writeFile(values.out, pdf);
  console.log(`${values.out}: ${path}, ${pdf.length} bytes`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
