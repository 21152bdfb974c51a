import { bobAndGlobex, minimalDataFolder, toFiles, type DataFiles } from './data-folder.ts';

const year = (value: string) => ({ precision: 'year', value, certainty: 'stated' });
const stated = { certainty: 'stated' };

/**
 * A dossier small enough to hold in one's head, for view tests about behaviour rather than
 * about the shipped interviews. Two sources: La Gazette (2012) where Ada Lovelace speaks, and
 * Le Courrier (2010) where Bob Martin does. Five projects, one per status below, and four quotes:
 *
 * | project | status | owner | contributors | dates |
 * |---|---|---|---|---|
 * | Zeta plan | planned | Ada | | 2013 |
 * | Customer portal | launched | Ada | | 2011 |
 * | Robot pilot | pilot | none | Bob | not stated |
 * | Globex deal | negotiation | Bob | | 2010 |
 * | Audit | completed | none | | 2009 to 2010 |
 *
 * Quotes: Ada twice in La Gazette (one about Globex), Bob twice in Le Courrier (one about the
 * customer portal). So Bob runs one project, works on another and speaks about a third.
 */
export function smallDossierFiles(): DataFiles {
  const folder = minimalDataFolder();
  const gazette = folder.source.sources[0];
  if (!gazette) throw new Error('the minimal folder has a source');
  gazette.subjects = ['ada'];
  gazette.paragraphs = [
    { text: 'Ada Lovelace dirige Acme depuis 2010.', kind: 'body' },
    { text: 'Acme prépare le plan Zêta pour 2013 et pilote un robot.', kind: 'body' },
    { text: '« Notre portail client a changé notre métier », dit-elle.', kind: 'answer' },
    { text: '« Globex est un concurrent sérieux », ajoute-t-elle.', kind: 'answer' },
  ];
  folder.source.sources.push({
    ...gazette,
    id: 's2',
    publication: 'Le Courrier',
    title: 'Entretien',
    published: year('2010'),
    subjects: ['bob'],
    paragraphs: [
      { text: 'Bob Martin négocie un accord entre Globex et Acme.', kind: 'body' },
      { text: 'Un audit d’Acme a eu lieu de 2009 à 2010.', kind: 'body' },
      { text: '« Nous signerons avant l’été », dit Bob Martin.', kind: 'answer' },
      { text: '« Le portail d’Acme est une réussite », reconnaît-il.', kind: 'answer' },
    ],
  });
  const { records } = folder;
  const in1 = (passage: string) => [{ source: 's1', passage }];
  const in2 = (passage: string) => [{ source: 's2', passage }];
  const bob = bobAndGlobex('s2');
  records.people?.push(bob.person);
  records.organizations?.push(bob.organization);
  const project = (
    id: string,
    [en, fr]: [string, string],
    status: string,
    people: { owner: string | null; contributors: string[] },
    [start, end]: [string | null, string | null],
    evidence: { source: string; passage: string }[],
  ) => ({
    id,
    name: { en, fr },
    organizations: ['acme'],
    ...people,
    partOf: null,
    status,
    statusBasis: stated,
    start: start === null ? null : year(start),
    end: end === null ? null : year(end),
    description: { en, fr },
    voice: 'journalist',
    evidence,
  });
  records.projects = [
    project(
      'zeta',
      ['Zeta plan', 'Plan Zêta'],
      'planned',
      { owner: 'ada', contributors: [] },
      ['2013', null],
      in1('le plan Zêta pour 2013'),
    ),
    project(
      'portal',
      ['Customer portal', 'Portail client'],
      'launched',
      { owner: 'ada', contributors: [] },
      ['2011', null],
      [...in1('Notre portail client'), ...in2('Le portail d’Acme est une réussite')],
    ),
    project(
      'robot',
      ['Robot pilot', 'Pilote robotique'],
      'pilot',
      { owner: null, contributors: ['bob'] },
      [null, null],
      in1('pilote un robot'),
    ),
    project(
      'deal',
      ['Globex deal', 'Accord Globex'],
      'negotiation',
      { owner: 'bob', contributors: [] },
      ['2010', null],
      in2('un accord entre Globex et Acme'),
    ),
    project(
      'audit',
      ['Audit', 'Audit'],
      'completed',
      { owner: null, contributors: [] },
      ['2009', '2010'],
      in2('Un audit d’Acme a eu lieu de 2009 à 2010.'),
    ),
  ];
  const quote = (
    id: string,
    speaker: string,
    source: string,
    [original, translation]: [string, string],
    about: string[],
  ) => ({
    id,
    speaker,
    source,
    original,
    translation,
    topics: ['strategy'],
    about,
    voice: 'interviewee',
    evidence: [{ source, passage: original }],
  });
  records.quotes = [
    quote(
      'ada-portal',
      'ada',
      's1',
      ['Notre portail client a changé notre métier', 'Our customer portal changed our trade'],
      ['portal'],
    ),
    quote(
      'ada-globex',
      'ada',
      's1',
      ['Globex est un concurrent sérieux', 'Globex is a serious competitor'],
      ['globex'],
    ),
    quote(
      'bob-summer',
      'bob',
      's2',
      ['Nous signerons avant l’été', 'We will sign before the summer'],
      ['deal'],
    ),
    quote(
      'bob-portal',
      'bob',
      's2',
      ['Le portail d’Acme est une réussite', 'Acme’s portal is a success'],
      ['portal', 'acme'],
    ),
  ];
  return toFiles(folder);
}
