/**
 * `npm run screenshots -- [path …]`: serves the build, opens each path in Debian's Chromium at
 * desktop (1280×800) and phone (390×844) sizes, and writes full-page PNGs to artifacts/screens/.
 * For looking at every view before calling it done.
 */
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../playwright.config.ts';

const port = 4179;
const paths =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : ['/', '/sources/itespresso-pelata', '/sources/bfm-hoffstetter'];
const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  {
    stdio: 'ignore',
  },
);
try {
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i += 1) {
    const ready = await fetch(base).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await mkdir('artifacts/screens', { recursive: true });
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
      const file = `artifacts/screens/${viewport.name}${path.replace(/[^a-z0-9]+/gi, '_')}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
