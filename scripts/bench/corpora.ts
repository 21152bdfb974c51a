import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateCorpus } from '../lib/corpus.ts';
import { buildIndex, type DatasetIndex } from '../../src/domain/dataset-index.ts';
import { buildEntityOptions, searchEntities } from '../../src/domain/entity-search.ts';
import { loadDataset } from '../../src/domain/load-dataset.ts';
import { buildTimeline } from '../../src/features/timeline/timeline-model.ts';
import { builtInDataFiles, readerOf } from '../../src/testing/data-folder.ts';

/** A data folder the bench serves and measures. */
export interface Corpus {
  /** `c1000`, or `built-in`. */
  name: string;
  /** Interviews generated; `null` for the built-in data. */
  interviews: number | null;
  /** Served at this path (ends in `/`); `null`: the app's own data, no `?data=`. */
  dataPath: string | null;
  files: Map<string, string>;
  index: DatasetIndex;
  /** Dated items on the unfiltered timeline. */
  timelineItems: number;
}

/** Generates `interviews` interviews (seed as given) and checks them with the app's loader. */
export async function makeCorpus(interviews: number, seed: number): Promise<Corpus> {
  const files = generateCorpus({ interviews, seed });
  const name = `c${interviews}`;
  return describe(name, interviews, `/bench-data/${name}/`, files);
}

export async function builtInCorpus(): Promise<Corpus> {
  return describe('built-in', null, null, builtInDataFiles());
}

async function describe(
  name: string,
  interviews: number | null,
  dataPath: string | null,
  files: Map<string, string>,
): Promise<Corpus> {
  let index: DatasetIndex;
  try {
    index = buildIndex(await loadDataset(readerOf(files)));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`corpus ${name} does not load with the app's own checks: ${reason}`);
  }
  const timelineItems = buildTimeline(index, () => true, 'en').itemCount;
  return { name, interviews, dataPath, files, index, timelineItems };
}

/** Writes a corpus under `dist` at its data path. */
export async function writeCorpus(distDir: string, corpus: Corpus): Promise<void> {
  if (corpus.dataPath === null) return;
  const root = path.join(distDir, corpus.dataPath);
  for (const [relative, text] of corpus.files) {
    const target = path.resolve(root, relative);
    if (!target.startsWith(path.resolve(root) + path.sep))
      throw new Error(`corpus file ${relative} would land outside ${root}`);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }
}

/**
 * The corpus whose timeline has about `target` items: `start` itself when within 10%, else
 * one more generated with the interview count scaled to fit (two tries at most).
 */
export async function corpusWithTimelineItems(
  start: Corpus,
  target: number,
  seed: number,
): Promise<Corpus> {
  let corpus = start;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (corpus.interviews === null || corpus.timelineItems === 0) return corpus;
    if (Math.abs(corpus.timelineItems - target) / target <= 0.1) return corpus;
    const interviews = Math.max(
      1,
      Math.min(20_000, Math.round((corpus.interviews * target) / corpus.timelineItems)),
    );
    if (interviews === corpus.interviews) return corpus;
    corpus = await makeCorpus(interviews, seed);
  }
  return corpus;
}

/** The ids the profile and source routes are measured on: the busiest of each kind. */
export interface RouteIds {
  person: string;
  company: string;
  source: string;
}

function busiest(ids: readonly string[], weight: (id: string) => number): string | undefined {
  let best: string | undefined;
  let bestWeight = -1;
  for (const id of ids) {
    const w = weight(id);
    if (w > bestWeight) {
      best = id;
      bestWeight = w;
    }
  }
  return best;
}

export function routeIds(corpus: Corpus): RouteIds {
  const { index } = corpus;
  const involved = (id: string) => index.recordsByEntity.get(id)?.size ?? 0;
  const person = busiest(
    index.dataset.people.map((p) => p.id),
    involved,
  );
  const company = busiest(
    index.dataset.organizations.filter((o) => o.parent === null).map((o) => o.id),
    involved,
  );
  const source = busiest(
    index.dataset.sources.map((s) => s.id),
    (id) => index.citationsBySource.get(id)?.length ?? 0,
  );
  if (!person || !company || !source)
    throw new Error(`corpus ${corpus.name} lacks a person, a company or a source`);
  return { person, company, source };
}

/** What is typed into the filter box, and the option to pick. */
export interface FilterEntity {
  kind: 'person' | 'company';
  id: string;
  /** What is typed: the name. */
  name: string;
  /** What its option reads, badge included: `Person Ada Lovelace`. */
  option: string;
  /** Where its option is in the list once the name is typed (the app's own search, run here). */
  position: number;
}

/**
 * Up to `count` people and `count` top-level companies, the most involved first, keeping only
 * those the typeahead offers when their name is typed (it shows 8 options at most).
 */
export function filterEntities(corpus: Corpus, count: number): [FilterEntity[], FilterEntity[]] {
  const { index } = corpus;
  const options = buildEntityOptions(index);
  const involved = (id: string) => index.recordsByEntity.get(id)?.size ?? 0;
  const pick = (kind: 'person' | 'company', candidates: { id: string; name: string }[]) => {
    const picked: FilterEntity[] = [];
    for (const { id, name } of candidates.sort((a, b) => involved(b.id) - involved(a.id))) {
      if (picked.length >= count) break;
      const offered = searchEntities(options, name);
      const position = offered.findIndex((o) => o.kind === kind && o.id === id);
      const option = offered[position];
      if (!option) continue;
      const badge = kind === 'person' ? 'Person' : 'Company';
      picked.push({ kind, id, name, option: `${badge} ${option.label}`, position });
    }
    if (picked.length === 0)
      throw new Error(`corpus ${corpus.name}: no ${kind} can be picked by typing its name`);
    return picked;
  };
  return [
    pick('person', [...index.dataset.people]),
    pick(
      'company',
      index.dataset.organizations.filter((o) => o.parent === null),
    ),
  ];
}

/**
 * Words to type into the quote search: ASCII words of 5–9 letters found in the most quotes'
 * translations, enough of them for `keystrokes` key presses.
 */
export function searchWords(corpus: Corpus, keystrokes: number): string[] {
  const frequency = new Map<string, number>();
  for (const quote of corpus.index.dataset.quotes) {
    const words = new Set(quote.translation.toLowerCase().match(/\b[a-z]{5,9}\b/g) ?? []);
    for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  const ranked = [...frequency.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([word]) => word);
  if (ranked.length === 0) throw new Error(`corpus ${corpus.name} has no quote to search`);
  const words: string[] = [];
  let total = 0;
  for (let i = 0; total < keystrokes && i < 1000; i += 1) {
    const word = ranked[i % Math.min(ranked.length, 12)] ?? 'quote';
    words.push(word);
    total += word.length;
  }
  return words;
}

/** The timeline's items as the comparison pages draw them. */
export interface ExportedTimeline {
  corpus: string;
  itemCount: number;
  domain: [number, number];
  lanes: { id: string; label: string }[];
  items: {
    id: string;
    lane: string;
    label: string;
    kind: string;
    start: number;
    end: number;
    point: boolean;
  }[];
}

export function exportTimeline(corpus: Corpus): ExportedTimeline {
  const timeline = buildTimeline(corpus.index, () => true, 'en');
  const lanes = timeline.lanes.filter((lane) => lane.items.length > 0);
  return {
    corpus: corpus.name,
    itemCount: timeline.itemCount,
    domain: timeline.domain,
    lanes: lanes.map((lane) => ({ id: lane.id, label: lane.label })),
    items: lanes.flatMap((lane) =>
      lane.items.map((item) => ({
        id: item.id,
        lane: lane.id,
        label: item.label,
        kind: item.kind,
        start: item.start,
        end: item.end,
        point: item.point,
      })),
    ),
  };
}
