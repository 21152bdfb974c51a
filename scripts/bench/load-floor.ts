import { readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { VIEWPORT } from './measure.ts';

/** Rects the floor page draws, as many as the app's timeline at 1,000 interviews. */
export const FLOOR_RECTS = 5000;
export const FLOOR_DONE = 'floor-done';

/**
 * The honest floor for a design that loads everything: fetch the same folder's manifest and
 * every file it lists (six at a time, as the app), `JSON.parse` each, then draw 5,000 SVG
 * rects. No checks, no index: what any app that loads the whole folder must pay at least.
 */
const floorScript = `(async () => {
  const data = new URLSearchParams(location.search).get('data');
  if (!data || !data.startsWith('/') || data.startsWith('//')) throw new Error('?data= must be a path on this site');
  const base = data.endsWith('/') ? data : data + '/';
  const manifest = await (await fetch(base + 'manifest.json')).json();
  const parsed = [];
  let next = 0;
  const worker = async () => {
    while (next < manifest.files.length) {
      const file = manifest.files[next++];
      const text = await (await fetch(base + file)).text();
      parsed.push(JSON.parse(text));
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('width', '1200');
  svg.setAttribute('height', String((${FLOOR_RECTS} / 50) * 22));
  for (let i = 0; i < ${FLOOR_RECTS}; i += 1) {
    const rect = document.createElementNS(NS, 'rect');
    rect.setAttribute('x', String((i % 50) * 24));
    rect.setAttribute('y', String(Math.floor(i / 50) * 22));
    rect.setAttribute('width', '20');
    rect.setAttribute('height', '18');
    rect.setAttribute('fill', '#2f6db5');
    svg.appendChild(rect);
  }
  document.body.appendChild(svg);
  requestAnimationFrame(() => setTimeout(() => {
    document.body.dataset.files = String(parsed.length);
    document.body.classList.add('${FLOOR_DONE}');
  }, 0));
})().catch((error) => { document.body.append('Failed: ' + error.message); });
`;

export async function writeFloorPage(distDir: string): Promise<string> {
  const dir = path.join(distDir, 'bench-pages');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'load-floor.js'), floorScript);
  await writeFile(
    path.join(dir, 'load-floor.html'),
    `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Floor: fetch + parse + draw</title></head>
  <body><script src="load-floor.js"></script></body>
</html>
`,
  );
  return '/bench-pages/load-floor.html';
}

/** Collects long tasks (Long Tasks API) from navigation start; read as `window.__loadBench`. */
const longTaskProbe = `(() => {
  const state = { longest: 0, tasks: 0 };
  window.__loadBench = state;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        state.tasks += 1;
        state.longest = Math.max(state.longest, entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

export interface LoadVisit {
  /** First frame with the awaited elements, ms since navigation start. */
  ready: number;
  /** The longest main-thread task from navigation to ready (Long Tasks API, ≥ 50 ms), ms. */
  longestTask: number;
}

export interface LoadMeasure {
  floor: LoadVisit;
  first: LoadVisit;
  second: LoadVisit;
  /** gzip -9 bytes of every JS file the page and its worker fetched until idle after ready. */
  jsBeforeIdleGzipBytes: number;
  jsFiles: string[];
}

const READY_TIMEOUT_MS = 180_000;
/** Quiet time after ready, for "all JS fetched before idle". */
const IDLE_MS = 3000;

async function visit(page: Page, url: string, selector: string): Promise<LoadVisit> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector(selector, { state: 'attached', timeout: READY_TIMEOUT_MS });
  // The frame that shows it.
  const ready = await page.evaluate(
    () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
  );
  const longestTask = await page.evaluate(() => {
    const state: unknown = Reflect.get(window, '__loadBench');
    const longest: unknown =
      typeof state === 'object' && state !== null ? Reflect.get(state, 'longest') : 0;
    return typeof longest === 'number' ? longest : 0;
  });
  return { ready, longestTask };
}

/**
 * In one browser context: the floor page, then the app's first visit to `appUrl` (cold: no
 * saved copy, no HTTP cache), then a second visit (the saved copy, the HTTP cache warm).
 */
export async function measureLoad(
  browser: Browser,
  base: string,
  distDir: string,
  floorUrl: string,
  appUrl: string,
  appSelector: string,
): Promise<LoadMeasure> {
  const floorContext = await browser.newContext({ viewport: VIEWPORT });
  let floor: LoadVisit;
  try {
    const page = await floorContext.newPage();
    await page.addInitScript(longTaskProbe);
    floor = await visit(page, base + floorUrl, `body.${FLOOR_DONE}`);
  } finally {
    await floorContext.close();
  }
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const js = new Set<string>();
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.endsWith('.js') && url.pathname.startsWith('/assets/')) js.add(url.pathname);
    });
    const page = await context.newPage();
    await page.addInitScript(longTaskProbe);
    const first = await visit(page, base + appUrl, appSelector);
    await page.waitForTimeout(IDLE_MS);
    const jsFiles = [...js].sort();
    let jsBeforeIdleGzipBytes = 0;
    for (const file of jsFiles) {
      const content = await readFile(path.join(distDir, file));
      jsBeforeIdleGzipBytes += gzipSync(content, { level: 9 }).length;
    }
    // The saved copy is written by the worker after the view shows: wait until it is there.
    await page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('dossier-datasets');
          open.onerror = () => resolve(false);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('checked')) return resolve(false);
            const count = db.transaction('checked').objectStore('checked').count();
            count.onsuccess = () => resolve(count.result > 0);
            count.onerror = () => resolve(false);
          };
        }),
      undefined,
      { timeout: 60_000, polling: 500 },
    );
    const second = await visit(page, base + appUrl, appSelector);
    return { floor, first, second, jsBeforeIdleGzipBytes, jsFiles };
  } finally {
    await context.close();
  }
}
