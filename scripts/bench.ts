/**
 * `npm run bench -- [--quick] [--runs N] [--samples N]`: builds the app, generates corpora of 2
 * and 1,000 interviews into dist/bench-data/, serves dist on 127.0.0.1 and measures in Debian's
 * Chromium: each route's first painted frame, filter and quote-search latency, the JS heap,
 * the initial JS and CSS, and the timeline against a plain-SVG floor and vis-timeline. Prints
 * a table and the budgets (PASS/MISS), and writes the figures as JSON. A missed budget still
 * exits 0; a harness failure exits 1.
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../playwright.config.ts';
import { parseArgs, USAGE, type BenchOptions } from './bench/args.ts';
import { initialAssets } from './bench/bundle-size.ts';
import {
  builtInCorpus,
  corpusWithTimelineItems,
  exportTimeline,
  filterEntities,
  makeCorpus,
  routeIds,
  searchWords,
  writeCorpus,
  type Corpus,
  type FilterEntity,
  type RouteIds,
} from './bench/corpora.ts';
import {
  measureFilterChanges,
  measureFirstFrame,
  measureQuoteSearch,
  VIEWPORT,
  type InteractionSample,
} from './bench/measure.ts';
import {
  BASELINE_ITEM_CLASS,
  comparisonUrls,
  VIS_ITEM_CLASS,
  writeComparisonPages,
} from './bench/pages.ts';
import { measureLoad, writeFloorPage, type LoadMeasure } from './bench/load-floor.ts';
import { budget, formatReport, KB, type BenchResults, type RatioSummary } from './bench/report.ts';
import { median, summarize } from './bench/stats.ts';
import { startPreview } from './lib/preview-server.ts';

const DIST = 'dist';
const SEED = 1;
/** A timeline page that windows its items is ready once their number is stable this long. */
const SETTLE_MS = 1000;
/** The whole run gives up after this long, as a harness failure. */
const DEADLINE_MS = 25 * 60_000;

const t0 = Date.now();
const log = (message: string) =>
  process.stderr.write(
    `[bench ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${message}\n`,
  );

async function run(command: string[], what: string): Promise<void> {
  const [bin, ...args] = command;
  if (!bin) throw new Error(`nothing to run for ${what}`);
  const child = spawn(bin, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0) throw new Error(`${what} failed (exit ${String(code)})`);
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function freePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 20; port += 1)
    if (await portIsFree(port)) return port;
  throw new Error(`no free port from ${preferred} to ${preferred + 19}`);
}

function withData(route: string, corpus: Corpus): string {
  return corpus.dataPath === null
    ? route
    : `${route}${route.includes('?') ? '&' : '?'}data=${encodeURIComponent(corpus.dataPath)}`;
}

function routesOf(ids: RouteIds): string[] {
  return [
    '/',
    '/timeline',
    '/org',
    '/projects',
    '/quotes',
    `/people/${ids.person}`,
    `/companies/${ids.company}`,
    `/sources/${ids.source}`,
    '/briefing',
  ];
}

/** Route paths as shown in the table: ids replaced by a placeholder so corpora share rows. */
function routeKey(route: string): string {
  return route.replace(/^\/(people|companies|sources)\/.+$/, '/$1/<id>');
}

/** Element `i` of `list`, cycling. */
function cycle<T>(list: readonly T[], i: number): T {
  const item = list[i % list.length];
  if (item === undefined) throw new Error('empty list');
  return item;
}

function ratios(a: readonly number[], b: readonly number[]): RatioSummary {
  const per = a.map((v, i) => v / (b[i] ?? Number.NaN));
  const finite = per.filter((v) => Number.isFinite(v));
  if (finite.length < per.length) return { median: Number.NaN, min: Number.NaN, max: Number.NaN };
  return { median: median(per), min: Math.min(...per), max: Math.max(...per) };
}

interface CorpusPlan {
  corpus: Corpus;
  ids: RouteIds;
  routes: string[];
  people: FilterEntity[];
  companies: FilterEntity[];
  words: string[];
}

async function prepare(options: BenchOptions): Promise<{
  plans: CorpusPlan[];
  timelineCorpus: Corpus;
  itemsPath: string;
  itemCount: number;
}> {
  let corpora: Corpus[];
  if (options.builtIn) {
    corpora = [await builtInCorpus()];
  } else {
    log('generating corpora of 2 and 1,000 interviews');
    corpora = [await makeCorpus(2, SEED), await makeCorpus(1000, SEED)];
  }
  const largest = corpora[corpora.length - 1];
  if (!largest) throw new Error('no corpus');
  const timelineCorpus = await corpusWithTimelineItems(largest, options.timelineItems, SEED);
  if (timelineCorpus !== largest)
    log(`timeline comparison on ${timelineCorpus.name}: ${timelineCorpus.timelineItems} items`);
  const served = corpora.includes(timelineCorpus) ? corpora : [...corpora, timelineCorpus];
  for (const corpus of served) await writeCorpus(DIST, corpus);

  const exported = exportTimeline(timelineCorpus);
  await mkdir(path.join(DIST, 'bench-data'), { recursive: true });
  const itemsPath = `/bench-data/timeline-${timelineCorpus.name}.json`;
  await writeFile(path.join(DIST, itemsPath), JSON.stringify(exported));
  await writeComparisonPages(DIST);
  await writeFloorPage(DIST);

  const perRun = Math.ceil(options.samples / options.runs);
  const plans = corpora.map((corpus): CorpusPlan => {
    const ids = routeIds(corpus);
    const [people, companies] = filterEntities(corpus, options.samples);
    return {
      corpus,
      ids,
      routes: routesOf(ids),
      people,
      companies,
      words: searchWords(corpus, perRun * options.runs + 40),
    };
  });
  return { plans, timelineCorpus, itemsPath, itemCount: exported.itemCount };
}

async function bench(options: BenchOptions): Promise<BenchResults> {
  const started = Date.now();
  const checkDeadline = () => {
    if (Date.now() - started > DEADLINE_MS)
      throw new Error(`the run took over ${DEADLINE_MS / 60_000} minutes; giving up`);
  };
  if (options.build) {
    log('building (vite build)');
    await run(
      [process.execPath, 'node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
      'vite build',
    );
  }
  const bundle = await initialAssets(DIST);
  const { plans, timelineCorpus, itemsPath, itemCount } = await prepare(options);
  const port = await freePort(options.port);
  log(`serving ${DIST} on 127.0.0.1:${port}`);
  const server = await startPreview(port, DIST);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [...chromiumArgs, '--enable-precise-memory-info'],
      headless: true,
    });
    const base = server.url;
    const perRun = Math.ceil(options.samples / options.runs);

    const firstFrames = new Map<string, Map<string, number[]>>();
    const heapUsed = new Map<string, number[]>();
    const heapAfterGc = new Map<string, number[]>();
    const dataDownloaded = new Map<string, number[]>();
    type Kind = 'filterPerson' | 'filterCompany' | 'quoteSearch';
    const interactions = new Map<string, Record<Kind, InteractionSample[]>>();
    const warmups = new Map<string, Record<Kind, InteractionSample[]>>();
    const timeline = { ours: [] as number[], baseline: [] as number[], vis: [] as number[] };
    const itemsSeen = { ours: 0, baseline: 0, visTimeline: 0 };
    const timelineData = { ours: [] as number[], baseline: [] as number[], vis: [] as number[] };
    const pages = comparisonUrls(itemsPath);

    // Unmeasured loads first: the browser's first pages pay for starting its processes.
    log('warming up');
    for (const plan of plans)
      await measureFirstFrame(
        browser,
        base,
        withData('/', plan.corpus),
        { appView: true },
        plan.corpus.dataPath,
      );
    await measureFirstFrame(
      browser,
      base,
      pages.baseline,
      { appView: false, className: BASELINE_ITEM_CLASS, minCount: itemCount, settleMs: SETTLE_MS },
      null,
    );

    const loads: LoadMeasure[] = [];
    const largest = plans[plans.length - 1]?.corpus;
    for (let runIndex = 0; runIndex < options.runs; runIndex += 1) {
      log(`run ${runIndex + 1}/${options.runs}`);
      if (largest) {
        log(`run ${runIndex + 1}: load at ${largest.name} against the fetch + parse + draw floor`);
        checkDeadline();
        loads.push(
          await measureLoad(
            browser,
            base,
            DIST,
            `/bench-pages/load-floor.html?data=${encodeURIComponent(largest.dataPath ?? '/data/')}`,
            withData('/timeline', largest),
            '.tl-item',
          ),
        );
      }
      if (options.loadOnly) continue;
      for (const plan of plans) {
        const { corpus } = plan;
        const byRoute = firstFrames.get(corpus.name) ?? new Map<string, number[]>();
        firstFrames.set(corpus.name, byRoute);
        for (const route of plan.routes) {
          checkDeadline();
          const heap = route === '/';
          const frame = await measureFirstFrame(
            browser,
            base,
            withData(route, corpus),
            { appView: true },
            corpus.dataPath,
            { heap },
          );
          const key = routeKey(route);
          byRoute.set(key, [...(byRoute.get(key) ?? []), frame.paint]);
          if (heap) {
            dataDownloaded.set(corpus.name, [
              ...(dataDownloaded.get(corpus.name) ?? []),
              frame.dataDownloaded ?? NaN,
            ]);
            heapUsed.set(corpus.name, [
              ...(heapUsed.get(corpus.name) ?? []),
              frame.heapUsed ?? NaN,
            ]);
            heapAfterGc.set(corpus.name, [
              ...(heapAfterGc.get(corpus.name) ?? []),
              frame.heapAfterGc ?? NaN,
            ]);
          }
        }
      }

      // The timeline three, one after the other in every run: A, B, C, A, B, C…
      log(`run ${runIndex + 1}: timeline at ${itemCount} items`);
      checkDeadline();
      const ours = await measureFirstFrame(
        browser,
        base,
        withData('/timeline', timelineCorpus),
        { appView: true, className: 'tl-item', minCount: itemCount, settleMs: SETTLE_MS },
        timelineCorpus.dataPath,
      );
      const baseline = await measureFirstFrame(
        browser,
        base,
        pages.baseline,
        {
          appView: false,
          className: BASELINE_ITEM_CLASS,
          minCount: itemCount,
          settleMs: SETTLE_MS,
        },
        null,
      );
      const vis = await measureFirstFrame(
        browser,
        base,
        pages.vis,
        { appView: false, className: VIS_ITEM_CLASS, minCount: itemCount, settleMs: SETTLE_MS },
        null,
      );
      timeline.ours.push(ours.paint);
      timeline.baseline.push(baseline.paint);
      timeline.vis.push(vis.paint);
      timelineData.ours.push(ours.dataDownloaded ?? NaN);
      timelineData.baseline.push(baseline.dataDownloaded ?? NaN);
      timelineData.vis.push(vis.dataDownloaded ?? NaN);
      Object.assign(itemsSeen, {
        ours: ours.count,
        baseline: baseline.count,
        visTimeline: vis.count,
      });

      for (const plan of plans) {
        const { corpus } = plan;
        log(`run ${runIndex + 1}: interactions on ${corpus.name}`);
        checkDeadline();
        const entities: FilterEntity[] = [];
        for (let j = 0; j < perRun; j += 1) {
          entities.push(cycle(plan.people, runIndex * perRun + j));
          entities.push(cycle(plan.companies, runIndex * perRun + j));
        }
        const filter = await measureFilterChanges(
          browser,
          base,
          withData('/', corpus),
          corpus.dataPath,
          entities,
        );
        const words = plan.words.slice(runIndex * 3).concat(plan.words);
        const search = await measureQuoteSearch(
          browser,
          base,
          withData('/quotes', corpus),
          corpus.dataPath,
          words,
          perRun,
        );
        const got = interactions.get(corpus.name) ?? {
          filterPerson: [],
          filterCompany: [],
          quoteSearch: [],
        };
        got.filterPerson.push(...filter.samples.filter((s) => s.label.startsWith('person ')));
        got.filterCompany.push(...filter.samples.filter((s) => s.label.startsWith('company ')));
        got.quoteSearch.push(...search.samples);
        interactions.set(corpus.name, got);
        const cold = warmups.get(corpus.name) ?? {
          filterPerson: [],
          filterCompany: [],
          quoteSearch: [],
        };
        cold.filterPerson.push(filter.warmup);
        cold.quoteSearch.push(search.warmup);
        warmups.set(corpus.name, cold);
      }
    }

    const names = plans.map((p) => p.corpus.name);
    const results: BenchResults = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
        platform: `${os.platform()} ${os.release()}`,
        node: process.version,
        chromium: `Chromium ${browser.version()}`,
      },
      options: {
        runs: options.runs,
        samples: options.samples,
        port,
        viewport: `${VIEWPORT.width}×${VIEWPORT.height}`,
      },
      bundle,
      corpora: plans.map(({ corpus, ids }) => ({
        name: corpus.name,
        interviews: corpus.interviews,
        dataPath: corpus.dataPath,
        files: corpus.files.size,
        bytes: [...corpus.files.values()].reduce((n, text) => n + Buffer.byteLength(text), 0),
        timelineItems: corpus.timelineItems,
        routeIds: ids,
      })),
      firstFrame: Object.fromEntries(
        names.map((name) => [
          name,
          Object.fromEntries(
            [...(firstFrames.get(name) ?? new Map<string, number[]>())].map(([route, values]) => [
              route,
              { ...summarize(values), values },
            ]),
          ),
        ]),
      ),
      dataDownloaded: Object.fromEntries(
        names.map((name) => [name, summarize(dataDownloaded.get(name) ?? [])]),
      ),
      heap: Object.fromEntries(
        names.map((name) => [
          name,
          {
            usedMB: summarize((heapUsed.get(name) ?? []).map((b) => b / KB / KB)),
            afterGcMB: summarize((heapAfterGc.get(name) ?? []).map((b) => b / KB / KB)),
          },
        ]),
      ),
      interactions: Object.fromEntries(
        names.map((name) => {
          const got = interactions.get(name);
          const cold = warmups.get(name);
          const of = (kind: Kind) => {
            const samples = got?.[kind] ?? [];
            const values = samples.map((s) => s.toDom);
            return {
              ...summarize(values),
              values,
              paint: summarize(samples.map((s) => s.latency)),
              warmups: (cold?.[kind] ?? []).map((s) => s.toDom),
              errors: samples.flatMap((s) => (s.error ? [`${s.label}: ${s.error}`] : [])),
            };
          };
          return [
            name,
            {
              filterPerson: of('filterPerson'),
              filterCompany: of('filterCompany'),
              quoteSearch: of('quoteSearch'),
            },
          ];
        }),
      ),
      timeline: {
        corpus: timelineCorpus.name,
        itemCount,
        itemsSeen,
        ours: { ...summarize(timeline.ours), values: timeline.ours },
        baseline: { ...summarize(timeline.baseline), values: timeline.baseline },
        visTimeline: { ...summarize(timeline.vis), values: timeline.vis },
        dataDownloaded: {
          ours: summarize(timelineData.ours),
          baseline: summarize(timelineData.baseline),
          visTimeline: summarize(timelineData.vis),
        },
        oursOverBaseline: ratios(timeline.ours, timeline.baseline),
        oursOverVisTimeline: ratios(timeline.ours, timeline.vis),
      },
      load: largest && loads.length > 0 ? loadResults(largest.name, loads) : undefined,
      budgets: [],
    };

    // Every interaction measure needs real figures: all samples timing out is a harness failure.
    for (const name of options.loadOnly ? [] : names)
      for (const [kind, s] of Object.entries(results.interactions[name] ?? {}))
        if (s.n === 0 || s.failed === s.n)
          throw new Error(
            `${name} ${kind}: no sample succeeded (${s.errors.slice(0, 3).join('; ')})`,
          );

    const big = plans[plans.length - 1]?.corpus.name ?? '';
    const at = `at ${big}`;
    const i = results.interactions[big];
    const load = results.load;
    results.budgets = [
      budget('initial JS ≤ 150 KB gzip', bundle.jsGzipBytes / KB, 150, 'KB'),
      ...(load
        ? [
            budget(
              'all JS fetched before idle ≤ 180 KB gzip',
              load.jsBeforeIdleGzipBytes / KB,
              180,
              'KB',
            ),
            budget(
              `first view ≤ 1.3× the fetch + parse + draw floor at ${load.corpus}`,
              load.firstOverFloor.median,
              1.3,
              '×',
            ),
            budget(
              `second visit ≤ 0.6× the floor at ${load.corpus}`,
              load.secondOverFloor.median,
              0.6,
              '×',
            ),
            budget(
              `longest main-thread task during load ≤ 100 ms at ${load.corpus}`,
              load.longestTaskFirst.median,
              100,
              'ms',
            ),
          ]
        : []),
      ...(i
        ? [
            budget(`filter by person, median ≤ 16 ms ${at}`, i.filterPerson.median, 16, 'ms'),
            budget(`filter by person, p95 ≤ 50 ms ${at}`, i.filterPerson.p95, 50, 'ms'),
            budget(`filter by company, median ≤ 16 ms ${at}`, i.filterCompany.median, 16, 'ms'),
            budget(`filter by company, p95 ≤ 50 ms ${at}`, i.filterCompany.p95, 50, 'ms'),
            budget(`quote search keystroke, median ≤ 16 ms ${at}`, i.quoteSearch.median, 16, 'ms'),
            budget(`quote search keystroke, p95 ≤ 50 ms ${at}`, i.quoteSearch.p95, 50, 'ms'),
          ]
        : []),
      budget(
        `timeline first frame ≤ 1.3× plain SVG (${itemCount} items)`,
        results.timeline.oursOverBaseline.median,
        1.3,
        '×',
      ),
      budget(
        `timeline first frame faster than vis-timeline (< 1×)`,
        results.timeline.oursOverVisTimeline.median,
        1,
        '×',
      ),
    ];
    // "Faster than" is strict.
    const last = results.budgets[results.budgets.length - 1];
    if (last) last.pass = last.value < 1;
    log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return results;
  } finally {
    await browser?.close();
    server.close();
  }
}

function loadResults(corpus: string, loads: LoadMeasure[]): NonNullable<BenchResults['load']> {
  const of = (values: number[]) => ({ ...summarize(values), values });
  const floor = loads.map((l) => l.floor.ready);
  const first = loads.map((l) => l.first.ready);
  const second = loads.map((l) => l.second.ready);
  const last = loads[loads.length - 1];
  return {
    corpus,
    floor: of(floor),
    first: of(first),
    second: of(second),
    firstOverFloor: ratios(first, floor),
    secondOverFloor: ratios(second, floor),
    longestTaskFirst: of(loads.map((l) => l.first.longestTask)),
    longestTaskSecond: of(loads.map((l) => l.second.longestTask)),
    longestTaskFloor: of(loads.map((l) => l.floor.longestTask)),
    jsBeforeIdleGzipBytes: last?.jsBeforeIdleGzipBytes ?? Number.NaN,
    jsFiles: last?.jsFiles ?? [],
  };
}

async function main(): Promise<number> {
  let options: BenchOptions | 'help';
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  try {
    const results = await bench(options);
    console.log(formatReport(results));
    await mkdir(path.dirname(options.out), { recursive: true });
    await writeFile(options.out, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nJSON: ${options.out}`);
    return 0;
  } catch (error) {
    console.error(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return 1;
  }
}

process.exitCode = await main();
