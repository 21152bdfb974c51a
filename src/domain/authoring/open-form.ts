import { EvidenceSchema, IdSchema } from '../records.ts';
import { z } from '../zod.ts';
import { RecordTypeSchema } from './draft-schema.ts';

/**
 * A record form the user had open and had not saved as a draft yet: what it was asked to open
 * with and what had been typed into it. Kept beside the drafts so a reload or a crashed tab
 * does not lose a half-filled form.
 */
const OpenFormRequestSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('new'),
    type: RecordTypeSchema,
    evidence: EvidenceSchema.optional(),
    fields: z.record(z.string(), z.unknown()).optional(),
  }),
  z.object({ mode: z.literal('edit'), id: IdSchema }),
  // The import page's form (its value: the text and the source's details as typed).
  z.object({ mode: z.literal('import') }),
]);

const OpenFormSchema = z.object({
  /** This form's own id, unique across tabs. */
  id: z.string().min(1).max(100),
  /** The tab it was open in (kept by the tab across reloads). */
  tab: z.string().min(1).max(100),
  request: OpenFormRequestSchema,
  value: z.record(z.string(), z.unknown()),
  /** When it last changed (ms since the epoch). */
  at: z.number(),
});

export type OpenFormRequest = z.infer<typeof OpenFormRequestSchema>;
export type OpenForm = z.infer<typeof OpenFormSchema>;

/**
 * The forms left open, read back from IndexedDB: each checked on its own, so one written by
 * another version is dropped without losing the others.
 */
export function parseOpenForms(stored: unknown): OpenForm[] {
  if (!Array.isArray(stored)) return [];
  const forms: OpenForm[] = [];
  for (const item of stored) {
    const parsed = OpenFormSchema.safeParse(item);
    if (parsed.success) forms.push(parsed.data);
  }
  return forms;
}
