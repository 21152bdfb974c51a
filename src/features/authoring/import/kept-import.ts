import { ParagraphSchema, SourceSchema } from '../../../domain/records.ts';
import { z } from '../../../domain/zod.ts';

/**
 * What the import page keeps of its form as it is typed into, so a reload or a crashed tab
 * does not lose a pasted text: the text, the roles set by hand, the source's details as typed
 * (null where the guess from the text stands) and the dashes repaired.
 */
const KeptImportSchema = z.object({
  text: z.string(),
  roles: z.array(z.tuple([z.string(), ParagraphSchema.shape.kind])),
  publication: z.string(),
  title: z.string(),
  url: z.string(),
  language: z.string().nullable(),
  genre: SourceSchema.shape.genre.nullable(),
  slug: z.string().nullable(),
  published: z.unknown(),
  repairedDashes: z.number().int().min(0),
});

export type KeptImport = z.infer<typeof KeptImportSchema>;

/** A kept form read back, or null when it does not pass (another version wrote it). */
export function parseKeptImport(value: unknown): KeptImport | null {
  const parsed = KeptImportSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The words a kept import is known by on /drafts: its title, publication or first words. */
export function keptImportLabel(value: unknown): string {
  const kept = parseKeptImport(value);
  if (!kept) return '';
  const words = kept.text.trim().split(/\s+/).slice(0, 8).join(' ');
  return kept.title.trim() || kept.publication.trim() || words;
}
