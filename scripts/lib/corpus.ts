/**
 * A deterministic synthetic corpus: `generateCorpus({ interviews, seed, perFile })` returns a
 * data folder laid out like public/data (file path → file text) that loads with no problems.
 *
 * People and companies are shared across interviews and their careers move on between them;
 * each interview is a French text of a dozen-odd paragraphs with about twenty quotes and the
 * positions, projects, events, figures and relations it states, every one citing its sentence.
 * Output is chunked (`sources/part-001.json`, `records/part-001.json`, one `entities.json`) so a
 * thousand interviews make a few dozen files.
 */
import { emptyCollections, type Bundle, type Collection } from '../../src/domain/dataset.ts';
import type { Manifest } from '../../src/domain/records.ts';
import { COLLECTIONS } from '../../src/domain/registry.ts';
import { generateInterview } from './corpus-interview.ts';
import { createRng } from './corpus-random.ts';
import { World } from './corpus-world.ts';

/**
 * How many interviews (sources); any integer `seed`, the same one giving byte-identical output;
 * interviews per sources/records file, 25 unless given.
 */
export type CorpusOptions = { interviews: number; seed: number; perFile?: number };

export const DEFAULT_PER_FILE = 25;
/** Interviews are published, in order, from January 2000 over this many months. */
const MONTHS = 299;

export function generateCorpus(options: CorpusOptions): Map<string, string> {
  const { interviews, seed, perFile = DEFAULT_PER_FILE } = options;
  if (!Number.isInteger(interviews) || interviews < 1 || !Number.isInteger(perFile) || perFile < 1)
    throw new RangeError(`interviews and perFile must be positive integers`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);

  const rng = createRng(seed);
  const world = new World(rng, interviews + 8);
  const days = Array.from({ length: interviews }, () => rng.int(0, MONTHS * 28 - 1));
  days.sort((a, b) => a - b);
  const chunks = Math.ceil(interviews / perFile);
  const parts = Array.from({ length: chunks }, (_, chunk) => {
    const out = emptyCollections();
    for (let i = chunk * perFile; i < Math.min(interviews, (chunk + 1) * perFile); i++) {
      const [month, day] = [Math.floor((days[i] ?? 0) / 28), (days[i] ?? 0) % 28];
      const published = { y: 2000 + Math.floor(month / 12), m: (month % 12) + 1, d: day + 1 };
      generateInterview(world, { index: i + 1, total: interviews, seed, published }, out);
    }
    const { positions, projects, quotes, events, figures, relations } = out;
    const name = `part-${String(chunk + 1).padStart(Math.max(3, String(chunks).length), '0')}.json`;
    const records: Bundle = { positions, projects, quotes, events, figures, relations };
    return { name, sources: { sources: out.sources }, records };
  });
  // A person's summary: the latest post the corpus records for them.
  for (const h of world.people) {
    const latest = h.stints.filter((s) => s.record).at(-1)?.record;
    if (h.record && latest) h.record.summary = latest.description;
  }

  const orgs = [...world.companies.flatMap((c) => [c, ...c.units.values()]), ...world.media];
  const entities: Bundle = {
    people: world.people.flatMap((h) => (h.record ? [h.record] : [])),
    organizations: orgs.flatMap((o) => (o.record ? [o.record] : [])),
  };
  const paths = (dir: string) => parts.map((p) => `${dir}/${p.name}`);
  const manifest: Manifest = {
    format: 'dossier/1',
    title: `Synthetic corpus — ${interviews} interview${interviews === 1 ? '' : 's'}, seed ${seed}`,
    files: [...paths('sources'), 'entities.json', ...paths('records')],
  };
  const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
  // The manifest first, then the files in load order.
  return new Map([
    ['manifest.json', json(manifest)],
    ...parts.map((p): [string, string] => [`sources/${p.name}`, json(p.sources)]),
    ['entities.json', json(entities)],
    ...parts.map((p): [string, string] => [`records/${p.name}`, json(p.records)]),
  ]);
}

type Counts = Partial<Record<Collection, number>>;
export type CorpusStats = { files: number; bytes: number; records: Counts };

/** Files, bytes and records by collection, read back from the generated texts. */
export function corpusStats(files: ReadonlyMap<string, string>): CorpusStats {
  const records: Counts = {};
  let bytes = 0;
  for (const [path, text] of files) {
    bytes += Buffer.byteLength(text);
    const bundle: unknown = path === 'manifest.json' ? null : JSON.parse(text);
    if (typeof bundle !== 'object' || bundle === null) continue;
    for (const collection of COLLECTIONS) {
      const items: unknown = Reflect.get(bundle, collection);
      if (Array.isArray(items)) records[collection] = (records[collection] ?? 0) + items.length;
    }
  }
  return { files: files.size, bytes, records };
}
