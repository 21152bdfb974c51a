/**
 * `npm run corpus -- --interviews 1000 --seed 1 --out <dir> [--per-file 25]`: writes a
 * deterministic synthetic data folder laid out like public/data (manifest.json, entities.json,
 * sources/part-NNN.json, records/part-NNN.json), then prints a one-line summary. Check it with
 * `npm run check-data -- <dir>`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { corpusStats, DEFAULT_PER_FILE, generateCorpus } from './lib/corpus.ts';

const USAGE = 'usage: npm run corpus -- --interviews <n> --seed <n> --out <dir> [--per-file <n>]';

function integer(name: string, value: string | undefined, fallback?: number): number {
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw new Error(`--${name} is required\n${USAGE}`);
  }
  if (!/^-?\d+$/.test(value))
    throw new Error(`--${name} must be an integer, got "${value}"\n${USAGE}`);
  return Number(value);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      interviews: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      'per-file': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const interviews = integer('interviews', values.interviews);
  const seed = integer('seed', values.seed, 1);
  const perFile = integer('per-file', values['per-file'], DEFAULT_PER_FILE);
  if (values.out === undefined) throw new Error(`--out is required\n${USAGE}`);
  const out = path.resolve(values.out);

  const started = performance.now();
  const files = generateCorpus({ interviews, seed, perFile });
  const generated = performance.now();
  for (const [file, text] of files) {
    const target = path.join(out, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  const written = performance.now();

  const { bytes, records } = corpusStats(files);
  const counts = Object.entries(records)
    .map(([collection, n]) => `${n} ${collection}`)
    .join(', ');
  console.log(
    `${out}: ${files.size} files, ${(bytes / 1e6).toFixed(1)} MB — ${counts} — generated in ${((generated - started) / 1000).toFixed(1)} s, written in ${((written - generated) / 1000).toFixed(1)} s`,
  );
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
