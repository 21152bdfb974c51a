import { buildIndex, type DatasetIndex } from '../domain/dataset-index.ts';
import { loadDataset } from '../domain/load-dataset.ts';
import { bobAndGlobex, minimalDataFolder, readerOf, toFiles } from './data-folder.ts';

const says = (passage: string) => [{ source: 's1', passage }];

/**
 * Ada runs Acme (title not stated) and reports to its board, whose members are not named; Bob
 * directs Globex since about 2011 (inferred) and once worked at Acme; Globex works with Acme,
 * a deal between them is not yet signed, and Bob calls Acme a key partner. One source, 2012.
 */
export async function meetingFixture(): Promise<DatasetIndex> {
  const folder = minimalDataFolder();
  const source = folder.source.sources[0];
  if (!source) throw new Error('the minimal folder has a source');
  source.paragraphs = [
    { text: 'Ada Lovelace dirige Acme depuis 2010.', kind: 'body' },
    { text: 'Bob Martin, directeur de Globex, a travaillé chez Acme.', kind: 'body' },
    {
      text: 'Globex travaille avec Acme. Un accord est en discussion, pas encore signé.',
      kind: 'body',
    },
    { text: '« Acme est un partenaire clé », dit Bob Martin.', kind: 'answer' },
    { text: 'Le conseil d’Acme supervise sa direction.', kind: 'body' },
  ];
  source.subjects = ['ada', 'bob'];
  const { records } = folder;
  const journalist = { voice: 'journalist' };
  const bob = bobAndGlobex('s1');
  records.people?.push(bob.person);
  records.organizations?.push(bob.organization);
  const ada = records.positions?.[0];
  if (ada) ada.reportsTo = ['acme-board'];
  records.positions?.push(
    {
      id: 'bob-globex',
      person: 'bob',
      organization: 'globex',
      title: { fr: 'Directeur', en: 'Director' },
      description: { fr: 'Dirige Globex.', en: 'Directs Globex.' },
      start: {
        precision: 'circa',
        value: '2011',
        certainty: 'inferred',
        inference: { fr: 'Déduit.', en: 'Guessed.' },
      },
      end: null,
      current: true,
      currentBasis: { certainty: 'stated' },
      reportsTo: [],
      ...journalist,
      evidence: says('Bob Martin, directeur de Globex'),
    },
    {
      id: 'bob-acme',
      person: 'bob',
      organization: 'acme',
      title: null,
      description: { fr: 'A travaillé chez Acme.', en: 'Worked at Acme.' },
      start: null,
      end: null,
      current: false,
      currentBasis: { certainty: 'stated' },
      reportsTo: [],
      ...journalist,
      evidence: says('a travaillé chez Acme'),
    },
    {
      id: 'acme-board',
      person: null,
      organization: 'acme',
      title: { fr: 'Conseil', en: 'Board' },
      description: { fr: 'Supervise la direction.', en: 'Oversees management.' },
      start: null,
      end: null,
      current: true,
      currentBasis: { certainty: 'stated' },
      reportsTo: [],
      ...journalist,
      evidence: says('Le conseil d’Acme supervise sa direction.'),
    },
  );
  records.relations = [
    {
      id: 'globex-acme',
      from: 'globex',
      to: 'acme',
      kind: 'works-with',
      description: { fr: 'Globex travaille avec Acme.', en: 'Globex works with Acme.' },
      start: null,
      end: null,
      ...journalist,
      evidence: says('Globex travaille avec Acme.'),
    },
  ];
  records.projects = [
    {
      id: 'deal',
      name: { fr: 'Accord Globex–Acme', en: 'Globex–Acme deal' },
      organizations: ['globex', 'acme'],
      owner: null,
      contributors: [],
      partOf: null,
      status: 'negotiation',
      statusBasis: { certainty: 'stated' },
      start: null,
      end: null,
      description: { fr: 'Pas encore signé.', en: 'Not yet signed.' },
      ...journalist,
      evidence: says('Un accord est en discussion, pas encore signé.'),
    },
  ];
  records.quotes = [
    {
      id: 'bob-key-partner',
      speaker: 'bob',
      source: 's1',
      original: 'Acme est un partenaire clé',
      translation: 'Acme is a key partner',
      topics: ['partners'],
      about: ['acme'],
      voice: 'interviewee',
      evidence: says('Acme est un partenaire clé'),
    },
  ];
  return buildIndex(await loadDataset(readerOf(toFiles(folder))));
}
