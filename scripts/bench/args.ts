export interface BenchOptions {
  /** Interleaved repetitions of every page-load measure. */
  runs: number;
  /** Interactions per measure and corpus, pooled over the runs. */
  samples: number;
  /** Preferred port; the next free one is taken when it is busy. */
  port: number;
  /** Skip `vite build` and reuse dist/ (development only). */
  build: boolean;
  /** Where the JSON results go. */
  out: string;
  /** Timeline size to compare at. */
  timelineItems: number;
  /** Measure the app's built-in data only (no generated corpora, no `?data=`). */
  builtIn: boolean;
  /** Only the load measures (floor, first and second visit, long task, JS before idle). */
  loadOnly: boolean;
}

export const USAGE = `npm run bench -- [--quick] [--runs N] [--samples N] [--port N] [--out FILE] [--no-build]

  --quick       1 run, 10 samples: for development
  --runs N      interleaved repetitions of every page-load measure (default 5, at least 1)
  --samples N   interactions per measure and corpus, pooled over the runs (default 30)
  --port N      port to serve the build on (default 4199; the next free one if busy)
  --out FILE    JSON results (default artifacts/bench-results.json)
  --no-build    reuse dist/ instead of running vite build (development only)
  --built-in    measure the built-in data only, without generated corpora or ?data=
  --load-only   only the load measures against the fetch + parse + draw floor (development)`;

function intArg(name: string, value: string | undefined, min: number, max: number): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name} needs an integer from ${min} to ${max}, got ${value ?? 'nothing'}`);
  return n;
}

export function parseArgs(argv: readonly string[]): BenchOptions | 'help' {
  const options: BenchOptions = {
    runs: 5,
    samples: 30,
    port: 4199,
    build: true,
    out: 'artifacts/bench-results.json',
    timelineItems: 5000,
    builtIn: false,
    loadOnly: false,
  };
  let quick = false;
  let runsSet = false;
  let samplesSet = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const next = () => {
      i += 1;
      return argv[i];
    };
    if (arg === '--help' || arg === '-h') return 'help';
    else if (arg === '--quick') quick = true;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--built-in') options.builtIn = true;
    else if (arg === '--load-only') options.loadOnly = true;
    else if (arg === '--runs') {
      options.runs = intArg('--runs', next(), 1, 50);
      runsSet = true;
    } else if (arg === '--samples') {
      options.samples = intArg('--samples', next(), 1, 500);
      samplesSet = true;
    } else if (arg === '--port') options.port = intArg('--port', next(), 1024, 65000);
    else if (arg === '--out') {
      const out = next();
      if (!out) throw new Error('--out needs a file');
      options.out = out;
    } else throw new Error(`unknown argument ${arg}\n\n${USAGE}`);
  }
  if (quick) {
    if (!runsSet) options.runs = 1;
    if (!samplesSet) options.samples = 10;
  }
  return options;
}
