import { describe, expect, it } from 'vitest';
import { à, agree, articleOf, chez, de, elides, le, lead, type FrenchNoun } from './french.ts';

const renault: FrenchNoun = { name: 'Renault', gender: 'f', article: 'none' };
const orange: FrenchNoun = { name: 'Orange', gender: 'm', article: 'none' };
const yahoo: FrenchNoun = { name: 'Yahoo France', gender: 'm', article: 'none' };
const digitalFactory: FrenchNoun = { name: 'Digital Factory', gender: 'f', article: 'definite' };
const comité: FrenchNoun = { name: 'comité de direction', gender: 'm', article: 'definite' };
const équipe: FrenchNoun = { name: 'équipe de la DSI', gender: 'f', article: 'definite' };
const directions: FrenchNoun = {
  name: 'directions de pays',
  gender: 'f',
  number: 'plural',
  article: 'definite',
};

describe('French names in sentences', () => {
  it('gives each name its article, or none', () => {
    expect([renault, digitalFactory, comité, équipe, directions].map(le)).toEqual([
      'Renault',
      'la Digital Factory',
      'le comité de direction',
      'l’équipe de la DSI',
      'les directions de pays',
    ]);
    expect(articleOf({ name: 'Ada' })).toBe('');
  });

  it('contracts « de » and elides it before a vowel', () => {
    expect([renault, orange, yahoo, digitalFactory, comité, équipe, directions].map(de)).toEqual([
      'de Renault',
      'd’Orange',
      'de Yahoo France',
      'de la Digital Factory',
      'du comité de direction',
      'de l’équipe de la DSI',
      'des directions de pays',
    ]);
  });

  it('contracts « à »; « chez » never contracts', () => {
    expect([renault, digitalFactory, comité, équipe, directions].map(à)).toEqual([
      'à Renault',
      'à la Digital Factory',
      'au comité de direction',
      'à l’équipe de la DSI',
      'aux directions de pays',
    ]);
    expect([renault, digitalFactory, comité].map(chez)).toEqual([
      'chez Renault',
      'chez la Digital Factory',
      'chez le comité de direction',
    ]);
    expect(lead('avec', équipe)).toBe('avec l’');
  });

  it('makes a participle agree with the name', () => {
    expect(agree(comité, 'rattaché')).toBe('rattaché');
    expect(agree(digitalFactory, 'rattaché')).toBe('rattachée');
    expect(agree(directions, 'rattaché')).toBe('rattachées');
    expect(agree({ ...directions, gender: 'm' }, 'rattaché')).toBe('rattachés');
    expect(agree(digitalFactory, 'partenaire')).toBe('partenaire');
  });

  it('tells a vowel sound from a consonant: a mute h elides, a y before a vowel does not', () => {
    expect(['Orange', 'équipe', 'hôpital', 'Yves'].map(elides)).toEqual([true, true, true, true]);
    expect(['Renault', 'Yahoo', 'SNCF'].map(elides)).toEqual([false, false, false]);
  });
});
