import { z } from './zod.ts';
import { ClaimBasisSchema, NoteSchema, type Note } from './certainty.ts';
import { FuzzyDateSchema } from './fuzzy-date.ts';
import { ID_PATTERN, PROJECT_STATUSES, VOICES } from './record-vocabulary.ts';
import {
  BIDI_CONTROLS,
  BIDI_MARKS,
  charactersOf,
  CONTROLS,
  INVISIBLE_OPERATORS,
  SOFT_HYPHEN,
  spellOut,
  ZERO_WIDTH,
  ZERO_WIDTH_JOINER,
} from './text-safety.ts';

export {
  CertaintySchema,
  ClaimBasisSchema,
  NoteSchema,
  type Certainty,
  type ClaimBasis,
  type Note,
} from './certainty.ts';

/** Stable slug ids: URLs depend on them (`patrick-pelata`, `renault`…). */
export const IdSchema = z.string().regex(ID_PATTERN, {
  error: (issue) =>
    `a slug id: lowercase letters, digits and single hyphens (found ${visible(issue.input)})`,
});

/** What an id's error message spells out: every class of invisible character, the joiner too. */
const UNSEEN_IN_ID = charactersOf(
  [
    CONTROLS,
    SOFT_HYPHEN,
    ZERO_WIDTH,
    ZERO_WIDTH_JOINER,
    BIDI_MARKS,
    BIDI_CONTROLS,
    INVISIBLE_OPERATORS,
  ],
  { flags: 'g' },
);

/** A found value as a reader can see it: quoted, clipped, invisible characters spelled out. */
function visible(value: unknown): string {
  if (typeof value !== 'string') return typeof value;
  const clipped = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  const spelled = spellOut(clipped, UNSEEN_IN_ID);
  return `"${spelled}"`;
}

/**
 * The longest text one field may hold. The longest paragraph of the built-in sources is about
 * 2,000 characters; a field far past this is a paste gone wrong, and would drown every view.
 */
export const MAX_TEXT_LENGTH = 20_000;

const text = z
  .string()
  .trim()
  .min(1, 'a non-empty text')
  .max(MAX_TEXT_LENGTH, {
    error: (issue) =>
      `a text of at most ${MAX_TEXT_LENGTH.toLocaleString('en')} characters (found ${
        typeof issue.input === 'string' ? issue.input.length.toLocaleString('en') : 'more'
      })`,
  });

/** The same words in French (original or our wording) and in English. */
export const LocalizedSchema = z.object({ fr: text, en: text });
export type Localized = z.infer<typeof LocalizedSchema>;

export const VoiceSchema = z.enum(VOICES);
/** Who says so: the person interviewed, the article itself, or we by deduction. */
export type Voice = z.infer<typeof VoiceSchema>;

export const EvidenceSchema = z.object({
  source: IdSchema,
  /** A verbatim excerpt of one paragraph of the source text. */
  passage: text,
});
export type Evidence = z.infer<typeof EvidenceSchema>;

const sourced = {
  id: IdSchema,
  evidence: z.array(EvidenceSchema).min(1, 'at least one evidence passage'),
  voice: VoiceSchema,
  /** How an `inferred` record was deduced, in French and English; required for that voice. */
  inference: NoteSchema.optional(),
  /**
   * What the text leaves open and how the record reads it, in French and English: where a
   * passage allows two readings, the record says so rather than choose one silently.
   */
  note: NoteSchema.optional(),
};

function requireInferenceForInferredVoice(
  record: { voice: Voice; inference?: Note | undefined },
  ctx: z.RefinementCtx,
): void {
  if (record.voice === 'inferred' && record.inference === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['inference'],
      message:
        'a record with voice "inferred" must say how it was inferred (an "inference" note in French and English)',
    });
  }
}

/** Paragraph kinds that are the web page's furniture, not the article: never cited, never translated. */
export const FURNITURE_KINDS: readonly string[] = ['chrome'];

export const ParagraphSchema = z
  .object({
    text,
    /** `chrome` is the web page's furniture (breadcrumbs, comment forms), kept but dimmed. */
    kind: z.enum(['heading', 'lead', 'question', 'answer', 'body', 'chrome']),
    /**
     * Our English translation of the paragraph, shown beside it on demand. Optional, so a
     * freshly imported source loads before anyone has translated it (check-data warns).
     */
    translation: text.optional(),
  })
  .superRefine((paragraph, ctx) => {
    if (FURNITURE_KINDS.includes(paragraph.kind) && paragraph.translation !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['translation'],
        message: `a "${paragraph.kind}" paragraph is the web page's furniture, not the article: it takes no translation`,
      });
    }
  });
export type Paragraph = z.infer<typeof ParagraphSchema>;

export const SourceSchema = z.object({
  id: IdSchema,
  publication: text,
  /** The organization record of the publisher, when there is one. */
  publisher: IdSchema.nullable(),
  title: text,
  language: z.string().regex(/^[a-z]{2}$/, 'a two-letter language code'),
  /** Shown as a link, so only a web address: never `javascript:` or `data:`. */
  url: z
    .url({
      protocol: /^https?$/,
      error: (issue) => `an http:// or https:// address (found ${visible(issue.input)})`,
    })
    .nullable(),
  genre: z.enum(['interview', 'profile', 'article']),
  /** When it was published: neither built-in text carries a date, so this is inferred. */
  published: FuzzyDateSchema,
  /** People the piece is about. */
  subjects: z.array(IdSchema),
  /** What was changed from the text as received, and why (e.g. restored dashes), in both languages. */
  transcriptionNotes: z.array(NoteSchema),
  /** What a reader should know about the source itself (e.g. that the page is a repost). */
  note: NoteSchema.optional(),
  paragraphs: z.array(ParagraphSchema).min(1, 'at least one paragraph'),
});
export type Source = z.infer<typeof SourceSchema>;

export const PersonSchema = z
  .object({ ...sourced, name: text, summary: LocalizedSchema })
  .superRefine(requireInferenceForInferredVoice);
export type Person = z.infer<typeof PersonSchema>;

export const OrganizationKindSchema = z.enum([
  'company',
  'subsidiary',
  'unit',
  'directorate',
  'team',
  'brand',
  'media',
]);
export type OrganizationKind = z.infer<typeof OrganizationKindSchema>;

export const OrganizationSchema = z
  .object({
    ...sourced,
    name: text,
    /** Other names the sources use: "la firme au losange", "l'usine numérique". */
    aliases: z.array(text),
    kind: OrganizationKindSchema,
    /** The organization this one belongs to: Renault for its Digital Factory. */
    parent: IdSchema.nullable(),
    description: LocalizedSchema,
    /**
     * How French sentences treat the name (`src/i18n/french.ts`): its gender and number, for
     * agreement (« rattachée »), and whether it takes the definite article — « la Digital
     * Factory », « la SNCF », « le comité de direction », but « Renault », « Salesforce ». Absent:
     * masculine, singular, no article.
     */
    gender: z.enum(['m', 'f']).optional(),
    number: z.enum(['singular', 'plural']).optional(),
    article: z.enum(['none', 'definite']).optional(),
    /**
     * When it came into being, where the text says or implies it (the Digital Factory, "barely
     * eighteen months" before the article): the org chart leaves it out as of an earlier date.
     * Absent when the text says nothing of it.
     */
    since: FuzzyDateSchema.nullable().optional(),
  })
  .superRefine(requireInferenceForInferredVoice);
export type Organization = z.infer<typeof OrganizationSchema>;

export const PositionSchema = z
  .object({
    ...sourced,
    /** Null when the sources name the post but not who holds it. */
    person: IdSchema.nullable(),
    organization: IdSchema,
    /** Null when the sources do not give the title. */
    title: LocalizedSchema.nullable(),
    description: LocalizedSchema,
    start: FuzzyDateSchema.nullable(),
    end: FuzzyDateSchema.nullable(),
    current: z.boolean(),
    /** Whether the text says the post is (or is no longer) held, or we inferred it, and from what. */
    currentBasis: ClaimBasisSchema,
    /** Positions this one reports to; more than one reporting line is allowed. */
    reportsTo: z.array(IdSchema),
  })
  .superRefine(requireInferenceForInferredVoice)
  .superRefine((position, ctx) => {
    if (position.current && position.end !== null) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'a current position has no end' });
    }
  });
export type Position = z.infer<typeof PositionSchema>;

export const ProjectStatusSchema = z.enum(PROJECT_STATUSES);
export type ProjectStatus = z.infer<typeof ProjectStatusSchema>;

export const ProjectSchema = z
  .object({
    ...sourced,
    name: LocalizedSchema,
    organizations: z.array(IdSchema).min(1, 'at least one organization'),
    owner: IdSchema.nullable(),
    contributors: z.array(IdSchema),
    /** A larger project this one is part of. */
    partOf: IdSchema.nullable(),
    status: ProjectStatusSchema,
    /** Whether the text gives the status, or we inferred it, and from what. */
    statusBasis: ClaimBasisSchema,
    start: FuzzyDateSchema.nullable(),
    end: FuzzyDateSchema.nullable(),
    description: LocalizedSchema,
  })
  .superRefine(requireInferenceForInferredVoice);
export type Project = z.infer<typeof ProjectSchema>;

export const QuoteSchema = z
  .object({
    ...sourced,
    speaker: IdSchema,
    source: IdSchema,
    /** Verbatim, in the original French. */
    original: text,
    /** Our English translation. */
    translation: text,
    topics: z.array(IdSchema).min(1, 'at least one topic'),
    /** Organizations, people and projects the quote is about. */
    about: z.array(IdSchema),
  })
  .superRefine(requireInferenceForInferredVoice);
export type Quote = z.infer<typeof QuoteSchema>;

export const EventKindSchema = z.enum([
  'founding',
  'creation',
  'hire',
  'departure',
  'launch',
  'decision',
  'setback',
  'milestone',
  'context',
]);
export type EventKind = z.infer<typeof EventKindSchema>;

export const EventSchema = z
  .object({
    ...sourced,
    /** Null when the sources place the event only relative to others. */
    date: FuzzyDateSchema.nullable(),
    kind: EventKindSchema,
    title: LocalizedSchema,
    people: z.array(IdSchema),
    organizations: z.array(IdSchema),
    projects: z.array(IdSchema),
  })
  .superRefine(requireInferenceForInferredVoice);
export type DossierEvent = z.infer<typeof EventSchema>;

export const SubjectRefSchema = z.object({
  kind: z.enum(['person', 'organization', 'project']),
  id: IdSchema,
});
export type SubjectRef = z.infer<typeof SubjectRefSchema>;

export const FigureQualifierSchema = z.enum(['exact', 'about', 'more-than', 'barely', 'range']);
export type FigureQualifier = z.infer<typeof FigureQualifierSchema>;

export const FigureSchema = z
  .object({
    ...sourced,
    subject: SubjectRefSchema,
    label: LocalizedSchema,
    value: z.number().finite(),
    /** Upper bound when the source gives a range ("treize à quatorze fois"). */
    upTo: z.number().finite().nullable(),
    /**
     * How the source qualifies the number: "plus de", "une vingtaine", "à peine"; `range` for a
     * span from `value` to `upTo` ("treize à quatorze").
     */
    qualifier: FigureQualifierSchema,
    /** The whole a part is counted against: 12 *of 15* carmakers. */
    outOf: z.number().finite().nullable(),
    unit: LocalizedSchema,
    asOf: FuzzyDateSchema.nullable(),
  })
  .superRefine(requireInferenceForInferredVoice)
  .superRefine((figure, ctx) => {
    if (figure.upTo !== null && figure.upTo < figure.value) {
      ctx.addIssue({ code: 'custom', path: ['upTo'], message: 'upTo must not be below value' });
    }
    if (figure.qualifier === 'range' && figure.upTo === null) {
      ctx.addIssue({ code: 'custom', path: ['upTo'], message: 'a range needs its upper bound' });
    }
    if (figure.qualifier === 'exact' && figure.upTo !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['qualifier'],
        message:
          'a figure with an upper bound is not exact: qualifier "range" ("treize à quatorze")',
      });
    }
  });
export type Figure = z.infer<typeof FigureSchema>;

export const RelationKindSchema = z.enum([
  'works-with',
  'customer',
  'partner',
  'pilot',
  'discussion',
  /** People moved from one organization to the other. */
  'team-transfer',
]);
export type RelationKind = z.infer<typeof RelationKindSchema>;

export const RelationSchema = z
  .object({
    ...sourced,
    /** The supplier side: Salesforce in "Renault is a customer of Salesforce". */
    from: IdSchema,
    to: IdSchema,
    kind: RelationKindSchema,
    description: LocalizedSchema,
    start: FuzzyDateSchema.nullable(),
    end: FuzzyDateSchema.nullable(),
  })
  .superRefine(requireInferenceForInferredVoice);
export type Relation = z.infer<typeof RelationSchema>;

/**
 * What an exported file says about itself: which view and filter it was exported from, which
 * records were shown there, and which were added only so the file stands alone (the records
 * and sources the shown ones refer to). Ignored when loading.
 */
export const ExportNoteSchema = z.strictObject({
  title: text,
  shown: z.array(IdSchema),
  references: z.array(IdSchema),
});
export type ExportNote = z.infer<typeof ExportNoteSchema>;

export const ManifestSchema = z.strictObject({
  format: z.literal('dossier/1'),
  title: text,
  /** Data files, relative to the manifest, loaded in this order. */
  files: z
    .array(
      z
        .string()
        .regex(
          /^(?!\/)(?!.*\.\.)[\w./-]+\.json$/,
          'a relative path to a .json file, without ".." or a leading "/"',
        ),
    )
    // A new dossier lists none until its first save.
    .max(100_000),
});
export type Manifest = z.infer<typeof ManifestSchema>;
