import { z } from './zod-mini.ts';

const ExpectationSchema = z.object({ en: z.string(), fr: z.string() });
export type Expectation = z.infer<typeof ExpectationSchema>;

/**
 * What a search parameter expects, in both interface languages, kept as its schema's metadata:
 * the link notice finishes "“…” is not …" / "« … » n’est pas …" with it when a value is dropped.
 */
export function expects(en: string, fr: string) {
  return { description: en, expected: { en, fr } };
}

export function expectationOf(field: z.core.$ZodType): Expectation | null {
  const parsed = ExpectationSchema.safeParse(z.globalRegistry.get(field)?.['expected']);
  return parsed.success ? parsed.data : null;
}
