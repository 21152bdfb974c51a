import { recordsOf, type SourcedRecord } from '../dataset.ts';
import type { DatasetIndex } from '../dataset-index.ts';
import type { Locale } from '../../i18n/locale.ts';
import { labelOf } from '../record-label.ts';
import { foldedWordsOf } from '../text-fold.ts';

export interface RecordOption {
  entry: SourcedRecord;
  label: string;
  /** The label's words and the record's id, folded as every search folds them. */
  words: string[];
}

/** Every record that can take evidence (all but sources), labelled in the interface language. */
export function recordOptions(index: DatasetIndex, locale: Locale): RecordOption[] {
  const options: RecordOption[] = [];
  for (const entry of recordsOf(index.dataset)) {
    if (entry.type === 'source') continue;
    const label = labelOf(entry, index, locale);
    options.push({ entry, label, words: foldedWordsOf(`${label} ${entry.record.id}`) });
  }
  return options;
}

/**
 * The options every word of the query starts a word of, ignoring case and accents ("pelata"
 * finds "Pélata"), the ones whose label starts with the query first.
 */
export function searchRecordOptions(
  options: readonly RecordOption[],
  query: string,
  limit = 20,
): RecordOption[] {
  const terms = foldedWordsOf(query);
  if (terms.length === 0) return [];
  const hits = options.filter((option) =>
    terms.every((term) => option.words.some((word) => word.startsWith(term))),
  );
  const first = terms[0] ?? '';
  const leading = hits.filter((option) => option.words[0]?.startsWith(first));
  const rest = hits.filter((option) => !option.words[0]?.startsWith(first));
  return [...leading, ...rest].slice(0, limit);
}
