import { mergeBundles, recordsOf, type DossierRecord, type RecordType } from '../dataset.ts';
import { parseBundle } from '../load-dataset.ts';
import { collectionOfType, REGISTRY } from '../registry.ts';
import { IdSchema } from '../records.ts';
import { z } from '../zod.ts';
import { EMPTY_DRAFTS, type DraftState } from './drafts.ts';

/** A record type the registry knows. */
export const RecordTypeSchema = z.custom<RecordType>(
  (value) => typeof value === 'string' && collectionOfType(REGISTRY, value) !== undefined,
  'a record type of the registry',
);

/** A draft's record, checked by its type's schema exactly as the loader checks a file's. */
const RecordEntrySchema = z
  .object({ type: RecordTypeSchema, record: z.unknown() })
  .transform((raw, ctx): DossierRecord => {
    const collection = collectionOfType(REGISTRY, raw.type);
    const parsed =
      collection === undefined ? null : parseBundle(REGISTRY, { [collection]: [raw.record] });
    const entry = parsed?.ok
      ? recordsOf(mergeBundles(REGISTRY, '', [{ file: '', bundle: parsed.value }]))[0]
      : undefined;
    if (entry === undefined) {
      ctx.addIssue({ code: 'custom', message: `not a valid ${raw.type} record` });
      return z.NEVER;
    }
    return entry;
  });

const DraftSchema = z.intersection(
  z.object({ id: IdSchema, base: z.string().nullable(), at: z.number() }),
  z.discriminatedUnion('op', [
    z.object({ op: z.literal('put'), entry: RecordEntrySchema }),
    z.object({ op: z.literal('delete'), type: RecordTypeSchema }),
  ]),
);
const StepSchema = z.object({
  id: IdSchema,
  before: DraftSchema.nullable(),
  after: DraftSchema.nullable(),
});
const DraftStateSchema = z.object({
  drafts: z.array(DraftSchema),
  past: z.array(StepSchema),
  future: z.array(StepSchema),
});

/**
 * Drafts read back from IndexedDB, checked like any data crossing into the app. Null when they
 * do not pass (written by another version of the schema): the caller keeps them aside rather
 * than lose or trust them.
 */
export function parseDraftState(stored: unknown): DraftState | null {
  if (stored === undefined) return EMPTY_DRAFTS;
  const parsed = DraftStateSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
