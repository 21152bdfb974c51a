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

try {
  const string = { type: 'string' } as const;
  const options = { interviews: string, seed: string, out: string, 'per-file': string };
  const { values } = parseArgs({ options });
  const integer = (name: keyof typeof values, fallback?: number): number => {
    const value = values[name] ?? (fallback === undefined ? undefined : String(fallback));
    if (value === undefined) throw new Error(`--${name} is required\n${USAGE}`);
    if (!/^-?\d+$/.test(value))
      throw new Error(`--${name} must be an integer, got "${value}"\n${USAGE}`);
    return Number(value);
  };
  const [interviews, seed] = [integer('interviews'), integer('seed', 1)];
  const perFile = integer('per-file', DEFAULT_PER_FILE);
  if (values.out === undefined) throw new Error(`--out is required\n${USAGE}`);
  const out = path.resolve(values.out);

  const started = performance.now();
  const files = generateCorpus({ interviews, seed, perFile });
  for (const [file, text] of files) {
    await mkdir(path.dirname(path.join(out, file)), { recursive: true });
    await writeFile(path.join(out, file), text);
  }
  const { bytes, records } = corpusStats(files);
  const counts = Object.entries(records).map(([collection, n]) => `${n} ${collection}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const size = `${files.size} files, ${(bytes / 1e6).toFixed(1)} MB`;
  console.log(`${out}: ${size} — ${counts.join(', ')} — generated and written in ${seconds} s`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
