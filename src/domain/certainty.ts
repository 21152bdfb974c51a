import { z } from './zod.ts';

/**
 * How firmly the text backs a claim: `stated` when its words say so, `inferred` when we deduced
 * it. Dates carry it, and so do the claims a date does not cover: a project's status and whether
 * a post is current.
 */
export const CertaintySchema = z.enum(['stated', 'inferred']);
export type Certainty = z.infer<typeof CertaintySchema>;

/** The longest note: a few sentences of reasoning, never a pasted paragraph. */
const MAX_NOTE_LENGTH = 2000;
/**
 * Written out rather than `toLocaleString('en')`: that call sets up a number format, which cost
 * the page tens of milliseconds while the registry's schemas were built, in one task.
 */
const NOTE_LENGTH_TEXT = '2,000';

function noteText(language: 'French' | 'English') {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `a note in both languages, { "fr", "en" }: the ${language} is missing`
          : `the ${language} of the note as text`,
    })
    .trim()
    .min(1, `a note in both languages: the ${language} is empty`)
    .max(MAX_NOTE_LENGTH, `a note of at most ${NOTE_LENGTH_TEXT} characters`);
}

/**
 * Our own words about the data (how something was inferred, what a transcription changed, what
 * the text leaves open), in both interface languages, so the French interface reasons in French.
 */
export const NoteSchema = z.object(
  { fr: noteText('French'), en: noteText('English') },
  {
    error: (issue) =>
      issue.input === undefined
        ? undefined
        : 'a note in both languages, { "fr": "…", "en": "…" }, not a plain text',
  },
);
export type Note = z.infer<typeof NoteSchema>;

/** The words of the source a claim rests on, and how an inferred one was reached. */
export const provenance = {
  certainty: CertaintySchema,
  /** The words of the source the claim comes from, e.g. "depuis 2009-2010", "fin 1999". */
  expression: z.string().min(1).max(MAX_NOTE_LENGTH).optional(),
  /** How an inferred claim was reached; required when `certainty` is `inferred`. */
  inference: NoteSchema.optional(),
};

/** Adds the problem "inferred without saying how" at `inference`. */
export function requireInferenceWhenInferred(
  claim: { certainty: Certainty; inference?: Note | undefined },
  ctx: z.RefinementCtx,
  what: string,
): void {
  if (claim.certainty === 'inferred' && claim.inference === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['inference'],
      message: `${what} must say how it was inferred (an "inference" note in French and English)`,
    });
  }
}

/**
 * Whether the text states a claim that is not a date (a project's status, a post being current)
 * or we inferred it, and from what.
 */
export const ClaimBasisSchema = z
  .object(provenance)
  .superRefine((basis, ctx) => requireInferenceWhenInferred(basis, ctx, 'an inferred claim'));
export type ClaimBasis = z.infer<typeof ClaimBasisSchema>;
