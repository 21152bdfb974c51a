import { organizationPath, type DatasetIndex } from './dataset-index.ts';
import { de, type FrenchNoun } from '../i18n/french.ts';

/**
 * An organization as a sentence names it: the path lists and English sentences show
 * ("Renault › Digital Factory"), and the noun French sentences put an article and a preposition
 * before — a unit with its company, « la Digital Factory de Renault », a company alone,
 * « Renault », « la SNCF ».
 */
export interface Place {
  path: string;
  /** The organization in a French sentence: a unit with its company. */
  french: FrenchNoun;
  /** The path as a French noun: it takes the article of the company it starts with. */
  frenchPath: FrenchNoun;
}

export function placeOf(index: DatasetIndex, id: string): Place {
  const path = organizationPath(index, id);
  const organization = index.organizations.get(id);
  if (!organization) return { path, french: { name: path }, frenchPath: { name: path } };
  const company = index.organizations.get(index.companyOf(id));
  const frenchPath: FrenchNoun = { ...grammarOf(company ?? organization), name: path };
  const french: FrenchNoun =
    company && company.id !== organization.id
      ? { ...grammarOf(organization), name: `${organization.name} ${de(company)}` }
      : organization;
  return { path, french, frenchPath };
}

function grammarOf(noun: FrenchNoun): Omit<FrenchNoun, 'name'> {
  return { gender: noun.gender, number: noun.number, article: noun.article };
}
