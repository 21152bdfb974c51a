import { describe, expect, it } from 'vitest';
import { minimalDataFolder, readerOf, toFiles } from '../testing/data-folder.ts';
import { buildIndex } from './dataset-index.ts';
import { csvFiles } from './export/csv.ts';
import { exportBundle } from './export/bundle.ts';
import { loadDataset, loadDatasetOf, MANIFEST_FILE } from './load-dataset.ts';
import { DatasetError, type Problem } from './problem.ts';
import { EvidenceSchema, IdSchema, LocalizedSchema, VoiceSchema } from './records.ts';
import { COLLECTIONS, collectionsOf, defineRecordType, REGISTRY } from './registry.ts';
import { z } from './zod.ts';

/** A record type Dossier does not have: an award given to a person, perhaps by an organization. */
const AwardSchema = z.object({
  id: IdSchema,
  evidence: z.array(EvidenceSchema).min(1),
  voice: VoiceSchema,
  inference: z.string().optional(),
  person: IdSchema,
  organization: IdSchema.nullable(),
  title: LocalizedSchema,
});

/** Dossier's registry plus that type: the only place the new type is described. */
const WITH_AWARDS = {
  ...REGISTRY,
  awards: defineRecordType({
    type: 'award',
    schema: AwardSchema,
    fields: {
      id: { kind: 'id' },
      person: { kind: 'reference', to: ['person'] },
      organization: { kind: 'reference', to: ['organization'], nullable: true },
      title: { kind: 'localized' },
      voice: { kind: 'choice', options: VoiceSchema.options },
      inference: { kind: 'text', optional: true },
      evidence: { kind: 'evidence' },
    },
    labelFields: ['title'],
    permalink: 'evidence',
  }),
};

const award = {
  id: 'ada-prize',
  person: 'ada',
  organization: 'acme',
  title: { fr: 'Prix Acme', en: 'Acme prize' },
  voice: 'journalist',
  evidence: [{ source: 's1', passage: 'dirige Acme' }],
};

function folderWith(awards: unknown[]) {
  const folder = minimalDataFolder();
  folder.manifest.files.push('awards.json');
  const files = toFiles(folder);
  files.set('awards.json', JSON.stringify({ awards }));
  return files;
}

async function problemsOf(load: Promise<unknown>): Promise<Problem[]> {
  try {
    await load;
    return [];
  } catch (error) {
    if (error instanceof DatasetError) return [...error.problems];
    throw error;
  }
}

describe('the registry', () => {
  it('lists the collections in file order, each with its singular type name', () => {
    expect(COLLECTIONS).toEqual([
      'sources',
      'people',
      'organizations',
      'positions',
      'projects',
      'quotes',
      'events',
      'figures',
      'relations',
    ]);
    expect(COLLECTIONS.map((c) => REGISTRY[c].type)).toEqual([
      'source',
      'person',
      'organization',
      'position',
      'project',
      'quote',
      'event',
      'figure',
      'relation',
    ]);
  });

  it('describes exactly the fields each schema has', () => {
    for (const collection of COLLECTIONS) {
      const { schema, fields } = REGISTRY[collection];
      expect(Object.keys(fields).sort(), collection).toEqual(Object.keys(schema.shape).sort());
    }
  });

  it('labels every field in English and French, as forms show it', () => {
    const unlabelled = COLLECTIONS.flatMap((collection) =>
      Object.entries(REGISTRY[collection].fields)
        .filter(([, field]) => !field.label?.en.trim() || !field.label.fr.trim())
        .map(([name]) => `${collection}.${name}`),
    );
    expect(unlabelled).toEqual([]);
    expect(REGISTRY.quotes.fields.speaker.label).toEqual({ en: 'Speaker', fr: 'Locuteur' });
  });

  it('points every reference at a type it has', () => {
    const types = COLLECTIONS.map((c) => REGISTRY[c].type);
    for (const collection of COLLECTIONS) {
      for (const field of Object.values(REGISTRY[collection].fields)) {
        if ('to' in field) expect(types).toEqual(expect.arrayContaining([...field.to]));
      }
    }
  });
});

describe('a record type added in the registry alone', () => {
  it('is refused by the registry that does not have it', async () => {
    expect(await problemsOf(loadDataset(readerOf(folderWith([award]))))).toContainEqual(
      expect.objectContaining({ file: 'awards.json', message: expect.stringMatching(/awards/) }),
    );
  });

  it('loads, with its records, file and citations, into the dataset and its index', async () => {
    const dataset = await loadDatasetOf(WITH_AWARDS, readerOf(folderWith([award])));
    expect(collectionsOf(dataset.registry)).toContain('awards');
    expect(dataset.awards.map((a) => a.title.en)).toEqual(['Acme prize']);
    expect(dataset.fileOf.get('ada-prize')).toBe('awards.json');

    const index = buildIndex(dataset);
    expect(index.byId.get('ada-prize')).toEqual({ type: 'award', record: dataset.awards[0] });
    expect(index.citationsByRecord.get('ada-prize')).toEqual([
      expect.objectContaining({ source: 's1', paragraph: 0, start: 13, end: 24, evidence: 0 }),
    ]);
  });

  it('has its references checked like any other type’s', async () => {
    const wrong = { ...award, person: 'acme', organization: 'nobody', evidence: [] };
    const bad = { ...award, id: 'bad', person: 'acme', organization: 'nobody' };
    const problems = await problemsOf(
      loadDatasetOf(WITH_AWARDS, readerOf(folderWith([award, bad]))),
    );
    expect(problems).toEqual([
      {
        file: 'awards.json',
        record: 'bad',
        path: 'awards[1].person',
        message: '"acme" is an organization, expected the id of a person',
      },
      {
        file: 'awards.json',
        record: 'bad',
        path: 'awards[1].organization',
        message: 'unknown id "nobody": expected the id of an organization',
      },
    ]);
    expect(await problemsOf(loadDatasetOf(WITH_AWARDS, readerOf(folderWith([wrong]))))).toEqual([
      expect.objectContaining({ path: 'awards[0].evidence', record: 'ada-prize' }),
    ]);
  });

  it('is exported as JSON that loads on its own, and as a CSV of its fields', async () => {
    const index = buildIndex(await loadDatasetOf(WITH_AWARDS, readerOf(folderWith([award]))));
    const bundle = exportBundle(index, ['ada-prize'], 'One award');
    expect(bundle.export).toEqual({
      title: 'One award',
      shown: ['ada-prize'],
      references: ['s1', 'ada', 'acme'],
    });
    expect(bundle.awards).toEqual([index.byId.get('ada-prize')?.record]);

    const exported = new Map([
      [MANIFEST_FILE, JSON.stringify({ format: 'dossier/1', title: 'x', files: ['export.json'] })],
      ['export.json', JSON.stringify(bundle)],
    ]);
    const reloaded = await loadDatasetOf(WITH_AWARDS, readerOf(exported));
    expect(reloaded.awards).toEqual(bundle.awards);

    const [csv, ...others] = csvFiles(index, ['ada-prize'], 'en');
    expect(others).toEqual([]);
    expect(csv).toMatchObject({ type: 'award', name: 'awards.csv', rows: 1 });
    expect(csv?.text.slice(1).split('\r\n')).toEqual([
      'id,person,organization,title_fr,title_en,voice,inference,evidence_sources,evidence_passages',
      'ada-prize,ada,acme,Prix Acme,Acme prize,journalist,,s1,dirige Acme',
      '',
    ]);
  });
});
