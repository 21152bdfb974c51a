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
import type { Bundle } from '../../src/domain/dataset.ts';
import type { Manifest } from '../../src/domain/records.ts';
import { COLLECTIONS, type Collection } from '../../src/domain/registry.ts';
import { ucfirst, type Moment } from './corpus-french.ts';
import { generateInterview } from './corpus-interview.ts';
import { createRng } from './corpus-random.ts';
import { of, titleOf, World, type Human } from './corpus-world.ts';

export interface CorpusOptions {
  /** How many interviews (sources). */
  interviews: number;
  /** Any integer; the same seed gives byte-identical output. */
  seed: number;
  /** Interviews per sources/records file; 25 unless given. */
  perFile?: number;
}

export const DEFAULT_PER_FILE = 25;

/** Interviews are published between these dates, in order. */
const FIRST_PUBLISHED: Moment = { y: 2000, m: 1, d: 1 };
const LAST_PUBLISHED: Moment = { y: 2024, m: 11, d: 28 };

export function generateCorpus(options: CorpusOptions): Map<string, string> {
  const { interviews, seed } = options;
  const perFile = options.perFile ?? DEFAULT_PER_FILE;
  if (!Number.isInteger(interviews) || interviews < 1)
    throw new RangeError(`interviews must be a positive integer, got ${interviews}`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!Number.isInteger(perFile) || perFile < 1)
    throw new RangeError(`perFile must be a positive integer, got ${perFile}`);

  const rng = createRng(seed);
  const world = new World(rng, interviews + 8);
  const span = (LAST_PUBLISHED.y - FIRST_PUBLISHED.y) * 12 + (LAST_PUBLISHED.m - FIRST_PUBLISHED.m);
  const width = Math.max(4, String(interviews).length);
  const results = Array.from({ length: interviews }, () => rng.int(0, span * 28))
    .sort((a, b) => a - b)
    .map((at, i) => {
      const index = FIRST_PUBLISHED.y * 12 + (FIRST_PUBLISHED.m - 1) + Math.floor(at / 28);
      const published = { y: Math.floor(index / 12), m: (index % 12) + 1, d: (at % 28) + 1 };
      return generateInterview(world, { index: i + 1, total: interviews, seed, published, width });
    });
  for (const h of world.people) summarize(h);

  const chunks = Math.ceil(interviews / perFile);
  const partWidth = Math.max(3, String(chunks).length);
  const parts = Array.from({ length: chunks }, (_, chunk) => {
    const slice = results.slice(chunk * perFile, (chunk + 1) * perFile);
    const records: Bundle = {
      positions: slice.flatMap((r) => r.positions),
      projects: slice.flatMap((r) => r.projects),
      quotes: slice.flatMap((r) => r.quotes),
      events: slice.flatMap((r) => r.events),
      figures: slice.flatMap((r) => r.figures),
      relations: slice.flatMap((r) => r.relations),
    };
    return {
      name: `part-${String(chunk + 1).padStart(partWidth, '0')}.json`,
      sources: { sources: slice.flatMap((r) => r.sources) },
      records,
    };
  });
  const organizations = [
    ...world.companies.flatMap((c) => [c, ...c.units.values()]),
    ...world.media,
  ].flatMap((o) => (o.record ? [o.record] : []));
  const entities: Bundle = {
    people: world.people.flatMap((h) => (h.record ? [h.record] : [])),
    organizations,
  };
  const manifest: Manifest = {
    format: 'dossier/1',
    title: `Synthetic corpus — ${interviews} interview${interviews === 1 ? '' : 's'}, seed ${seed}`,
    files: [
      ...parts.map((p) => `sources/${p.name}`),
      'entities.json',
      ...parts.map((p) => `records/${p.name}`),
    ],
  };
  // The manifest first, then the files in load order.
  return new Map([
    ['manifest.json', serialize(manifest)],
    ...parts.map((p): [string, string] => [`sources/${p.name}`, serialize(p.sources)]),
    ['entities.json', serialize(entities)],
    ...parts.map((p): [string, string] => [`records/${p.name}`, serialize(p.records)]),
  ]);
}

function serialize(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

const list = (items: string[], and: string): string =>
  items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1) ?? ''}`;

/** A person's summary, from the posts the corpus actually records for them. */
function summarize(h: Human): void {
  const recorded = h.stints.filter((s) => s.record);
  const latest = recorded.at(-1);
  if (!h.record || !latest?.record) return;
  const earlier = [...new Set(recorded.slice(0, -1).map((s) => s.company.name))]
    .filter((name) => name !== latest.company.name)
    .slice(-3);
  const { current } = latest.record;
  const role = `${titleOf(h, latest)} ${of(latest)}`;
  const fr = `${current ? ucfirst(role) : `Ancien${h.gender === 'f' ? 'ne' : ''} ${role}`}${earlier.length > 0 ? ` ; auparavant chez ${list(earlier, 'et')}` : ''}.`;
  const en = `${current ? '' : 'Former '}${latest.title.en}, ${latest.company.name}${earlier.length > 0 ? `; previously at ${list(earlier, 'and')}` : ''}.`;
  h.record.summary = { fr, en };
}

export interface CorpusStats {
  files: number;
  bytes: number;
  records: Record<Collection, number>;
}

/** Files, bytes and records by collection, read back from the generated texts. */
export function corpusStats(files: ReadonlyMap<string, string>): CorpusStats {
  const records: Record<Collection, number> = {
    sources: 0,
    people: 0,
    organizations: 0,
    positions: 0,
    projects: 0,
    quotes: 0,
    events: 0,
    figures: 0,
    relations: 0,
  };
  let bytes = 0;
  const encoder = new TextEncoder();
  for (const [path, text] of files) {
    bytes += encoder.encode(text).length;
    if (path === 'manifest.json') continue;
    const bundle: unknown = JSON.parse(text);
    if (typeof bundle !== 'object' || bundle === null) continue;
    for (const collection of COLLECTIONS) {
      const items: unknown = Reflect.get(bundle, collection);
      if (Array.isArray(items)) records[collection] += items.length;
    }
  }
  return { files: files.size, bytes, records };
}
