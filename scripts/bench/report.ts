import type { InitialAssets } from './bundle-size.ts';
import { median, type Summary } from './stats.ts';

export interface RatioSummary {
  /** Median of the per-run ratios (runs are interleaved, so each run pairs its loads). */
  median: number;
  min: number;
  max: number;
}

export interface BenchResults {
  date: string;
  machine: {
    cpus: number;
    cpuModel: string;
    platform: string;
    node: string;
    chromium: string;
  };
  options: { runs: number; samples: number; port: number; viewport: string };
  bundle: InitialAssets;
  corpora: {
    name: string;
    interviews: number | null;
    dataPath: string | null;
    files: number;
    bytes: number;
    timelineItems: number;
    routeIds: { person: string; company: string; source: string };
  }[];
  /** corpus → route → first painted frame (ms since navigation start). */
  firstFrame: Record<string, Record<string, Summary & { values: number[] }>>;
  /** corpus → when the last data file had arrived, on `/` (ms since navigation start). */
  dataDownloaded: Record<string, Summary>;
  /** corpus → JS heap on `/` once ready, MB: as loaded, and after a forced GC. */
  heap: Record<string, { usedMB: Summary; afterGcMB: Summary }>;
  /**
   * corpus → interaction latencies, ms: keydown → the view's list updated in the DOM for the
   * new input (the figures and budgets), and `paint`: keydown → the frame after it.
   */
  interactions: Record<
    string,
    Record<
      'filterPerson' | 'filterCompany' | 'quoteSearch',
      Summary & { values: number[]; paint: Summary; warmups: number[]; errors: string[] }
    >
  >;
  timeline: {
    corpus: string;
    itemCount: number;
    /** Items found in the DOM when each page was ready (last run). */
    itemsSeen: { ours: number; baseline: number; visTimeline: number };
    ours: Summary & { values: number[] };
    baseline: Summary & { values: number[] };
    visTimeline: Summary & { values: number[] };
    /** When each page's data (the folder, or the exported items) had arrived. */
    dataDownloaded: { ours: Summary; baseline: Summary; visTimeline: Summary };
    oursOverBaseline: RatioSummary;
    oursOverVisTimeline: RatioSummary;
  };
  /**
   * At the largest corpus, each run in one context: the fetch + parse + draw floor, then the
   * app's timeline on a first visit and a second one (saved copy), ms since navigation.
   */
  load?: {
    corpus: string;
    floor: Summary & { values: number[] };
    first: Summary & { values: number[] };
    second: Summary & { values: number[] };
    firstOverFloor: RatioSummary;
    secondOverFloor: RatioSummary;
    longestTaskFirst: Summary & { values: number[] };
    longestTaskSecond: Summary & { values: number[] };
    longestTaskFloor: Summary & { values: number[] };
    jsBeforeIdleGzipBytes: number;
    jsFiles: string[];
  };
  budgets: Budget[];
}

export interface Budget {
  name: string;
  value: number;
  limit: number;
  unit: string;
  pass: boolean;
  /** limit − value: positive is room to spare, negative is by how much it is missed. */
  margin: number;
}

export function budget(name: string, value: number, limit: number, unit: string): Budget {
  const pass = Number.isFinite(value) && value <= limit;
  return { name, value, limit, unit, pass, margin: limit - value };
}

export const KB = 1024;

function fmt(value: number, digits = 0): string {
  if (Number.isNaN(value)) return '—';
  if (!Number.isFinite(value)) return 'timeout';
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

const ms = (v: number) => fmt(v, v < 100 ? 1 : 0);

function range(s: { median: number; min: number; max: number }, f: (v: number) => string) {
  return `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
}

function pad(text: string, width: number): string {
  return text.length >= width ? `${text} ` : text + ' '.repeat(width - text.length);
}

function row(cells: string[], widths: number[]): string {
  return cells
    .map((c, i) => pad(c, widths[i] ?? 20))
    .join('')
    .trimEnd();
}

function formatLoad(load: NonNullable<BenchResults['load']>): string[] {
  const x = (v: number) => `×${fmt(v, 2)}`;
  return [
    '',
    `Loading at ${load.corpus} (floor: fetch the same folder + JSON.parse + draw 5,000 rects; same run, same browser)`,
    `  floor                         ${range(load.floor, ms)}  longest task ${range(load.longestTaskFloor, ms)}`,
    `  app, first visit (timeline)   ${range(load.first, ms)}  ${range(load.firstOverFloor, x)} the floor  longest task ${range(load.longestTaskFirst, ms)}`,
    `  app, second visit             ${range(load.second, ms)}  ${range(load.secondOverFloor, x)} the floor  longest task ${range(load.longestTaskSecond, ms)}`,
    `  all JS fetched before idle    ${fmt(load.jsBeforeIdleGzipBytes / KB, 1)} KB gzip in ${load.jsFiles.length} files`,
  ];
}

export function formatReport(r: BenchResults): string {
  const lines: string[] = [];
  const names = r.corpora.map((c) => c.name);
  const w = [34, ...names.map(() => 30)];
  lines.push(
    `Dossier bench · ${r.date} · ${r.machine.cpus} CPUs (${r.machine.cpuModel}) · Node ${r.machine.node} · ${r.machine.chromium}`,
    `runs ${r.options.runs} (interleaved), ${r.options.samples} samples per interaction, viewport ${r.options.viewport}; times in ms, median (min–max) unless said`,
    '',
    `Initial assets, gzip -9 (KB = 1024 B): JS ${fmt(r.bundle.jsGzipBytes / KB, 1)} KB, CSS ${fmt(r.bundle.cssGzipBytes / KB, 1)} KB`,
  );
  for (const a of r.bundle.assets)
    lines.push(`  ${pad(a.file, 44)}${fmt(a.bytes / KB, 1)} KB → ${fmt(a.gzipBytes / KB, 1)} KB`);
  lines.push('', 'Corpora');
  for (const c of r.corpora)
    lines.push(
      `  ${pad(c.name, 10)}${c.interviews === null ? 'built-in data' : `${c.interviews} interviews`}, ${c.files} files, ${fmt(c.bytes / KB / KB, 1)} MB, ${fmt(c.timelineItems)} timeline items; ids: ${c.routeIds.person}, ${c.routeIds.company}, ${c.routeIds.source}`,
    );

  lines.push('', row(['First painted frame', ...names], w));
  const routes = Object.keys(r.firstFrame[names[0] ?? ''] ?? {});
  for (const route of routes)
    lines.push(
      row([`  ${route}`, ...names.map((n) => range(r.firstFrame[n]?.[route] ?? nan(), ms))], w),
    );
  lines.push(
    row(
      [
        '  … on /, data downloaded by',
        ...names.map((n) => range(r.dataDownloaded[n] ?? nan(), ms)),
      ],
      w,
    ),
    row(
      [
        '  JS heap on / after load, MB',
        ...names.map((n) => range(r.heap[n]?.usedMB ?? nan(), (v) => fmt(v, 1))),
      ],
      w,
    ),
    row(
      [
        '  … after a forced GC, MB',
        ...names.map((n) => range(r.heap[n]?.afterGcMB ?? nan(), (v) => fmt(v, 1))),
      ],
      w,
    ),
  );

  lines.push(
    '',
    row(
      [
        'Interactions: keydown → list updated',
        ...names.map((n) => `${n}: median / p95 (n); → paint`),
      ],
      w,
    ),
  );
  const kinds = [
    ['filterPerson', '  filter by person (Enter)'],
    ['filterCompany', '  filter by company (Enter)'],
    ['quoteSearch', '  quote search, per keystroke'],
  ] as const;
  for (const [kind, label] of kinds)
    lines.push(
      row(
        [
          label,
          ...names.map((n) => {
            const s = r.interactions[n]?.[kind];
            if (!s) return '—';
            const failed = s.failed > 0 ? `, ${s.failed} timed out` : '';
            return `${ms(s.median)} / ${ms(s.p95)} (${s.n}${failed}); ${ms(s.paint.median)} / ${ms(s.paint.p95)}`;
          }),
        ],
        w,
      ),
    );
  lines.push(
    row(
      [
        '  first change on a fresh page',
        ...names.map((n) => {
          const i = r.interactions[n];
          if (!i) return '—';
          return `filter ${ms(median(i.filterPerson.warmups))}, search ${ms(median(i.quoteSearch.warmups))}`;
        }),
      ],
      w,
    ),
  );

  const t = r.timeline;
  lines.push(
    '',
    `Timeline, ${fmt(t.itemCount)} items (${t.corpus}): navigation → first frame with its items in the DOM`,
    `  items in the DOM when ready: ${(
      [
        ['ours', t.itemsSeen.ours],
        ['baseline', t.itemsSeen.baseline],
        ['vis-timeline', t.itemsSeen.visTimeline],
      ] as const
    )
      .map(
        ([page, n]) =>
          `${page} ${fmt(n)}${n < t.itemCount ? ' (windowed: ready when stable for 1 s, timed at its last change)' : ''}`,
      )
      .join('; ')}`,
    row(['', 'first frame', 'data downloaded by'], w),
    row(['  ours, /timeline', range(t.ours, ms), range(t.dataDownloaded.ours, ms)], w),
    row(
      ['  plain SVG baseline (floor)', range(t.baseline, ms), range(t.dataDownloaded.baseline, ms)],
      w,
    ),
    row(
      ['  vis-timeline 8.5.4', range(t.visTimeline, ms), range(t.dataDownloaded.visTimeline, ms)],
      w,
    ),
    row(['  ours / baseline', range(t.oursOverBaseline, (v) => `×${fmt(v, 2)}`)], w),
    row(['  ours / vis-timeline', range(t.oursOverVisTimeline, (v) => `×${fmt(v, 2)}`)], w),
  );

  if (r.load) lines.push(...formatLoad(r.load));
  lines.push('', 'Budgets');
  for (const b of r.budgets) {
    const digits = b.unit === '×' ? 2 : 1;
    const value = b.unit === '×' ? `×${fmt(b.value, digits)}` : `${fmt(b.value, digits)} ${b.unit}`;
    const margin = Number.isFinite(b.margin)
      ? `${fmt(Math.abs(b.margin), digits)}${b.unit === '×' ? '' : ` ${b.unit}`} ${b.margin >= 0 ? 'to spare' : 'over'}`
      : 'no figure';
    lines.push(`  ${b.pass ? 'PASS' : 'MISS'}  ${pad(b.name, 52)}${pad(value, 14)}${margin}`);
  }
  return lines.join('\n');
}

function nan() {
  return { median: Number.NaN, min: Number.NaN, max: Number.NaN };
}
