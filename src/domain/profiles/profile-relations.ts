import { organizationPath, type DatasetIndex } from '../dataset-index.ts';
import type { SourcedRecord } from '../dataset.ts';
import type { FuzzyDate } from '../fuzzy-date.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { Position, Relation, RelationKind } from '../records.ts';
import { compareRoles, projectsOfPerson, type VoiceTest } from './career.ts';
import { placeInProse, placeOf } from '../place.ts';
import { profileSentences } from './messages.ts';

/** A person or organization named in a sentence, shown as a link to its profile. */
export interface EntityRef {
  kind: 'person' | 'organization';
  id: string;
  label: string;
}

/** Words and linked names, in reading order: `['worked at ', {SFR}]`. */
export type SentencePart = string | EntityRef;

/** Who is linked to whom and through what, resting on one record. */
/** What links the subject to the other side: the briefing picks lines by it. */
export type ProfileRelationKind =
  'role' | 'reports-to' | 'oversees' | 'project' | 'quoted-by' | 'organization-relation';

export interface ProfileRelation {
  key: string;
  kind: ProfileRelationKind;
  parts: SentencePart[];
  /** Further detail in words, e.g. a relation's own description. */
  note: string | null;
  start: FuzzyDate | null;
  end: FuzzyDate | null;
  current: boolean;
  /** The record the link rests on: its voice and passage are shown with it. */
  basis: SourcedRecord;
}

/** The sentence as plain text, for tests and labels. */
export function sentenceText(parts: readonly SentencePart[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : part.label)).join('');
}

/** An organization as the sentence names it: "Renault’s Digital Factory", never the path's arrows. */
function organizationRef(index: DatasetIndex, id: string, locale: Locale): EntityRef {
  const label = index.organizations.has(id)
    ? placeInProse(placeOf(index, id), locale)
    : organizationPath(index, id);
  return { kind: 'organization', id, label };
}

/**
 * "reports to the Chief Marketing Officer (Renault)", or "reports to Ada Lovelace, Chief
 * Marketing Officer (Renault)": `verb` words the link to a named holder, `post` to a post alone.
 */
function postParts(
  index: DatasetIndex,
  post: Position,
  locale: Locale,
  verb: string,
  postAlone: (title: string | null) => string,
): SentencePart[] {
  const title = post.title?.[locale] ?? null;
  const holder = post.person === null ? undefined : index.people.get(post.person);
  const where: SentencePart[] = [' (', organizationRef(index, post.organization, locale), ')'];
  if (holder) {
    const words = profileSentences[locale];
    return [
      verb,
      { kind: 'person', id: holder.id, label: holder.name },
      words.holderTitle(title),
      ...where,
    ];
  }
  return [postAlone(title), ...where];
}

const undated = { start: null, end: null, current: false } as const;

/**
 * A person's links: where they work or worked, whom they report to and who reports to them,
 * the projects they run or contribute to, and the publications that quote them.
 */
export function relationsOfPerson(
  index: DatasetIndex,
  personId: string,
  keep: VoiceTest,
  locale: Locale,
): ProfileRelation[] {
  const words = profileSentences[locale];
  const relations: ProfileRelation[] = [];
  const roles = [...(index.positionsByPerson.get(personId) ?? [])].filter(keep).sort(compareRoles);
  const roleIds = new Set(roles.map((r) => r.id));

  for (const role of roles) {
    relations.push({
      key: `role-${role.id}`,
      kind: 'role',
      parts: [
        words.worksAt(role.current, placeOf(index, role.organization).french),
        organizationRef(index, role.organization, locale),
        ...(role.title ? [words.asTitle(role.title[locale])] : []),
      ],
      note: null,
      start: role.start,
      end: role.end,
      current: role.current,
      basis: { type: 'position', record: role },
    });
  }
  for (const role of roles) {
    for (const id of role.reportsTo) {
      const target = index.byId.get(id);
      if (target?.type !== 'position') continue;
      relations.push({
        key: `reports-${role.id}-${id}`,
        kind: 'reports-to',
        parts: postParts(index, target.record, locale, words.reportsTo(role.current), (title) =>
          words.reportsToPost(role.current, title),
        ),
        note: null,
        ...undated,
        basis: { type: 'position', record: role },
      });
    }
  }
  for (const other of index.dataset.positions) {
    const over = other.reportsTo.find((id) => roleIds.has(id));
    if (over === undefined || !keep(other)) continue;
    relations.push({
      key: `oversees-${over}-${other.id}`,
      kind: 'oversees',
      parts: postParts(index, other, locale, words.oversees, words.overseesPost),
      note: null,
      ...undated,
      basis: { type: 'position', record: other },
    });
  }
  for (const { project, role } of projectsOfPerson(index, personId, keep)) {
    const over = project.status === 'completed' || project.status === 'ended';
    relations.push({
      key: `project-${project.id}`,
      kind: 'project',
      parts: [words.project(role, over), project.name[locale]],
      note: null,
      start: project.start,
      end: project.end,
      current: false,
      basis: { type: 'project', record: project },
    });
  }
  // One line per publication, resting on the first quote it carries.
  const quotes = (index.quotesBySpeaker.get(personId) ?? []).filter(keep);
  for (const source of index.dataset.sources) {
    const quoted = quotes.filter((q) => q.source === source.id);
    const first = quoted[0];
    if (!first) continue;
    const publisher =
      source.publisher === null ? undefined : index.organizations.get(source.publisher);
    relations.push({
      key: `quoted-${source.id}`,
      kind: 'quoted-by',
      parts: [
        words.quotedBy,
        publisher ? organizationRef(index, publisher.id, locale) : source.publication,
        words.quoteCount(quoted.length),
      ],
      note: null,
      ...undated,
      basis: { type: 'quote', record: first },
    });
  }
  return relations;
}

/** The sentence for a relation; `from` is the supplier side of the schema. */
function relationParts(index: DatasetIndex, relation: Relation, locale: Locale): SentencePart[] {
  const from = organizationRef(index, relation.from, locale);
  const to = organizationRef(index, relation.to, locale);
  // Whose side the sentence starts from: the customer, or whoever took the people on.
  const reversed: Record<RelationKind, boolean> = {
    'works-with': false,
    customer: true,
    partner: false,
    pilot: false,
    discussion: false,
    'team-transfer': true,
  };
  const [subject, object] = reversed[relation.kind] ? [to, from] : [from, to];
  const words = profileSentences[locale];
  const start = words.relationStart(placeOf(index, subject.id).french);
  return [
    ...(start === '' ? [] : [start]),
    subject,
    words.relation(relation.kind, placeOf(index, object.id).french),
    object,
  ];
}

/**
 * The relations of an organization or any of its units, whichever side it is on: Salesforce
 * works with Renault shows on both their pages.
 */
export function relationsOfCompany(
  index: DatasetIndex,
  organizationId: string,
  keep: VoiceTest,
  locale: Locale,
): ProfileRelation[] {
  const seen = new Set<string>();
  const relations: ProfileRelation[] = [];
  for (const unit of index.descendantsOf(organizationId)) {
    for (const relation of index.relationsByOrganization.get(unit) ?? []) {
      if (seen.has(relation.id) || !keep(relation)) continue;
      seen.add(relation.id);
      relations.push({
        key: `relation-${relation.id}`,
        kind: 'organization-relation',
        parts: relationParts(index, relation, locale),
        note: relation.description[locale],
        start: relation.start,
        end: relation.end,
        current: false,
        basis: { type: 'relation', record: relation },
      });
    }
  }
  return relations;
}
