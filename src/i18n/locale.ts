/** The languages of the interface. Records carry their own French and English texts. */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'fr';
}

/** The first of the browser's languages we speak, by primary subtag (`fr-CA` → `fr`). */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return 'en';
}

const STORAGE_KEY = 'dossier.locale';

/** The language chosen on an earlier visit, if storage is there and holds one. */
export function storedLocale(): Locale | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    // Storage can be disabled (privacy settings, sandboxed frames): choose again each visit.
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // As above: the choice then lasts for this page only.
  }
}

/** The remembered choice, else the browser's language, else English. */
export function initialLocale(): Locale {
  return storedLocale() ?? preferredLocale(globalThis.navigator?.languages ?? []);
}
