import { describe, expect, it } from 'vitest';
import type { FrenchNoun } from '../i18n/french.ts';
import { briefingSentences } from './briefing/messages.ts';
import { vocabulary } from './messages.ts';
import type { Place } from './place.ts';
import { profileSentences } from './profiles/messages.ts';

/*
 * Every French template that puts a name of the data into a sentence, each with a masculine, a
 * feminine and a vowel-initial name: the article, « de »/« à » and agreement follow the name.
 */
const masculine: FrenchNoun = { name: 'comité de direction', gender: 'm', article: 'definite' };
const feminine: FrenchNoun = { name: 'Digital Factory', gender: 'f', article: 'definite' };
const vowel: FrenchNoun = { name: 'Orange', gender: 'm', article: 'none' };
const vowelWithArticle: FrenchNoun = { name: 'équipe web', gender: 'f', article: 'definite' };
const nouns = [masculine, feminine, vowel, vowelWithArticle];
const place = (french: FrenchNoun): Place => ({
  path: french.name,
  english: french.name,
  french,
  frenchPath: french,
});

const b = briefingSentences.fr;
const p = profileSentences.fr;

describe('French briefing sentences', () => {
  it.each([
    [
      'runs',
      (n: FrenchNoun) => b.runs(place(n), 'x'),
      [
        'Dirige le comité de direction\u00a0: x',
        'Dirige la Digital Factory\u00a0: x',
        'Dirige Orange\u00a0: x',
        'Dirige l’équipe web\u00a0: x',
      ],
    ],
    [
      'heads',
      (n: FrenchNoun) => b.heads(place(n), 'x'),
      [
        'Dirige le comité de direction\u00a0: x',
        'Dirige la Digital Factory\u00a0: x',
        'Dirige Orange\u00a0: x',
        'Dirige l’équipe web\u00a0: x',
      ],
    ],
    [
      'atPlace',
      (n: FrenchNoun) => b.atPlace(place(n)),
      [
        'Chez le comité de direction (fonction non précisée)',
        'Chez la Digital Factory (fonction non précisée)',
        'Chez Orange (fonction non précisée)',
        'Chez l’équipe web (fonction non précisée)',
      ],
    ],
    [
      'kindOf',
      (n: FrenchNoun) => b.kindOf('entité', place(n)),
      [
        'entité du comité de direction',
        'entité de la Digital Factory',
        'entité d’Orange',
        'entité de l’équipe web',
      ],
    ],
    [
      'sharedEmployer',
      (n: FrenchNoun) => b.sharedEmployer(place(n), ['x']),
      [
        'Tous deux ont travaillé chez le comité de direction\u00a0: x.',
        'Tous deux ont travaillé chez la Digital Factory\u00a0: x.',
        'Tous deux ont travaillé chez Orange\u00a0: x.',
        'Tous deux ont travaillé chez l’équipe web\u00a0: x.',
      ],
    ],
    [
      'quotesAbout',
      (n: FrenchNoun) => b.quotesAbout('Ada', place(n), 2),
      [
        'Ada évoque le comité de direction dans 2\u00a0citations.',
        'Ada évoque la Digital Factory dans 2\u00a0citations.',
        'Ada évoque Orange dans 2\u00a0citations.',
        'Ada évoque l’équipe web dans 2\u00a0citations.',
      ],
    ],
    [
      'verifyHolder',
      (n: FrenchNoun) => b.verifyHolder('CMO', place(n), null),
      [
        'Qui occupe le poste de CMO chez le comité de direction\u00a0? Les sources ne le nomment pas.',
        'Qui occupe le poste de CMO chez la Digital Factory\u00a0? Les sources ne le nomment pas.',
        'Qui occupe le poste de CMO chez Orange\u00a0? Les sources ne le nomment pas.',
        'Qui occupe le poste de CMO chez l’équipe web\u00a0? Les sources ne le nomment pas.',
      ],
    ],
    [
      'verifyTitle',
      (n: FrenchNoun) => b.verifyTitle('Ada', place(n)),
      [
        'Fonction d’Ada chez le comité de direction\u00a0: non précisée par la source.',
        'Fonction d’Ada chez la Digital Factory\u00a0: non précisée par la source.',
        'Fonction d’Ada chez Orange\u00a0: non précisée par la source.',
        'Fonction d’Ada chez l’équipe web\u00a0: non précisée par la source.',
      ],
    ],
    [
      'verifyPastPost',
      (n: FrenchNoun) => b.verifyPastPost('Bob', place(n)),
      [
        'Poste de Bob chez le comité de direction et ses dates\u00a0: non précisés par la source.',
        'Poste de Bob chez la Digital Factory et ses dates\u00a0: non précisés par la source.',
        'Poste de Bob chez Orange et ses dates\u00a0: non précisés par la source.',
        'Poste de Bob chez l’équipe web et ses dates\u00a0: non précisés par la source.',
      ],
    ],
    [
      'verifyStart',
      (n: FrenchNoun) => b.verifyStart('Bob', null, place(n), '2011'),
      [
        'Bob chez le comité de direction (2011)',
        'Bob chez la Digital Factory (2011)',
        'Bob chez Orange (2011)',
        'Bob chez l’équipe web (2011)',
      ],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(nouns.map(sentence)).toEqual(expected);
  });

  it('mandate elides « de » before a vowel-initial person', () => {
    expect(b.mandate('Ada Lovelace', 'x')).toBe('Rôle d’Ada Lovelace selon la source\u00a0: x');
    expect(b.mandate('Patrick Pélata', 'x')).toBe(
      'Rôle de Patrick Pélata selon la source\u00a0: x',
    );
  });

  it('puts no second preposition before an approximate date', () => {
    expect(b.whoRole('CDO', '2011 environ', false, 'x')).toBe('CDO, depuis 2011 environ, x.');
    expect(b.from('2011 environ')).toBe('à partir de 2011 environ');
  });
});

describe('French profile sentences', () => {
  it.each([
    [
      'worksAt',
      (n: FrenchNoun) => p.worksAt(true, n),
      ['travaille chez le ', 'travaille chez la ', 'travaille chez ', 'travaille chez l’'],
    ],
    ['relationStart', (n: FrenchNoun) => p.relationStart(n), ['Le ', 'La ', '', 'L’']],
    [
      'relation customer',
      (n: FrenchNoun) => p.relation('customer', n),
      [' est client du ', ' est client de la ', ' est client d’', ' est client de l’'],
    ],
    [
      'relation works-with',
      (n: FrenchNoun) => p.relation('works-with', n),
      [' travaille avec le ', ' travaille avec la ', ' travaille avec ', ' travaille avec l’'],
    ],
  ])('%s', (_name, words, expected) => {
    expect(nouns.map(words)).toEqual(expected);
  });
});

describe('French vocabulary', () => {
  it('agrees the inferred mark with the post it is said of', () => {
    expect(vocabulary.fr.currentClaim(false, 'inferred')).toBe('Passée (déduite)');
    expect(vocabulary.fr.currentClaim(false, 'stated')).toBe('Passée');
    expect(vocabulary.fr.currentClaim(true, 'inferred')).toBe(
      'En poste à la dernière source (déduit)',
    );
  });

  it('moves « vers » after the date once a preposition stands before it', () => {
    expect(vocabulary.fr.circa('2011', false)).toBe('vers 2011');
    expect(vocabulary.fr.circa('2011', true)).toBe('2011 environ');
  });

  it('elides « de » before a vowel-initial unit of a compact figure', () => {
    expect(vocabulary.fr.compactUnit('3 milliards', 'dollars')).toBe('3 milliards de dollars');
    expect(vocabulary.fr.compactUnit('1,2 million', 'employés')).toBe('1,2 million d’employés');
  });
});
