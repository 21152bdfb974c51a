import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, type DatasetIndex } from '../dataset-index.ts';
import { loadDataset } from '../load-dataset.ts';
import { builtInDataFiles, readerOf } from '../../testing/data-folder.ts';
import { voiceTest } from './career.ts';
import { relationsOfCompany, relationsOfPerson, sentenceText } from './profile-relations.ts';

let index: DatasetIndex;
beforeAll(async () => {
  index = buildIndex(await loadDataset(readerOf(builtInDataFiles())));
});

const sentences = (relations: { parts: Parameters<typeof sentenceText>[0] }[]) =>
  relations.map((r) => sentenceText(r.parts));

describe('relationsOfPerson', () => {
  it('names employers, reporting line, projects and the publication quoting them', () => {
    const relations = relationsOfPerson(index, 'patrick-hoffstetter', voiceTest([]), 'en');
    expect(sentences(relations)).toEqual(
      expect.arrayContaining([
        'worked at SFR',
        'worked at Yahoo France as Head of audience',
        'works at Renault’s Digital Factory as Chief Digital Officer (CDO), head of the Digital Factory',
        'reports to the Chief Marketing Officer (Renault)',
        'runs project New vehicle configurator',
        'contributed to project Launch of Vizzavi',
        'quoted by BFM Business (10 quotes)',
      ]),
    );
  });

  it('keeps the dates of a role and rests each link on a record', () => {
    const relations = relationsOfPerson(index, 'patrick-hoffstetter', voiceTest([]), 'en');
    const sfr = relations.find((r) => sentenceText(r.parts) === 'worked at SFR');
    expect(sfr?.start).toMatchObject({ precision: 'year', value: '2000' });
    expect(sfr?.end).toMatchObject({ precision: 'year', value: '2005' });
    expect(sfr?.basis.record.id).toBe('hoffstetter-sfr');
  });

  it('links names to their pages', () => {
    const relations = relationsOfPerson(index, 'patrick-pelata', voiceTest([]), 'en');
    const quoted = relations.find((r) => r.key === 'quoted-itespresso-pelata');
    expect(quoted?.parts).toContainEqual({
      kind: 'organization',
      id: 'itespresso',
      label: 'ITespresso.fr',
    });
  });

  it('stays on the person: nothing of Renault at large on Pélata', () => {
    const text = sentences(relationsOfPerson(index, 'patrick-pelata', voiceTest([]), 'en')).join(
      '\n',
    );
    expect(text).toContain('worked at Renault');
    expect(text).toContain('works at Salesforce');
    expect(text).not.toMatch(/Vizzavi|Mydeclic/);
  });

  it('drops what the voice filter excludes', () => {
    const relations = relationsOfPerson(
      index,
      'patrick-hoffstetter',
      voiceTest(['interviewee']),
      'en',
    );
    expect(new Set(relations.map((r) => r.basis.record.voice))).toEqual(new Set(['interviewee']));
    expect(sentences(relations)).toContain('worked at SNCF');
    // His own words give SFR ("Mon parcours numérique a véritablement débuté chez SFR en 2000").
    expect(sentences(relations)).toContain('worked at SFR');
    expect(sentences(relations)).not.toContain('worked at Yahoo France as Head of audience');
  });
});

describe('relationsOfCompany', () => {
  it('gives Salesforce its four carmakers', () => {
    const relations = relationsOfCompany(index, 'salesforce', voiceTest([]), 'en');
    expect(sentences(relations)).toEqual([
      'Salesforce works with Renault',
      'Salesforce works with Toyota',
      'Salesforce works with Nissan',
      'Salesforce works with Ford',
    ]);
    expect(relations[0]?.note).toMatch(/since 2009-2010/);
  });

  it('shows a relation from the other side, and those of units', () => {
    const text = sentences(relationsOfCompany(index, 'renault', voiceTest([]), 'en'));
    expect(text).toContain('Salesforce works with Renault');
    expect(text).toContain(
      'Renault’s Digital Factory took on people from Renault’s Équipe de la DSI chargée des développements',
    );
  });

  it('gives a unit only its own relations', () => {
    const text = sentences(
      relationsOfCompany(index, 'renault-digital-factory', voiceTest([]), 'en'),
    );
    expect(text).toHaveLength(1);
    expect(text[0]).toMatch(/took on people from/);
  });

  it('drops what the voice filter excludes', () => {
    expect(relationsOfCompany(index, 'salesforce', voiceTest(['journalist']), 'en')).toEqual([]);
  });
});

describe('relation sentences in French', () => {
  it('says a person’s links in French, titles and projects in French too', () => {
    const text = sentences(relationsOfPerson(index, 'patrick-hoffstetter', voiceTest([]), 'fr'));
    expect(text).toEqual(
      expect.arrayContaining([
        'a travaillé chez SFR',
        'a travaillé chez Yahoo France en tant que Patron de l’audience',
        'rend compte au poste de Chief Marketing Officer (Renault)',
        'dirige le projet Nouveau configurateur de véhicules',
        'a contribué au projet Lancement de Vizzavi',
        'propos cités par BFM Business (10 citations)',
      ]),
    );
    expect(text.join('\n')).not.toMatch(/\b(works|worked|reports|project|quoted|quotes)\b/);
  });

  it('says an organization’s links in French, eliding « de » before a vowel', () => {
    const relations = relationsOfCompany(index, 'renault', voiceTest([]), 'fr');
    const text = sentences(relations);
    expect(text).toContain('Salesforce travaille avec Renault');
    expect(text).toContain(
      'La Digital Factory de Renault a repris du personnel de l’Équipe de la DSI chargée des développements de Renault',
    );
    expect(relations.find((r) => r.key.includes('salesforce'))?.note).toMatch(
      /^Salesforce travaille/,
    );
  });
});
