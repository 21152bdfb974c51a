import type { FuzzyDate } from './fuzzy-date.ts';
import {
  EventKindSchema,
  EventSchema,
  FigureSchema,
  FURNITURE_KINDS,
  OrganizationKindSchema,
  OrganizationSchema,
  ParagraphSchema,
  PersonSchema,
  PositionSchema,
  ProjectSchema,
  ProjectStatusSchema,
  QuoteSchema,
  RelationKindSchema,
  RelationSchema,
  SourceSchema,
  SubjectRefSchema,
  VoiceSchema,
  type Evidence,
} from './records.ts';
import type { z } from './zod.ts';

/*
 * The one list of record types. For each type: the collection it is stored in (the key), its
 * singular name, its schema, and every field described — what kind of value it holds, which
 * kinds of record a reference points at — in the order tables and forms show them. The loader,
 * the integrity checks, the dataset index, the filter counts and the exports all read this
 * list; adding a record type or a reference field is one edit here plus its schema.
 */

/** What a record needs at least: a slug id. */
export interface BaseRecord {
  id: string;
}

/** A record schema: zod validates it, and its output has an id. */
export type RecordSchema = z.ZodType<BaseRecord>;

/** A field's name as forms show it: the model's words, in both interface languages. */
export interface FieldLabel {
  en: string;
  fr: string;
}

interface FieldOptions {
  /** How the CSV export writes the field: left out (`false`), or as a count of items. */
  csv?: false | 'count';
  /** What forms label the field with; every field of Dossier's registry has one (tested). */
  label?: FieldLabel;
}

/**
 * What kind of value a field holds: enough for a generic form to edit it, for the CSV export
 * to write it, and for the integrity checks to follow its references.
 */
export type FieldSpec = FieldOptions &
  (
    | { kind: 'id' }
    /** One line of text, or several (`long`); `optional` when it may be absent. */
    | { kind: 'text'; optional?: boolean; long?: boolean }
    /** The same words in French and in English. */
    | { kind: 'localized'; nullable?: boolean; optional?: boolean }
    /** Whether a claim is stated or inferred, and how (`ClaimBasis`). */
    | { kind: 'basis' }
    /**
     * A fuzzy date (`FuzzyDate`). `asOf`: the date a value holds at (a figure's), not when
     * something happened; the date-agreement check compares it only with other such dates.
     * `since`: when the record came into being (an organization's), optional, which that check
     * leaves alone: a unit is named in passages long after it began.
     */
    | { kind: 'date'; nullable?: boolean; asOf?: boolean; since?: boolean }
    /** One of `options`; `optional` when it may be absent. */
    | { kind: 'choice'; options: readonly string[]; optional?: boolean }
    | { kind: 'boolean' }
    | { kind: 'number'; nullable?: boolean }
    /** An http(s) address. */
    | { kind: 'url'; nullable?: boolean }
    /** A two-letter language code. */
    | { kind: 'language' }
    /** A list of texts (aliases), or of notes in French and English (`notes`). */
    | { kind: 'texts'; notes?: boolean }
    /** A list of slugs that are labels, not references (quote topics). */
    | { kind: 'tags' }
    /**
     * The id of one record of one of the kinds `to`. A `tree` reference points at a parent of
     * the same kind: the checks follow it for loops, and it connects both records.
     */
    | { kind: 'reference'; to: readonly string[]; nullable?: boolean; tree?: boolean }
    /** A list of ids of records of the kinds `to`. */
    | { kind: 'references'; to: readonly string[]; min?: number }
    /** `{ kind, id }`: a record of one of the kinds `to`, its kind stored beside its id. */
    | { kind: 'subject'; to: readonly string[] }
    /** Verbatim passages of sources, each `{ source, passage }`. */
    | { kind: 'evidence' }
    /**
     * A source's text, paragraph by paragraph (`{ text, kind, translation? }`); paragraphs of a
     * `furniture` kind are the web page's, not the article's: no evidence may cite them.
     */
    | { kind: 'paragraphs'; kinds: readonly string[]; furniture: readonly string[] }
  );

export type FieldKind = FieldSpec['kind'];

/** Every field of a record, described; a field the schema has and this misses fails to compile. */
export type FieldsOf<T> = { readonly [K in keyof T & string]-?: FieldSpec };

/** Which view a permalink (`/r/<id>`) opens for a record of the type. */
export type PermalinkView =
  /** The timeline, with the record's details panel open. */
  | 'timeline'
  | 'projects'
  | 'quotes'
  | 'person-profile'
  | 'company-profile'
  | 'source-reader'
  /** The source reader, at the record's first evidence passage. */
  | 'evidence';

/** What a type-specific check may do: report a problem, read a source's paragraphs. */
export interface CheckContext {
  /** A problem at `path` below the record (`original`, `to`), or at the record itself (`''`). */
  report(path: string, message: string): void;
  /** The source's paragraphs that may be cited: its furniture left out. */
  paragraphsOf(source: string): readonly string[] | undefined;
}

export interface RecordSpec<T extends string = string, S extends RecordSchema = RecordSchema> {
  /** The singular name: `person` for the `people` collection. */
  type: T;
  schema: S;
  /** Every field, in the order tables and forms show them. */
  fields: FieldsOf<z.output<S>>;
  /** The fields that name the record in lists and searches. */
  labelFields: readonly (keyof z.output<S> & string)[];
  permalink: PermalinkView;
  /**
   * Records of this type that no other record refers to (`referenced`), or that no record
   * cites as evidence (`cited`), are reported: they could never be reached in the interface.
   */
  orphan?: { unless: 'referenced' | 'cited'; message: string };
  /** The fields that open and close the record's span of time: an end before the start is reported. */
  span?(record: z.output<S>): { start: FuzzyDate | null; end: FuzzyDate | null };
  /** Rules of this type that a field description cannot say. */
  check?(record: z.output<S>, context: CheckContext): void;
}

/** Any record spec, as generic code reads it (`RecordSpec` of any type and schema fits). */
export interface AnyRecordSpec {
  type: string;
  schema: RecordSchema;
  fields: Readonly<Record<string, FieldSpec>>;
  labelFields: readonly string[];
  permalink: PermalinkView;
  orphan?: { unless: 'referenced' | 'cited'; message: string };
  span?(record: BaseRecord): { start: FuzzyDate | null; end: FuzzyDate | null };
  check?(record: BaseRecord, context: CheckContext): void;
}

/** Types a record spec, keeping its type name as a literal and its schema's record type. */
export function defineRecordType<const T extends string, S extends RecordSchema>(
  spec: RecordSpec<T, S>,
): RecordSpec<T, S> {
  return spec;
}

/** A registry: record specs by collection name, in the order files and exports list them. */
export type Registry<R> = { readonly [C in keyof R]: AnyRecordSpec };

/** A collection name of the registry: `people`. */
export type CollectionOf<R> = keyof R & string;
/** The record type stored in a collection. */
export type RecordOf<R extends Registry<R>, C extends keyof R> = z.output<R[C]['schema']>;
/** A registry's record type names: `person`. */
export type RecordTypeOf<R extends Registry<R>> = R[keyof R]['type'];
/** Every collection's records. */
export type CollectionsOf<R extends Registry<R>> = { [C in keyof R]: RecordOf<R, C>[] };
/** One record of any collection, tagged with its type name and collection. */
export type EntryOf<R extends Registry<R>> = {
  [C in keyof R]: { type: R[C]['type']; record: RecordOf<R, C> };
}[keyof R];

const sourcedFields = {
  voice: { kind: 'choice', options: VoiceSchema.options, label: { en: 'Voice', fr: 'Voix' } },
  inference: { kind: 'localized', optional: true, label: { en: 'Inference', fr: 'Inférence' } },
  note: { kind: 'localized', optional: true, label: { en: 'Note', fr: 'Note' } },
  evidence: { kind: 'evidence', label: { en: 'Evidence', fr: 'Passages cités' } },
} as const satisfies Record<string, FieldSpec>;

const SUBJECT_KINDS = SubjectRefSchema.shape.kind.options;

/** The record types of Dossier. */
export const REGISTRY = {
  sources: defineRecordType({
    type: 'source',
    schema: SourceSchema,
    fields: {
      id: { kind: 'id', label: { en: 'Id', fr: 'Identifiant' } },
      publication: { kind: 'text', label: { en: 'Publication', fr: 'Publication' } },
      publisher: {
        kind: 'reference',
        to: ['organization'],
        nullable: true,
        label: { en: 'Publisher', fr: 'Éditeur' },
      },
      title: { kind: 'text', label: { en: 'Title', fr: 'Titre' } },
      language: { kind: 'language', label: { en: 'Language', fr: 'Langue' } },
      url: { kind: 'url', nullable: true, label: { en: 'URL', fr: 'URL' } },
      genre: {
        kind: 'choice',
        options: SourceSchema.shape.genre.options,
        label: { en: 'Genre', fr: 'Genre' },
      },
      published: { kind: 'date', label: { en: 'Published', fr: 'Publication le' } },
      subjects: { kind: 'references', to: ['person'], label: { en: 'Subjects', fr: 'Sujets' } },
      // A source's text is left out of the CSV: it is the JSON export's job, and would swamp
      // a spreadsheet.
      transcriptionNotes: {
        kind: 'texts',
        notes: true,
        csv: false,
        label: { en: 'Transcription notes', fr: 'Notes de transcription' },
      },
      note: { kind: 'localized', optional: true, label: { en: 'Note', fr: 'Note' } },
      paragraphs: {
        kind: 'paragraphs',
        kinds: ParagraphSchema.shape.kind.options,
        furniture: FURNITURE_KINDS,
        csv: 'count',
        label: { en: 'Paragraphs', fr: 'Paragraphes' },
      },
    },
    labelFields: ['publication', 'title'],
    permalink: 'source-reader',
    orphan: { unless: 'cited', message: 'orphan source: no record cites it as evidence' },
  }),
  people: defineRecordType({
    type: 'person',
    schema: PersonSchema,
    fields: {
      id: { kind: 'id', label: { en: 'Id', fr: 'Identifiant' } },
      name: { kind: 'text', label: { en: 'Name', fr: 'Nom' } },
      summary: { kind: 'localized', label: { en: 'Summary', fr: 'Résumé' } },
      ...sourcedFields,
    },
    labelFields: ['name'],
    permalink: 'person-profile',
    orphan: {
      unless: 'referenced',
      message: 'orphan person: no position, project, quote, event, figure or source refers to them',
    },
  }),
  organizations: defineRecordType({
    type: 'organization',
    schema: OrganizationSchema,
    fields: {
      id: { kind: 'id', label: { en: 'Id', fr: 'Identifiant' } },
      name: { kind: 'text', label: { en: 'Name', fr: 'Nom' } },
      aliases: { kind: 'texts', label: { en: 'Aliases', fr: 'Autres noms' } },
      kind: {
        kind: 'choice',
        options: OrganizationKindSchema.options,
        label: { en: 'Kind', fr: 'Type' },
      },
      parent: {
        kind: 'reference',
        to: ['organization'],
        nullable: true,
        tree: true,
        label: { en: 'Parent', fr: 'Rattachée à' },
      },
      description: { kind: 'localized', label: { en: 'Description', fr: 'Description' } },
      gender: {
        kind: 'choice',
        options: OrganizationSchema.shape.gender.unwrap().options,
        optional: true,
        label: { en: 'Gender of the name in French', fr: 'Genre du nom' },
      },
      number: {
        kind: 'choice',
        options: OrganizationSchema.shape.number.unwrap().options,
        optional: true,
        label: { en: 'Number of the name in French', fr: 'Nombre du nom' },
      },
      article: {
        kind: 'choice',
        options: OrganizationSchema.shape.article.unwrap().options,
        optional: true,
        label: { en: 'Article in French', fr: 'Article' },
      },
      since: { kind: 'date', nullable: true, since: true, label: { en: 'Since', fr: 'Depuis' } },
      ...sourcedFields,
    },
    labelFields: ['name', 'aliases'],
    permalink: 'company-profile',
    orphan: {
      unless: 'referenced',
      message: 'orphan organization: no other record refers to it',
    },
  }),
  positions: defineRecordType({
    type: 'position',
    schema: PositionSchema,
    fields: {
      id: { kind: 'id', label: { en: 'Id', fr: 'Identifiant' } },
      person: {
        kind: 'reference',
        to: ['person'],
        nullable: true,
        label: { en: 'Person', fr: 'Personne' },
      },
      organization: {
        kind: 'reference',
        to: ['organization'],
        label: { en: 'Organization', fr: 'Organisation' },
      },
      title: { kind: 'localized', nullable: true, label: { en: 'Title', fr: 'Intitulé' } },
      description: { kind: 'localized', label: { en: 'Description', fr: 'Description' } },
      start: { kind: 'date', nullable: true, label: { en: 'Start', fr: 'Début' } },
      end: { kind: 'date', nullable: true, label: { en: 'End', fr: 'Fin' } },
      current: { kind: 'boolean', label: { en: 'Current', fr: 'En poste' } },
      currentBasis: { kind: 'basis', label: { en: 'Current: basis', fr: 'En poste : fondement' } },
      reportsTo: {
        kind: 'references',
        to: ['position'],
        label: { en: 'Reports to', fr: 'Rend compte à' },
      },
      ...sourcedFields,
    },
    labelFields: ['title'],
    permalink: 'timeline',
    span: ({ start, end }) => ({ start, end }),
  }),
  projects: defineRecordType({
    type: 'project',
    schema: ProjectSchema,
    fields: {
      id: { kind: 'id', label: { en: 'Id', fr: 'Identifiant' } },
      name: { kind: 'localized', label: { en: 'Name', fr: 'Nom' } },
      status: {
        kind: 'choice',
        options: ProjectStatusSchema.options,
        label: { en: 'Status', fr: 'Statut' },
      },
      statusBasis: { kind: 'basis', label: { en: 'Status: basis', fr: 'Statut : fondement' } },
      organizations: {
        kind: 'references',
        to: ['organization'],
        min: 1,
        label: { en: 'Organizations', fr: 'Organisations' },
      },
      owner: {
        kind: 'reference',
        to: ['person'],
        nullable: true,
        label: { en: 'Owner', fr: 'Responsable' },
      },
      contributors: {
        kind: 'references',
        to: ['person'],
        label: { en: 'Contributors', fr: 'Contributeurs' },
      },
      partOf: {
        kind: 'reference',
        to: ['project'],
        nullable: true,
        label: { en: 'Part of', fr: 'Fait partie de' },
      },
      start: { kind: 'date', nullable: true, label: { en: 'Start', fr: 'Début' } },
      end: { kind: 'date', nullable: true, label: { en: 'End', fr: 'Fin' } },
      description: { kind: 'localized', label: { en: 'Description', fr: 'Description' } },
      ...sourcedFields,
    },
    labelFields: ['name'],
    permalink: 'projects',
    span: ({ start, end }) => ({ start, end }),
  }),
  quotes: defineRecordType({
    type: 'quote',
    schema: QuoteSchema,
    fields: {
      id: { kind: 'id', label: { en: 'Id', fr: 'Identifiant' } },
      speaker: { kind: 'reference', to: ['person'], label: { en: 'Speaker', fr: 'Locuteur' } },
      source: { kind: 'reference', to: ['source'], label: { en: 'Source', fr: 'Source' } },
      original: { kind: 'text', long: true, label: { en: 'Original', fr: 'Original' } },
      translation: { kind: 'text', long: true, label: { en: 'Translation', fr: 'Traduction' } },
      topics: { kind: 'tags', label: { en: 'Topics', fr: 'Thèmes' } },
      about: {
        kind: 'references',
        to: ['person', 'organization', 'project'],
        label: { en: 'About', fr: 'À propos de' },
      },
      ...sourcedFields,
    },
    labelFields: ['original', 'translation'],
    permalink: 'quotes',
    check(quote, { report, paragraphsOf }) {
      const paragraphs = paragraphsOf(quote.source);
      if (paragraphs && !paragraphs.some((text) => text.includes(quote.original))) {
        report(
          'original',
          `quote not found verbatim in source "${quote.source}": "${clip(quote.original)}"`,
        );
      }
      if (!quote.evidence.some((item) => item.source === quote.source)) {
        report(
          'evidence',
          `expected at least one passage from the quote's source "${quote.source}"`,
        );
      }
    },
  }),
  events: defineRecordType({
    type: 'event',
    schema: EventSchema,
    fields: {
      id: { kind: 'id', label: { en: 'Id', fr: 'Identifiant' } },
      date: { kind: 'date', nullable: true, label: { en: 'Date', fr: 'Date' } },
      kind: { kind: 'choice', options: EventKindSchema.options, label: { en: 'Kind', fr: 'Type' } },
      title: { kind: 'localized', label: { en: 'Title', fr: 'Titre' } },
      people: { kind: 'references', to: ['person'], label: { en: 'People', fr: 'Personnes' } },
      organizations: {
        kind: 'references',
        to: ['organization'],
        label: { en: 'Organizations', fr: 'Organisations' },
      },
      projects: { kind: 'references', to: ['project'], label: { en: 'Projects', fr: 'Projets' } },
      ...sourcedFields,
    },
    labelFields: ['title'],
    permalink: 'timeline',
    check(event, { report }) {
      if (event.people.length + event.organizations.length + event.projects.length === 0) {
        report('', 'an event must involve at least one person, organization or project');
      }
    },
  }),
  figures: defineRecordType({
    type: 'figure',
    schema: FigureSchema,
    fields: {
      id: { kind: 'id', label: { en: 'Id', fr: 'Identifiant' } },
      subject: { kind: 'subject', to: SUBJECT_KINDS, label: { en: 'Subject', fr: 'Sujet' } },
      label: { kind: 'localized', label: { en: 'Label', fr: 'Libellé' } },
      value: { kind: 'number', label: { en: 'Value', fr: 'Valeur' } },
      upTo: { kind: 'number', nullable: true, label: { en: 'Up to', fr: 'Jusqu’à' } },
      outOf: { kind: 'number', nullable: true, label: { en: 'Out of', fr: 'Sur' } },
      qualifier: {
        kind: 'choice',
        options: FigureSchema.shape.qualifier.options,
        label: { en: 'Qualifier', fr: 'Qualificatif' },
      },
      unit: { kind: 'localized', label: { en: 'Unit', fr: 'Unité' } },
      asOf: { kind: 'date', nullable: true, asOf: true, label: { en: 'As of', fr: 'En date de' } },
      ...sourcedFields,
    },
    labelFields: ['label'],
    permalink: 'evidence',
  }),
  relations: defineRecordType({
    type: 'relation',
    schema: RelationSchema,
    fields: {
      id: { kind: 'id', label: { en: 'Id', fr: 'Identifiant' } },
      from: { kind: 'reference', to: ['organization'], label: { en: 'From', fr: 'De' } },
      to: { kind: 'reference', to: ['organization'], label: { en: 'To', fr: 'Vers' } },
      kind: {
        kind: 'choice',
        options: RelationKindSchema.options,
        label: { en: 'Kind', fr: 'Type' },
      },
      description: { kind: 'localized', label: { en: 'Description', fr: 'Description' } },
      start: { kind: 'date', nullable: true, label: { en: 'Start', fr: 'Début' } },
      end: { kind: 'date', nullable: true, label: { en: 'End', fr: 'Fin' } },
      ...sourcedFields,
    },
    labelFields: ['description'],
    permalink: 'evidence',
    span: ({ start, end }) => ({ start, end }),
    check(relation, { report }) {
      if (relation.from === relation.to) {
        report('to', 'a relation must link two different organizations');
      }
    },
  }),
} as const;

/** Dossier's registry, as a type: what `Dataset` and `DossierRecord` are built from. */
export type DossierRegistry = typeof REGISTRY;
/** A collection name: `people`. */
export type Collection = CollectionOf<DossierRegistry>;
/** A record type name: `person`. */
export type RecordType = RecordTypeOf<DossierRegistry>;
/** Every collection of a Dossier data folder, as arrays of its records. */
export type Collections = CollectionsOf<DossierRegistry>;
/** One record of any collection, tagged with its type. */
export type DossierRecord = EntryOf<DossierRegistry>;
/** The record of one type: `RecordByType<'person'>` is `Person`. */
export type RecordByType<T extends RecordType> = Extract<DossierRecord, { type: T }>['record'];

/** The registry's collection names, in its order. */
export function collectionsOf<R extends Registry<R>>(registry: R): CollectionOf<R>[] {
  const names: CollectionOf<R>[] = [];
  for (const name in registry) names.push(name);
  return names;
}

/** Dossier's collections, in file order: `sources`, `people`… */
export const COLLECTIONS: readonly Collection[] = collectionsOf(REGISTRY);

/** Dossier's record type names, in the registry's order: `source`, `person`… */
export const RECORD_TYPES: readonly RecordType[] = COLLECTIONS.map((name) => REGISTRY[name].type);

/** The spec of one of Dossier's record types. */
export function specOfType(type: RecordType): DossierRegistry[Collection] {
  const collection = collectionOfType(REGISTRY, type);
  if (collection === undefined) throw new Error(`no record type "${type}" in the registry`);
  return REGISTRY[collection];
}

/** The collection of each record type: `person` → `people`. */
export function collectionOfType<R extends Registry<R>>(
  registry: R,
  type: string,
): CollectionOf<R> | undefined {
  return collectionsOf(registry).find((name) => registry[name].type === type);
}

/** A fresh set of empty collections. */
export function emptyCollectionsOf<R extends Registry<R>>(registry: R): CollectionsOf<R> {
  const collections: Partial<CollectionsOf<R>> = {};
  for (const name of collectionsOf(registry)) collections[name] = [];
  if (!hasEveryCollection(registry, collections)) {
    throw new Error('a collection was left out');
  }
  return collections;
}

function hasEveryCollection<R extends Registry<R>>(
  registry: R,
  collections: Partial<CollectionsOf<R>>,
): collections is CollectionsOf<R> {
  return collectionsOf(registry).every((name) => Array.isArray(collections[name]));
}

/** The records of one collection, each tagged with its type. */
export function entriesOf<R extends Registry<R>, C extends keyof R>(
  registry: R,
  collection: C,
  records: readonly RecordOf<R, C>[],
): EntryOf<R>[] {
  const { type } = registry[collection];
  return records.map((record) => ({ type, record }));
}

/** One id a record refers to, where, and the kinds of record it may name. */
export interface Reference {
  /** Below the record: `person`, `reportsTo[1]`, `evidence[0].source`, `subject.id`. */
  path: string;
  id: string;
  to: readonly string[];
  /** A `tree` reference (see `FieldSpec`). */
  tree: boolean;
  /** An evidence passage's source: what makes a source cited. */
  cites: boolean;
}

/** A field's value on a record, read by name: the schema has validated its shape. */
export function fieldValue(record: object, field: string): unknown {
  return Object.getOwnPropertyDescriptor(record, field)?.value;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** A spec's fields that hold references, in field order: listed once per spec, not per record. */
const referenceFields = new WeakMap<AnyRecordSpec, [string, FieldSpec][]>();
function referenceFieldsOf(spec: AnyRecordSpec): [string, FieldSpec][] {
  let fields = referenceFields.get(spec);
  if (!fields) {
    fields = Object.entries(spec.fields).filter(([, field]) => REFERENCE_KINDS.has(field.kind));
    referenceFields.set(spec, fields);
  }
  return fields;
}
const REFERENCE_KINDS: ReadonlySet<FieldSpec['kind']> = new Set([
  'reference',
  'references',
  'subject',
  'evidence',
]);

/** Whether records of the type may make a `tree` reference (an organization's parent). */
export function hasTreeReference(spec: AnyRecordSpec): boolean {
  return referenceFieldsOf(spec).some(([, field]) => field.kind === 'reference' && field.tree);
}

/** Every reference a record makes, in field order (see `RecordSpec.fields`). */
export function referencesOf(spec: AnyRecordSpec, record: object): Reference[] {
  const found: Reference[] = [];
  for (const [name, field] of referenceFieldsOf(spec)) {
    const value = fieldValue(record, name);
    switch (field.kind) {
      case 'reference':
        if (typeof value === 'string')
          found.push({
            path: name,
            id: value,
            to: field.to,
            tree: field.tree ?? false,
            cites: false,
          });
        break;
      case 'references':
        if (Array.isArray(value))
          value.forEach((id: unknown, i) => {
            if (typeof id === 'string')
              found.push({ path: `${name}[${i}]`, id, to: field.to, tree: false, cites: false });
          });
        break;
      case 'subject':
        if (isObject(value)) {
          const kind = fieldValue(value, 'kind');
          const id = fieldValue(value, 'id');
          if (typeof id === 'string')
            found.push({
              path: `${name}.id`,
              id,
              to: typeof kind === 'string' ? [kind] : field.to,
              tree: false,
              cites: false,
            });
        }
        break;
      case 'evidence':
        evidenceIn(value).forEach((item, i) =>
          found.push({
            path: `${name}[${i}].source`,
            id: item.source,
            to: SOURCE,
            tree: false,
            cites: true,
          }),
        );
        break;
      default:
        break;
    }
  }
  return found;
}
const SOURCE: readonly string[] = ['source'];

/** The evidence items of a field value (see `evidenceOf`). */
function evidenceIn(value: unknown): Evidence[] {
  if (!Array.isArray(value)) return [];
  const items: Evidence[] = [];
  for (const item of value) {
    if (!isObject(item)) continue;
    const source = fieldValue(item, 'source');
    const passage = fieldValue(item, 'passage');
    if (typeof source === 'string' && typeof passage === 'string') items.push({ source, passage });
  }
  return items;
}

/** The name of the record's evidence field, when its type has one. */
export function evidenceFieldOf(spec: AnyRecordSpec): string | undefined {
  // Asked for every record when indexing: each spec's fields are looked through once.
  if (evidenceFields.has(spec)) return evidenceFields.get(spec);
  const field = Object.entries(spec.fields).find(([, f]) => f.kind === 'evidence')?.[0];
  evidenceFields.set(spec, field);
  return field;
}
const evidenceFields = new WeakMap<AnyRecordSpec, string | undefined>();

/** A record's evidence passages, with the path of each below the record. */
export function evidenceOf(
  spec: AnyRecordSpec,
  record: object,
): { path: string; item: Evidence }[] {
  const field = evidenceFieldOf(spec);
  if (field === undefined) return [];
  return evidenceIn(fieldValue(record, field)).map((item, i) => ({
    path: `${field}[${i}]`,
    item,
  }));
}

/** Whether records of the type cite sources as evidence (all but sources themselves). */
export function isSourced(spec: AnyRecordSpec): boolean {
  return evidenceFieldOf(spec) !== undefined;
}

function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
