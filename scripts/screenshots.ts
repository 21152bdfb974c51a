/**
 * `npm run screenshots -- [path …]`: serves the build, opens each path in Debian's Chromium at
 * desktop (1280×800) and phone (390×844) sizes, and writes full-page PNGs to artifacts/screens/.
 * For looking at every view before calling it done.
 */
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../playwright.config.ts';
import { startPreview } from './lib/preview-server.ts';

const port = Number(process.env.SCREENSHOT_PORT ?? 4179);
const outDir = process.env.SCREENSHOT_DIST ?? 'dist';
const shotsDir = process.env.SCREENSHOT_DIR ?? 'artifacts/screens';
const paths =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : ['/', '/sources/itespresso-pelata', '/sources/bfm-hoffstetter'];
const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

const server = await startPreview(port, outDir);
try {
  const base = server.url;
  await mkdir(shotsDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
  });
  for (const viewport of viewports) {
    const page = await browser.newPage({ viewport });
    for (const path of paths) {
      await page.goto(base + path);
      await page.waitForLoadState('networkidle');
      const file = `${shotsDir}/${viewport.name}${path.replace(/[^a-z0-9]+/gi, '_')}.png`;
      // SCREENSHOT_FULL=0 keeps to the first screen, for long pages.
      await page.screenshot({ path: file, fullPage: process.env.SCREENSHOT_FULL !== '0' });
      console.log(file);
    }
    await page.close();
  }
  await browser.close();
} finally {
  server.close();
}
