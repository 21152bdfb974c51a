import { useCallback, useState } from 'react';
import { z } from '../../domain/zod.ts';

export const READER_STORAGE_KEY = 'dossier.reader';

/** How the reader shows a source: remembered across visits and sources. */
const ReaderPreferencesSchema = z.object({
  /** Every cited passage faintly highlighted (else only the selected record's). */
  highlightAll: z.boolean().catch(true),
  /** Our English translation beside each paragraph. */
  translation: z.boolean().catch(false),
});
export type ReaderPreferences = z.infer<typeof ReaderPreferencesSchema>;

const DEFAULTS: ReaderPreferences = { highlightAll: true, translation: false };

function recalled(): ReaderPreferences {
  try {
    const text = globalThis.localStorage?.getItem(READER_STORAGE_KEY);
    if (!text) return DEFAULTS;
    const parsed = ReaderPreferencesSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULTS;
  } catch {
    // Storage refused or its value unreadable: the defaults, not remembered.
    return DEFAULTS;
  }
}

function remember(preferences: ReaderPreferences): void {
  try {
    globalThis.localStorage?.setItem(READER_STORAGE_KEY, JSON.stringify(preferences));
  } catch {
    // As above: the choice holds for this visit only.
  }
}

/** The reader's two switches, read from and written to `localStorage`. */
export function useReaderPreferences(): [
  ReaderPreferences,
  (change: Partial<ReaderPreferences>) => void,
] {
  const [preferences, setPreferences] = useState(recalled);
  const change = useCallback((next: Partial<ReaderPreferences>) => {
    setPreferences((current) => {
      const merged = { ...current, ...next };
      remember(merged);
      return merged;
    });
  }, []);
  return [preferences, change];
}
