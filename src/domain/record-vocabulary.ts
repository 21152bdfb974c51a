/**
 * The closed vocabularies and the id pattern of the records, without zod: the record schemas
 * (records.ts, loaded with the data) and the URL's search schemas (in the app's first
 * download) are both built from these, so the two cannot disagree.
 */

/** Stable slug ids: URLs depend on them (`patrick-pelata`, `renault`…). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Who says so: the person interviewed, the article itself, or we by deduction. */
export const VOICES = ['interviewee', 'journalist', 'inferred'] as const;

/** A project's lifecycle, in order from an idea to its end. */
export const PROJECT_STATUSES = [
  'planned',
  'in-progress',
  'pilot',
  'negotiation',
  'launched',
  'completed',
  /** Stopped, with no outcome stated: e.g. work cut short when its owner left. */
  'ended',
] as const;
