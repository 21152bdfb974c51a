import type { Locale } from '../../i18n/locale.ts';
import { quotesMessages } from './messages.ts';

/** The result count as a sentence: "3 quotes match “innovation”", "9 of 20 quotes pass the filter". */
export function describeCount(
  shown: number,
  total: number,
  query: string,
  filtered: boolean,
  locale: Locale,
): string {
  const t = quotesMessages[locale];
  if (query !== '') {
    return shown === 0 ? t.noneMatching(query, filtered) : t.countMatching(shown, query, filtered);
  }
  return filtered ? t.countFiltered(shown, total) : t.count(total);
}
