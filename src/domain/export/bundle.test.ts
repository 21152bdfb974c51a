import { describe, expect, it } from 'vitest';
import { builtInDataFiles, readerOf } from '../../testing/data-folder.ts';
import { buildIndex } from '../dataset-index.ts';
import { matchingRecordIds, resolveFilter, type FilterSearch } from '../filter.ts';
import { loadDataset, MANIFEST_FILE } from '../load-dataset.ts';
import { DatasetError } from '../problem.ts';
import { companyProfile, personProfile } from '../profiles/profile-data.ts';
import { exportBundle, selectForExport } from './bundle.ts';

const index = buildIndex(await loadDataset(readerOf(builtInDataFiles())));

/** Loads the exported file as a folder of its own, exactly as check-data would. */
async function problemsOfExport(shown: Iterable<string>): Promise<string[]> {
  const bundle = exportBundle(index, shown, 'Test export');
  const files = new Map([
    [MANIFEST_FILE, JSON.stringify({ format: 'dossier/1', title: 'x', files: ['export.json'] })],
    ['export.json', JSON.stringify(bundle)],
  ]);
  try {
    const dataset = await loadDataset(readerOf(files));
    return dataset.warnings.map((w) => w.message);
  } catch (error) {
    if (error instanceof DatasetError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
}

const filters: Partial<FilterSearch>[] = [
  {},
  { person: ['patrick-hoffstetter'] },
  { person: ['patrick-pelata'] },
  { company: ['renault'] },
  { company: ['renault-digital-factory'] },
  { company: ['salesforce'], voice: ['interviewee'] },
  { voice: ['inferred'] },
  { voice: ['journalist'] },
];

describe('exportBundle', () => {
  it.each(filters)('passes the data checks on its own for the records matching %j', async (f) => {
    const shown = matchingRecordIds(index, resolveFilter(index, f));
    expect(shown.length).toBeGreaterThan(0);
    expect(await problemsOfExport(shown)).toEqual([]);
  });

  it('passes the data checks on its own for any single record exported alone', async () => {
    const failures: string[] = [];
    for (const id of index.byId.keys()) {
      const problems = await problemsOfExport([id]);
      if (problems.length > 0) failures.push(`${id}: ${problems.join('; ')}`);
    }
    expect(failures).toEqual([]);
  });

  it('passes for what the profiles show', async () => {
    for (const person of index.dataset.people) {
      const profile = personProfile(index, person.id, [], 'en');
      expect(profile, person.id).toBeDefined();
      expect(await problemsOfExport(profile?.shownIds ?? [])).toEqual([]);
    }
    const renault = companyProfile(index, 'renault', ['interviewee'], 'en');
    expect(renault && (await problemsOfExport(renault.shownIds))).toEqual([]);
  });

  it('says which records were shown and which were added as references', () => {
    const quote = index.dataset.quotes[0];
    if (!quote) throw new Error('no quote in the built-in data');
    const bundle = exportBundle(index, [quote.id, quote.id, 'no-such-id'], 'One quote');
    expect(bundle.export?.shown).toEqual([quote.id]);
    expect(bundle.quotes?.map((q) => q.id)).toEqual([quote.id]);
    // The speaker and the whole source come along, so the passage and the speaker resolve.
    expect(bundle.export?.references).toContain(quote.speaker);
    expect(bundle.export?.references).toContain(quote.source);
    expect(bundle.sources?.find((s) => s.id === quote.source)).toEqual(
      index.sources.get(quote.source),
    );
  });

  it('adds an organization’s parents up the tree and a post’s reporting lines', () => {
    const unit = index.dataset.organizations.find((o) => o.parent !== null);
    const post = index.dataset.positions.find((p) => p.reportsTo.length > 0);
    if (!unit || !post) throw new Error('expected a unit and a post with a reporting line');
    const { included } = selectForExport(index, [unit.id, post.id]);
    expect([...included]).toContain(index.companyOf(unit.id));
    expect([...included]).toEqual(expect.arrayContaining(post.reportsTo));
  });

  it('exports nothing but the note when nothing is shown', () => {
    expect(exportBundle(index, [], 'Empty')).toMatchObject({
      export: { title: 'Empty', shown: [], references: [] },
    });
  });
});
