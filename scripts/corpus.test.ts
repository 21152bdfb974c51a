import { describe, expect, it } from 'vitest';
import type { Dataset } from '../src/domain/dataset.ts';
import type { FuzzyDate } from '../src/domain/fuzzy-date.ts';
import type { ClaimBasis } from '../src/domain/records.ts';
import { loadDataset, type ReadDataFile } from '../src/domain/load-dataset.ts';
import { DatasetError, formatProblem } from '../src/domain/problem.ts';
import { corpusStats, generateCorpus } from './lib/corpus.ts';

function readerFrom(files: ReadonlyMap<string, string>): ReadDataFile {
  return async (path) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`no such file: ${path}`);
    return text;
  };
}

/** Loads like the app does; on failure, the problems themselves make the assertion message. */
async function load(files: ReadonlyMap<string, string>): Promise<Dataset> {
  try {
    return await loadDataset(readerFrom(files));
  } catch (error) {
    // A DatasetError fails here with its problems listed; anything else is rethrown as it is.
    expect(error instanceof DatasetError ? error.problems.map(formatProblem) : error).toEqual([]);
    throw error;
  }
}

function datesOf(dataset: Dataset): FuzzyDate[] {
  return [
    ...dataset.sources.map((s) => s.published),
    ...dataset.positions.flatMap((p) => [p.start, p.end]),
    ...dataset.projects.flatMap((p) => [p.start, p.end]),
    ...dataset.events.map((e) => e.date),
    ...dataset.figures.map((f) => f.asOf),
    ...dataset.relations.flatMap((r) => [r.start, r.end]),
  ].filter((date): date is FuzzyDate => date !== null);
}

const INTERVIEWS = 30;
const corpus = generateCorpus({ interviews: INTERVIEWS, seed: 7 });

describe('generateCorpus', () => {
  it('gives byte-identical output for the same arguments, and another corpus for another seed', () => {
    const again = generateCorpus({ interviews: INTERVIEWS, seed: 7 });
    expect([...again.entries()]).toEqual([...corpus.entries()]);
    const other = generateCorpus({ interviews: INTERVIEWS, seed: 8 });
    expect([...other.keys()]).toEqual([...corpus.keys()]);
    expect(other.get('records/part-001.json')).not.toEqual(corpus.get('records/part-001.json'));
    expect(other.get('entities.json')).not.toEqual(corpus.get('entities.json'));
  });

  it('loads with the app’s own checks and no problems', async () => {
    const dataset = await load(corpus);
    expect(dataset.sources).toHaveLength(INTERVIEWS);
    expect(dataset.title).toBe('Synthetic corpus — 30 interviews, seed 7');
  });

  it('has realistic counts: about twenty quotes an interview, people and companies shared', async () => {
    const dataset = await load(corpus);
    const quotesPerSource = dataset.sources.map(
      (s) => dataset.quotes.filter((q) => q.source === s.id).length,
    );
    const mean = quotesPerSource.reduce((a, b) => a + b, 0) / INTERVIEWS;
    expect(mean).toBeGreaterThan(17);
    expect(mean).toBeLessThan(23);
    expect(Math.min(...quotesPerSource)).toBeGreaterThanOrEqual(14);
    expect(Math.max(...quotesPerSource)).toBeLessThanOrEqual(26);

    // A shared cast: fewer people than five a interview, some cited by several interviews.
    expect(dataset.people.length).toBeLessThan(5 * INTERVIEWS);
    expect(dataset.people.length).toBeGreaterThan(2 * INTERVIEWS);
    const citedBySeveral = dataset.people.filter(
      (p) => new Set(p.evidence.map((e) => e.source)).size > 1,
    );
    expect(citedBySeveral.length).toBeGreaterThan(0);
    const companies = dataset.organizations.filter((o) => o.kind === 'company');
    expect(companies.length).toBeLessThan(2 * INTERVIEWS);
    expect(dataset.organizations).toContainEqual(
      expect.objectContaining({ parent: expect.any(String) }),
    );

    expect(dataset.projects.length / INTERVIEWS).toBeGreaterThan(3);
    expect(dataset.projects.length / INTERVIEWS).toBeLessThan(5.5);
    expect(dataset.events.length).toBeGreaterThan(2 * INTERVIEWS);
    expect(dataset.figures.length).toBeGreaterThan(2 * INTERVIEWS);
    expect(dataset.relations.length).toBeGreaterThan(INTERVIEWS / 2);
    // Per interview, as the generator this one replaced made them (≈ 7 posts, 6 events, 5 figures).
    expect(dataset.positions.length / INTERVIEWS).toBeGreaterThan(6);
    expect(dataset.positions.length / INTERVIEWS).toBeLessThan(8.5);
    expect(dataset.events.length / INTERVIEWS).toBeGreaterThan(4.5);
    expect(dataset.events.length / INTERVIEWS).toBeLessThan(7);
    expect(dataset.figures.length / INTERVIEWS).toBeGreaterThan(4);
    expect(dataset.figures.length / INTERVIEWS).toBeLessThan(6);
    expect(dataset.organizations.length / INTERVIEWS).toBeGreaterThan(2.5);
    expect(dataset.organizations.length / INTERVIEWS).toBeLessThan(4.5);

    // Long careers: someone holds several posts over the years; some posts are current.
    const postsPerPerson = new Map<string, number>();
    for (const p of dataset.positions)
      if (p.person) postsPerPerson.set(p.person, (postsPerPerson.get(p.person) ?? 0) + 1);
    expect(Math.max(...postsPerPerson.values())).toBeGreaterThanOrEqual(3);
    expect(dataset.positions).toContainEqual(expect.objectContaining({ current: true, end: null }));
    expect(dataset.positions).toContainEqual(
      expect.objectContaining({ current: false, end: expect.any(Object) }),
    );
    expect(dataset.positions.filter((p) => p.reportsTo.length > 0)).not.toEqual([]);
  });

  it('uses every date precision, stated and inferred, and all three voices', async () => {
    const dataset = await load(corpus);
    const dates = datesOf(dataset);
    const kinds = new Set(
      dates.map((d) => (d.precision === 'year' && d.part ? 'year+part' : d.precision)),
    );
    expect([...kinds].sort()).toEqual(['circa', 'day', 'month', 'range', 'year', 'year+part']);
    expect(dates).toContainEqual(expect.objectContaining({ certainty: 'stated' }));
    const inferred = dates.filter((d) => d.certainty === 'inferred');
    expect(inferred.length).toBeGreaterThan(0);
    expect(inferred.filter((d) => d.inference === undefined)).toEqual([]);
    const inferredKinds = new Set(
      inferred.map((d) => (d.precision === 'year' && d.part ? 'year+part' : d.precision)),
    );
    expect([...inferredKinds]).toEqual(
      expect.arrayContaining(['circa', 'day', 'month', 'range', 'year']),
    );
    const years = dates
      .flatMap((d) => (d.precision === 'range' ? [d.from, d.to] : [d.value]))
      .map((v) => Number(v.slice(0, 4)));
    expect(Math.min(...years)).toBeLessThan(1995);
    expect(Math.max(...years)).toBeGreaterThan(2020);

    const voices = new Set(
      [...dataset.people, ...dataset.positions, ...dataset.quotes, ...dataset.events].map(
        (r) => r.voice,
      ),
    );
    expect([...voices].sort()).toEqual(['inferred', 'interviewee', 'journalist']);
    expect(new Set(dataset.quotes.map((q) => q.voice)).size).toBe(3);
  });

  it('says whether each status and current flag is stated or inferred, and how', async () => {
    const dataset = await load(corpus);
    const certainties = (bases: ClaimBasis[]) => [...new Set(bases.map((b) => b.certainty))].sort();
    const [status, current] = [
      dataset.projects.map((p) => p.statusBasis),
      dataset.positions.map((p) => p.currentBasis),
    ];
    expect(certainties(status)).toEqual(['inferred', 'stated']);
    expect(certainties(current)).toEqual(['inferred', 'stated']);
    const bases = [...status, ...current];
    const unexplained = bases.filter((b) => b.certainty === 'inferred' && !b.inference?.fr);
    expect(unexplained).toEqual([]);
    const ranges = dataset.figures.filter((f) => f.qualifier === 'range');
    expect(ranges).not.toEqual([]);
    expect(ranges.filter((f) => f.upTo === null)).toEqual([]);
    expect(dataset.sources.flatMap((s) => s.transcriptionNotes)).toContainEqual({
      fr: expect.stringContaining('Texte synthétique'),
      en: expect.stringContaining('Synthetic text'),
    });
  });

  it('writes French with its accents and typography, and English translations', async () => {
    const dataset = await load(corpus);
    const text = dataset.sources.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n');
    for (const mark of ['é', 'è', 'à', 'ç', 'œ', '«', '»', '’']) expect(text).toContain(mark);
    for (const source of dataset.sources) {
      expect(source.paragraphs.length).toBeGreaterThanOrEqual(10);
      expect(source.language).toBe('fr');
    }
    const roles = new Set(dataset.sources.flatMap((s) => s.paragraphs.map((p) => p.kind)));
    expect([...roles].sort()).toEqual(['answer', 'body', 'chrome', 'heading', 'lead', 'question']);
    expect(dataset.quotes.filter((q) => q.translation === q.original)).toEqual([]);
  });

  it('chunks the output: manifest, entities, and a sources and records file per 25 interviews', () => {
    const files = generateCorpus({ interviews: 100, seed: 1 });
    expect([...files.keys()]).toEqual([
      'manifest.json',
      'sources/part-001.json',
      'sources/part-002.json',
      'sources/part-003.json',
      'sources/part-004.json',
      'entities.json',
      'records/part-001.json',
      'records/part-002.json',
      'records/part-003.json',
      'records/part-004.json',
    ]);
    const manifest: unknown = JSON.parse(files.get('manifest.json') ?? '');
    expect(manifest).toMatchObject({ format: 'dossier/1', files: [...files.keys()].slice(1) });
    const stats = corpusStats(files);
    expect(stats.files).toBe(10);
    expect(stats.records.sources).toBe(100);
    expect(stats.records.quotes).toBeGreaterThan(1700);
    expect(generateCorpus({ interviews: 100, seed: 1, perFile: 40 }).size).toBe(8);
  });

  it('refuses impossible arguments', () => {
    expect(() => generateCorpus({ interviews: 0, seed: 1 })).toThrow(RangeError);
    expect(() => generateCorpus({ interviews: 10, seed: 1.5 })).toThrow(RangeError);
    expect(() => generateCorpus({ interviews: 10, seed: 1, perFile: 0 })).toThrow(RangeError);
  });
});
