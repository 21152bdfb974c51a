import { describe, expect, it } from 'vitest';
import { buildIndex, locatorOf } from '../domain/dataset-index.ts';
import { loadDataset } from '../domain/load-dataset.ts';
import { DataFileReadError } from '../domain/data-file-read-error.ts';
import { DatasetError } from '../domain/problem.ts';
import {
  builtInDataFiles,
  minimalDataFolder,
  readerOf,
  toFiles,
  type DataFiles,
} from '../testing/data-folder.ts';
import { memoryDatasetCache, type DatasetCache } from './dataset-cache.ts';
import {
  datasetAssembler,
  errorOf,
  WorkerMessageSchema,
  type WorkerMessage,
} from './dataset-load-protocol.ts';
import { runLoad } from './dataset-load-run.ts';

const BASE = 'http://dossier.test/data/';

interface Served {
  files: DataFiles;
  /** A file's ETag; a file missing here is served with no validator at all. */
  etags: Map<string, string>;
  requests: string[];
}

function serve(files: DataFiles, withEtags = true): Served {
  const etags = new Map(withEtags ? [...files.keys()].map((f) => [f, `"v1-${f}"`]) : []);
  return { files, etags, requests: [] };
}

function fetchOf(served: Served): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const file = url.slice(BASE.length);
    const method = init?.method ?? 'GET';
    served.requests.push(`${method} ${file}`);
    const text = served.files.get(file);
    if (text === undefined) return new Response('not found', { status: 404 });
    const headers = new Headers({ 'content-type': 'application/json' });
    const etag = served.etags.get(file);
    if (etag !== undefined) headers.set('etag', etag);
    return new Response(method === 'HEAD' ? null : text, { status: 200, headers });
  };
}

async function load(served: Served, cache: DatasetCache | null, loader = 'loader-a') {
  const messages: WorkerMessage[] = [];
  await runLoad(BASE, {
    fetch: fetchOf(served),
    cache,
    loader,
    // Every message goes through the schema the page parses it with.
    post: (message) => messages.push(WorkerMessageSchema.parse(structuredClone(message))),
  });
  const assembler = datasetAssembler();
  for (const message of messages) if (message.type === 'part') assembler.add(message);
  const done = messages.find((m) => m.type === 'done');
  const failed = messages.find((m) => m.type === 'failed');
  return {
    messages,
    done,
    failure: failed?.failure,
    dataset: done ? assembler.finish(done) : undefined,
  };
}

/** A cache in memory that counts what is read: whole entries, and keys alone. */
function countingCache() {
  const inner = memoryDatasetCache();
  const reads = { entries: 0, keys: 0 };
  const cache: DatasetCache = {
    get: (base) => {
      reads.entries += 1;
      return inner.get(base);
    },
    keyOf: (base) => {
      reads.keys += 1;
      return inner.keyOf(base);
    },
    put: (base, entry) => inner.put(base, entry),
  };
  return { cache, reads };
}

describe('the loading worker protocol', () => {
  it('hands over the same dataset and citations as loading on the page', async () => {
    const files = builtInDataFiles();
    const { dataset, done, messages } = await load(serve(files), null);
    const expected = await loadDataset(readerOf(files));
    expect(dataset).toEqual(expected);
    if (!done || !dataset) throw new Error('no dataset');
    // Every record's file, as the loader has it, came with the parts, not as one map in `done`.
    expect([...dataset.fileOf].sort()).toEqual([...expected.fileOf].sort());
    expect(dataset.fileOf.size).toBeGreaterThan(50);
    expect(done).not.toHaveProperty('fileOf');
    const index = buildIndex(dataset, locatorOf(done.locations));
    const reference = buildIndex(expected);
    expect([...index.citationsByRecord.entries()].map(([id, c]) => [id, c.length])).toEqual(
      [...reference.citationsByRecord.entries()].map(([id, c]) => [id, c.length]),
    );
    expect(
      index.citationsBySource.get('bfm-hoffstetter')?.map((c) => [c.paragraph, c.start]),
    ).toEqual(
      reference.citationsBySource.get('bfm-hoffstetter')?.map((c) => [c.paragraph, c.start]),
    );
    expect(messages.filter((m) => m.type === 'part').length).toBeGreaterThan(1);
  });

  it('reports files fetched of the total, then records checked, then the links', async () => {
    const files = builtInDataFiles();
    const { messages } = await load(serve(files), null);
    const progress = messages.flatMap((m) => (m.type === 'progress' ? [m.progress] : []));
    const total = files.size - 1;
    expect(progress[0]).toEqual({
      stage: 'fetching',
      files: total,
      filesFetched: 0,
      filesChecked: 0,
      records: 0,
    });
    expect(progress.map((p) => p.filesFetched)).toEqual(
      [...progress.map((p) => p.filesFetched)].sort((a, b) => a - b),
    );
    const last = progress.at(-1);
    const expected = await loadDataset(readerOf(files));
    const records =
      expected.sources.length +
      expected.people.length +
      expected.organizations.length +
      expected.positions.length +
      expected.projects.length +
      expected.quotes.length +
      expected.events.length +
      expected.figures.length +
      expected.relations.length;
    expect(last).toEqual({
      stage: 'linking',
      files: total,
      filesFetched: total,
      filesChecked: total,
      records,
    });
  });

  it('fails with the loader’s own file · record · field problems', async () => {
    const folder = minimalDataFolder();
    const people = folder.records.people ?? [];
    people.push({ ...people[0], name: 'Twin' });
    const files = toFiles(folder);
    const { failure, done } = await load(serve(files), null);
    expect(done).toBeUndefined();
    let expected: readonly unknown[] = [];
    try {
      await loadDataset(readerOf(files));
    } catch (error) {
      if (error instanceof DatasetError) expected = error.problems;
    }
    expect(expected.length).toBeGreaterThan(0);
    expect(failure).toEqual({ kind: 'dataset', problems: expected });
    if (!failure) throw new Error('no failure');
    const error = errorOf(failure);
    expect(error).toBeInstanceOf(DatasetError);
    expect(error instanceof DatasetError ? error.problems : []).toEqual(expected);
  });

  it('names a manifest that cannot be read, so the page can offer a retry', async () => {
    const files = toFiles(minimalDataFolder());
    files.delete('manifest.json');
    const { failure } = await load(serve(files), null);
    expect(failure).toEqual({ kind: 'read', file: 'manifest.json', reason: 'HTTP 404' });
    if (!failure) throw new Error('no failure');
    expect(errorOf(failure)).toBeInstanceOf(DataFileReadError);
  });

  it('refuses a message that is not of the protocol', () => {
    expect(WorkerMessageSchema.safeParse({ type: 'part' }).success).toBe(false);
    expect(WorkerMessageSchema.safeParse({ type: 'eval', code: '1' }).success).toBe(false);
  });
});

describe('the saved copy of a checked folder', () => {
  it('opens an unchanged folder from the saved copy, asking only for headers', async () => {
    const served = serve(toFiles(minimalDataFolder()));
    const cache = memoryDatasetCache();
    const first = await load(served, cache);
    served.requests.length = 0;
    const second = await load(served, cache);
    expect(second.done?.fromCache).toBe(true);
    expect(second.dataset).toEqual(first.dataset);
    expect(served.requests).toEqual(['GET manifest.json', 'HEAD source.json', 'HEAD records.json']);
  });

  it('reads the saved records once when the folder is unchanged, never when it changed', async () => {
    const counted = countingCache();
    const folder = minimalDataFolder();
    const served = serve(toFiles(folder));
    await load(served, counted.cache);
    expect(counted.reads).toEqual({ entries: 0, keys: 1 });
    const second = await load(served, counted.cache);
    expect(second.done?.fromCache).toBe(true);
    expect(counted.reads.entries).toBe(1);
    served.etags.set('records.json', '"v2-records.json"');
    counted.reads.entries = 0;
    const third = await load(served, counted.cache);
    expect(third.done?.fromCache).toBe(false);
    expect(counted.reads.entries).toBe(0);
  });

  it('checks the folder again when any file has changed', async () => {
    const folder = minimalDataFolder();
    const served = serve(toFiles(folder));
    const cache = memoryDatasetCache();
    await load(served, cache);
    const person = folder.records.people?.[0];
    if (!person) throw new Error('fixture has no person');
    person.name = 'Ada King';
    served.files = toFiles(folder);
    served.etags.set('records.json', '"v2-records.json"');
    const second = await load(served, cache);
    expect(second.done?.fromCache).toBe(false);
    expect(second.dataset?.people.map((p) => p.name)).toEqual(['Ada King']);
    // And the new content is the one saved: a third visit opens it from the copy.
    const third = await load(served, cache);
    expect(third.done?.fromCache).toBe(true);
    expect(third.dataset?.people.map((p) => p.name)).toEqual(['Ada King']);
  });

  it('checks the folder again when the manifest changes', async () => {
    const folder = minimalDataFolder();
    const served = serve(toFiles(folder));
    const cache = memoryDatasetCache();
    await load(served, cache);
    folder.manifest.title = 'Renamed';
    served.files = toFiles(folder);
    const second = await load(served, cache);
    expect(second.done?.fromCache).toBe(false);
    expect(second.dataset?.title).toBe('Renamed');
  });

  it('does not trust a copy checked by another build of the loader', async () => {
    const served = serve(toFiles(minimalDataFolder()));
    const cache = memoryDatasetCache();
    await load(served, cache, 'loader-a');
    const second = await load(served, cache, 'loader-b');
    expect(second.done?.fromCache).toBe(false);
  });

  it('checks every time a server that names no version of its files', async () => {
    const served = serve(toFiles(minimalDataFolder()), false);
    const cache = memoryDatasetCache();
    await load(served, cache);
    const second = await load(served, cache);
    expect(second.done?.fromCache).toBe(false);
    expect(second.dataset?.people.map((p) => p.id)).toEqual(['ada']);
  });

  it('never saves a folder that failed its checks', async () => {
    const folder = minimalDataFolder();
    folder.records.people?.push({ id: 'Not A Slug' });
    const cache = memoryDatasetCache();
    await load(serve(toFiles(folder)), cache);
    await expect(cache.get(BASE)).resolves.toBeUndefined();
  });
});

describe('the versions a save sends back', () => {
  it('carries every file’s ETag as served, the manifest’s included, and the manifest', async () => {
    const folder = minimalDataFolder();
    const { done } = await load(serve(toFiles(folder)), null);
    expect(done?.versions).toEqual({
      'manifest.json': '"v1-manifest.json"',
      'source.json': '"v1-source.json"',
      'records.json': '"v1-records.json"',
    });
    expect(done?.manifest).toEqual(folder.manifest);
  });

  it('carries the ETags of the files as they are now when the saved copy is used', async () => {
    const served = serve(toFiles(minimalDataFolder()));
    const cache = memoryDatasetCache();
    await load(served, cache);
    // The manifest's text is in the saved copy's key, not its ETag: the copy still fits.
    served.etags.set('manifest.json', '"v2-manifest.json"');
    const second = await load(served, cache);
    expect(second.done?.fromCache).toBe(true);
    expect(second.done?.versions).toEqual({
      'manifest.json': '"v2-manifest.json"',
      'source.json': '"v1-source.json"',
      'records.json': '"v1-records.json"',
    });
  });

  it('names a new dossier’s manifest "absent", as the edit server serves it', async () => {
    const files = new Map([
      ['manifest.json', JSON.stringify({ format: 'dossier/1', title: 'New', files: [] })],
    ]);
    const served = serve(files);
    served.etags.set('manifest.json', '"absent"');
    const { done } = await load(served, null);
    expect(done?.versions).toEqual({ 'manifest.json': '"absent"' });
  });

  it('leaves out a file served with no ETag', async () => {
    const { done } = await load(serve(toFiles(minimalDataFolder()), false), null);
    expect(done?.versions).toEqual({});
  });
});
