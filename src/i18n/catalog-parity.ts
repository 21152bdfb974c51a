import type { Catalog } from './define-messages.ts';
import { LOCALES } from './locale.ts';

/** What is wrong with a catalog: keys one language lacks, empty messages. Empty when sound. */
export function catalogProblems(name: string, catalog: Catalog<Record<string, unknown>>): string[] {
  const problems: string[] = [];
  const keys = new Set(LOCALES.flatMap((locale) => Object.keys(catalog[locale] ?? {})));
  for (const key of keys) {
    for (const locale of LOCALES) {
      const message = catalog[locale]?.[key];
      if (message === undefined) problems.push(`${name}.${key} has no ${locale} text`);
      else if (typeof message === 'string' && message.trim() === '') {
        problems.push(`${name}.${key} is empty in ${locale}`);
      } else if (typeof message !== 'string' && typeof message !== 'function') {
        problems.push(`${name}.${key} in ${locale} is neither text nor a function`);
      }
    }
  }
  return problems;
}

export function isCatalog(value: unknown): value is Catalog<Record<string, unknown>> {
  return (
    typeof value === 'object' &&
    value !== null &&
    LOCALES.every((locale) => typeof Reflect.get(value, locale) === 'object')
  );
}
