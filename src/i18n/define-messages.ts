import type { Locale } from './locale.ts';

/** A message: plain words, or a function of the values it mentions (counts, names). */
export type Message = string | ((...args: never[]) => string);

/** One namespace of interface text, in every language. */
export type Catalog<T> = Readonly<Record<Locale, T>>;

/**
 * Declares a namespace of messages. `fr` must have exactly the keys of `en`, with the same
 * argument lists, or the build fails; a test checks the same at run time for every catalog.
 */
export function defineMessages<T extends Record<string, Message>>(
  en: T,
  fr: NoInfer<T>,
): Catalog<T> {
  return { en, fr };
}
