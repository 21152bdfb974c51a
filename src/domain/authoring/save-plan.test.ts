import { describe, expect, it } from 'vitest';
import { checkFolder } from '../check-folder.ts';
import type { Dataset } from '../dataset.ts';
import { loadDataset } from '../load-dataset.ts';
import { ManifestSchema, type Person, type Quote, type Source } from '../records.ts';
import { minimalDataFolder, readerOf, toFiles, type DataFiles } from '../../testing/data-folder.ts';
import { planSave, type RecordChange } from './save-plan.ts';

async function loaded(): Promise<{ dataset: Dataset; files: DataFiles }> {
  const files = toFiles(minimalDataFolder());
  return { dataset: await loadDataset(readerOf(files)), files };
}

/** The folder after a plan: the files it writes over the ones it had. */
function applied(files: DataFiles, plan: ReturnType<typeof planSave>): DataFiles {
  const next = new Map(files);
  for (const file of plan.files) next.set(file.path, file.content);
  return next;
}

const newSource: Source = {
  id: 'gazette-2',
  publication: 'La Gazette',
  publisher: null,
  title: 'Second portrait',
  language: 'fr',
  url: null,
  genre: 'interview',
  published: { precision: 'year', value: '2013', certainty: 'stated' },
  subjects: ['ada'],
  transcriptionNotes: [],
  paragraphs: [{ text: 'Ada Lovelace : « Nous avançons. »', kind: 'answer' }],
};

const quote: Quote = {
  id: 'ada-avancons',
  speaker: 'ada',
  source: 'gazette-2',
  original: 'Nous avançons.',
  translation: 'We are moving forward.',
  topics: ['strategy'],
  about: [],
  voice: 'interviewee',
  evidence: [{ source: 'gazette-2', passage: 'Nous avançons.' }],
};

describe('planSave', () => {
  it('gives an empty plan for no change', async () => {
    const { dataset, files } = await loaded();
    const manifest = ManifestSchema.parse(JSON.parse(files.get('manifest.json') ?? ''));
    expect(planSave(dataset, manifest, []).files).toEqual([]);
  });

  it('rewrites only the file an edited record was read from', async () => {
    const { dataset, files } = await loaded();
    const manifest = ManifestSchema.parse(JSON.parse(files.get('manifest.json') ?? ''));
    const ada = dataset.people[0];
    if (!ada) throw new Error('fixture has a person');
    const edited: Person = { ...ada, name: 'Ada King' };
    const plan = planSave(dataset, manifest, [
      { op: 'put', entry: { type: 'person', record: edited } },
    ]);
    expect(plan.files.map((file) => file.path)).toEqual(['records.json']);
    const next = await loadDataset(readerOf(applied(files, plan)));
    expect(next.people.map((person) => person.name)).toEqual(['Ada King']);
    expect(next.positions).toEqual(dataset.positions);
  });

  it('lays a new interview out as the folder does and lists its files in the manifest', async () => {
    const { dataset, files } = await loaded();
    const manifest = ManifestSchema.parse(JSON.parse(files.get('manifest.json') ?? ''));
    const changes: RecordChange[] = [
      { op: 'put', entry: { type: 'quote', record: quote } },
      { op: 'put', entry: { type: 'source', record: newSource } },
    ];
    const plan = planSave(dataset, manifest, changes);
    expect(plan.files.map((file) => file.path)).toEqual([
      'sources/gazette-2.json',
      'records/gazette-2.json',
      'manifest.json',
    ]);
    expect(plan.manifest.files).toEqual([
      'sources/gazette-2.json',
      'source.json',
      'records.json',
      'records/gazette-2.json',
    ]);
    const check = await checkFolder(readerOf(applied(files, plan)));
    expect(check.ok ? [] : check.problems).toEqual([]);
    expect(check).toMatchObject({ ok: true, sources: 2 });
  });

  it('starts a new dossier with a manifest of its own', () => {
    const plan = planSave(
      null,
      null,
      [{ op: 'put', entry: { type: 'source', record: newSource } }],
      'Mon dossier',
    );
    expect(plan.files.map((file) => file.path)).toEqual([
      'sources/gazette-2.json',
      'manifest.json',
    ]);
    expect(plan.manifest).toEqual({
      format: 'dossier/1',
      title: 'Mon dossier',
      files: ['sources/gazette-2.json'],
    });
  });

  it('removes a deleted record from its file, and is deterministic', async () => {
    const { dataset, files } = await loaded();
    const manifest = ManifestSchema.parse(JSON.parse(files.get('manifest.json') ?? ''));
    const changes: RecordChange[] = [{ op: 'delete', type: 'position', id: 'ada-acme' }];
    const plan = planSave(dataset, manifest, changes);
    expect(plan).toEqual(planSave(dataset, manifest, changes));
    const content = plan.files[0]?.content ?? '';
    expect(content).not.toContain('ada-acme');
    expect(content.endsWith('}\n')).toBe(true);
  });
});
