import { organizationPath, type DatasetIndex } from './dataset-index.ts';
import { de, type FrenchNoun } from '../i18n/french.ts';
import type { Locale } from '../i18n/locale.ts';

/**
 * An organization as a sentence names it. The path is for lists and labels that show the tree
 * ("Renault › Digital Factory"); running prose never shows the arrow: an English sentence says
 * "Renault’s Digital Factory", a French one puts an article and a preposition before the noun —
 * a unit with its company, « la Digital Factory de Renault », a company alone, « Renault »,
 * « la SNCF ».
 */
export interface Place {
  path: string;
  /** The organization in an English sentence: "Renault’s Digital Factory", "Salesforce". */
  english: string;
  /** The organization in a French sentence: a unit with its company. */
  french: FrenchNoun;
  /** The path as a French noun: it takes the article of the company it starts with. */
  frenchPath: FrenchNoun;
}

export function placeOf(index: DatasetIndex, id: string): Place {
  const path = organizationPath(index, id);
  const organization = index.organizations.get(id);
  if (!organization)
    return { path, english: path, french: { name: path }, frenchPath: { name: path } };
  const company = index.organizations.get(index.companyOf(id));
  const frenchPath: FrenchNoun = { ...grammarOf(company ?? organization), name: path };
  // A unit whose name already says its company ("Yahoo France") is not named twice.
  const unit =
    company &&
    company.id !== organization.id &&
    !organization.name.toLowerCase().includes(company.name.toLowerCase())
      ? company
      : null;
  const english = unit ? `${unit.name}’s ${organization.name}` : organization.name;
  const french: FrenchNoun = unit
    ? { ...grammarOf(organization), name: `${organization.name} ${de(unit)}` }
    : organization;
  return { path, english, french, frenchPath };
}

function grammarOf(noun: FrenchNoun): Omit<FrenchNoun, 'name'> {
  return { gender: noun.gender, number: noun.number, article: noun.article };
}

/**
 * The place as a list inside a sentence names it, with no arrow: "Renault’s Digital Factory",
 * « Digital Factory de Renault » (no article: it follows a title and a comma, or an arrow of
 * the career line, as the path did, and page 1 of the briefing must still fit one A4 page).
 */
export function placeInProse(place: Place, locale: Locale): string {
  return locale === 'en' ? place.english : place.french.name;
}
