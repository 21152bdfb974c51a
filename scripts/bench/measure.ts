import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { FilterEntity } from './corpora.ts';
import {
  probeScript,
  type FirstFrameResult,
  type InteractionCondition,
  type InteractionResult,
  type ReadyCondition,
} from './probe.ts';

export const VIEWPORT = { width: 1280, height: 800 };
/** Longest wait for one page to be ready (generous: the bench may share a loaded machine). */
const LOAD_TIMEOUT_MS = 180_000;
/** Longest wait for one interaction to show. */
const INTERACTION_TIMEOUT_MS = 5_000;
/** Pause between interactions, so that one's trailing work does not land in the next. */
const GAP_MS = 60;
/** Pause before a new word: longer than the quotes view waits before writing `q=` to the URL. */
const URL_SETTLE_MS = 400;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Rejects after `ms` with `message`; the timer does not keep the process alive. */
async function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface FirstFrame extends FirstFrameResult {
  url: string;
  /** When the last data file (the folder, or the exported items) had arrived, ms. */
  dataDownloaded: number | null;
  /** JS heap in use once ready (CDP JSHeapUsedSize), then after a forced GC, in bytes. */
  heapUsed?: number;
  heapAfterGc?: number;
  /** `performance.memory.usedJSHeapSize` (precise with --enable-precise-memory-info). */
  performanceMemory?: number;
}

interface OpenedPage {
  context: BrowserContext;
  page: Page;
  first: FirstFrame;
}

/**
 * Opens `url` in a fresh context (empty cache) with the probe injected, and resolves once the
 * page reports its first frame meeting `ready`. Throws on a timeout, an error screen, or when
 * `dataPath` is given and the page did not fetch that folder's manifest (the app ignored
 * `?data=`).
 */
async function open(
  browser: Browser,
  base: string,
  url: string,
  ready: ReadyCondition,
  dataPath: string | null,
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // The app fetches its data in a worker, whose requests the page's resource timing does not
    // list: the context sees both, with when each response ended (epoch ms).
    const finished: { path: string; end: number }[] = [];
    context.on('requestfinished', (request) => {
      const timing = request.timing();
      finished.push({
        path: new URL(request.url()).pathname,
        end: timing.startTime + Math.max(timing.responseEnd, 0),
      });
    });
    await page.addInitScript(probeScript(ready));
    await page.goto(base + url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    let result: FirstFrameResult;
    try {
      result = await within(
        page.evaluate('window.__bench.firstFrame') as Promise<FirstFrameResult>,
        LOAD_TIMEOUT_MS,
        `${url}: not ready within ${LOAD_TIMEOUT_MS / 1000} s`,
      );
    } catch (error) {
      const seen = ready.className
        ? await page
            .evaluate(`document.getElementsByClassName(${JSON.stringify(ready.className)}).length`)
            .catch(() => '?')
        : null;
      const detail = [
        seen === null ? '' : `${String(seen)} of ${ready.minCount ?? 1} .${ready.className} seen`,
        pageErrors.length > 0 ? `page errors: ${pageErrors.join('; ')}` : '',
      ]
        .filter(Boolean)
        .join('; ');
      throw new Error(`${(error as Error).message}${detail ? ` (${detail})` : ''}`);
    }
    if (result.error) {
      const text = (await page.evaluate(
        `(document.querySelector('[role=alert]') || document.querySelector('main') || document.body).innerText`,
      )) as string;
      throw new Error(
        `${url} shows “${result.error}” instead of the view:\n${text.replace(/\n+/g, '\n').slice(0, 800)}`,
      );
    }
    if (dataPath !== null) {
      const fetched = finished.some((f) => f.path === `${dataPath}manifest.json`);
      if (!fetched)
        throw new Error(
          `${url} did not fetch ${dataPath}manifest.json: the app ignores ?data=, so this would measure the built-in data`,
        );
    }
    // When the last data file arrived: what of the first frame is download, what is work.
    const prefix = dataPath ?? (ready.appView ? '/data/' : '/bench-data/');
    const timeOrigin = (await page.evaluate('performance.timeOrigin')) as number;
    const ends = finished.filter((f) => f.path.startsWith(prefix)).map((f) => f.end - timeOrigin);
    const dataDownloaded = ends.length > 0 ? Math.max(...ends) : null;
    return { context, page, first: { ...result, url, dataDownloaded } };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** One page load: navigation start to the first frame where the view (or items) is ready. */
export async function measureFirstFrame(
  browser: Browser,
  base: string,
  url: string,
  ready: ReadyCondition,
  dataPath: string | null,
  options: { heap?: boolean } = {},
): Promise<FirstFrame> {
  const { context, page, first } = await open(browser, base, url, ready, dataPath);
  try {
    if (!options.heap) return first;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const heapOf = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    };
    const heapUsed = await heapOf();
    const performanceMemory = (await page.evaluate(
      'performance.memory ? performance.memory.usedJSHeapSize : NaN',
    )) as number;
    await cdp.send('HeapProfiler.collectGarbage');
    const heapAfterGc = await heapOf();
    return { ...first, heapUsed, heapAfterGc, performanceMemory };
  } finally {
    await context.close();
  }
}

/** One interaction's latency in ms, or `Infinity`. */
export interface InteractionSample {
  label: string;
  /** Keydown → the view's list (or figures) updated in the DOM for the new input. */
  toDom: number;
  /** Keydown → the frame after that DOM change was produced. */
  latency: number;
  error?: string;
}

async function arm(
  page: Page,
  condition: InteractionCondition,
  key: string,
  expected = '',
): Promise<void> {
  await page.evaluate(
    `window.__bench.arm(${JSON.stringify(condition)}, ${JSON.stringify(key)}, ${INTERACTION_TIMEOUT_MS}, ${JSON.stringify(expected)})`,
  );
}

async function awaitResult(page: Page, label: string): Promise<InteractionSample> {
  try {
    const r = await within(
      page.evaluate('window.__bench.result()') as Promise<InteractionResult>,
      INTERACTION_TIMEOUT_MS + 2_000,
      'timeout waiting for the page',
    );
    return { label, latency: r.paint - r.keydown, toDom: r.dom - r.keydown };
  } catch (error) {
    return {
      label,
      latency: Number.POSITIVE_INFINITY,
      toDom: Number.POSITIVE_INFINITY,
      error: (error as Error).message,
    };
  }
}

const appReady: ReadyCondition = { appView: true };

/**
 * Filter changes on `url`: for each entity, types its name into the filter box, highlights
 * its option, then times Enter → the chip in "Applied filters" shown and the view drawn for the
 * new filter (its `data-results-for` names the entity); clears between. The first change on the
 * page is a warm-up, returned apart.
 */
export async function measureFilterChanges(
  browser: Browser,
  base: string,
  url: string,
  dataPath: string | null,
  entities: readonly FilterEntity[],
): Promise<{ samples: InteractionSample[]; warmup: InteractionSample }> {
  const { context, page } = await open(browser, base, url, appReady, dataPath);
  try {
    const input = page.getByRole('combobox', { name: 'Filter by person or company' });
    const chips = page.getByRole('list', { name: 'Applied filters' });
    const samples: InteractionSample[] = [];
    let warmup: InteractionSample | undefined;
    const sequence = [entities[0], ...entities].filter((e): e is FilterEntity => !!e);
    for (const [i, entity] of sequence.entries()) {
      await input.fill(entity.name, { timeout: LOAD_TIMEOUT_MS });
      const options = page.getByRole('option');
      await page
        .locator('[role=option][aria-selected=true]')
        .waitFor({ timeout: INTERACTION_TIMEOUT_MS });
      const texts = (await options.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
      // Where the app's own search puts it, checked against what the list reads.
      const target = texts[entity.position] === entity.option ? entity.position : -1;
      if (target < 0)
        throw new Error(
          `typing “${entity.name}” does not offer “${entity.option}” at ${entity.position + 1}: ${texts.join(' | ')}`,
        );
      for (let step = 0; step < target; step += 1) await page.keyboard.press('ArrowDown');
      await options
        .nth(target)
        .and(page.locator('[aria-selected=true]'))
        .waitFor({ timeout: INTERACTION_TIMEOUT_MS });
      await sleep(GAP_MS);
      await arm(page, 'filter-view', 'Enter', entity.id);
      await page.keyboard.press('Enter');
      const sample = await awaitResult(page, `${entity.kind} ${entity.id}`);
      if (Number.isFinite(sample.latency)) {
        const param = new URL(page.url()).searchParams.get(entity.kind);
        if (!param?.split(',').includes(entity.id))
          sample.error = `the URL has ${entity.kind}=${param ?? 'nothing'}, not ${entity.id}`;
      }
      if (sample.error && Number.isFinite(sample.latency)) throw new Error(sample.error);
      if (i === 0) warmup = sample;
      else samples.push(sample);
      if (await chips.count()) {
        await page.getByRole('button', { name: 'Clear filters' }).click();
        await chips.waitFor({ state: 'detached', timeout: LOAD_TIMEOUT_MS });
      }
      await sleep(GAP_MS);
    }
    if (!warmup) throw new Error('no entity to filter by');
    return { samples, warmup };
  } finally {
    await context.close();
  }
}

/**
 * Quote search on `url` (the quotes view): types each word a key at a time, timing keydown →
 * the list drawn for the box's new text (its `data-results-for`), and → the frame after; clears
 * the box between words. The first word's first key is a warm-up, returned apart.
 */
export async function measureQuoteSearch(
  browser: Browser,
  base: string,
  url: string,
  dataPath: string | null,
  words: readonly string[],
  keystrokes: number,
): Promise<{ samples: InteractionSample[]; warmup: InteractionSample }> {
  const { context, page } = await open(browser, base, url, appReady, dataPath);
  try {
    const box = page.getByRole('searchbox', { name: 'Search quotes' });
    const samples: InteractionSample[] = [];
    let warmup: InteractionSample | undefined;
    for (const word of words) {
      if (samples.length >= keystrokes) break;
      await box.fill('');
      await page.waitForFunction(
        `(() => { const c = window.__bench.describe().quoteCount; return c !== null && !c.includes('“'); })()`,
        undefined,
        { timeout: LOAD_TIMEOUT_MS },
      );
      // A pause between words, as a person makes: the cleared query reaches the URL meanwhile.
      await sleep(URL_SETTLE_MS);
      for (const key of word) {
        if (samples.length >= keystrokes) break;
        await arm(page, 'quote-list', key);
        await page.keyboard.press(key);
        const sample = await awaitResult(page, `${word}: ${key}`);
        if (warmup) samples.push(sample);
        else warmup = sample;
        await sleep(GAP_MS);
      }
    }
    if (!warmup) throw new Error('no word to search for');
    return { samples, warmup };
  } finally {
    await context.close();
  }
}
