import { z } from './zod.ts';

const ExpectationSchema = z.object({ en: z.string(), fr: z.string() });
export type Expectation = z.infer<typeof ExpectationSchema>;

/**
 * What a search parameter expects, in both interface languages, kept on its schema: the link
 * notice finishes "“…” is not …" / "« … » n’est pas …" with it when a value is dropped.
 */
export function expects(en: string, fr: string) {
  return { description: en, expected: { en, fr } };
}

export function expectationOf(field: z.ZodType): Expectation | null {
  const parsed = ExpectationSchema.safeParse(field.meta()?.['expected']);
  return parsed.success ? parsed.data : null;
}
