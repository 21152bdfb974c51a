/** The date fields a source's words give, before certainty and provenance are said. */
export type DateFromWords =
  | { precision: 'day' | 'month'; value: string }
  | { precision: 'year'; value: string; part?: 'early' | 'mid' | 'late' }
  | { precision: 'circa'; value: string }
  | { precision: 'range'; from: string; to: string };

const PARTS: Record<string, 'early' | 'mid' | 'late'> = {
  debut: 'early',
  early: 'early',
  mi: 'mid',
  mid: 'mid',
  fin: 'late',
  late: 'late',
};

/**
 * Reads a date out of the source's own words where they are plain: "fin 1999" is late 1999,
 * "vers 2011" circa 2011, "2009-2010" a range, "2012-06" a month. Anything else is left to the
 * user (undefined): the editor never guesses further than the words go.
 */
export function dateFromWords(words: string): DateFromWords | undefined {
  const text = words
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/^(?:depuis|since|en|in)\s+/, '');
  const part = /^(debut|early|mi|mid|fin|late)[\s-]*(?:de\s+|d')?(\d{4})$/.exec(text);
  if (part?.[1] && part[2]) return { precision: 'year', value: part[2], part: PARTS[part[1]] };
  const circa = /^(?:vers|c\.|circa|about|environ)\s*(\d{4}(?:-\d{2})?)$/.exec(text);
  if (circa?.[1]) return { precision: 'circa', value: circa[1] };
  const range = /^(\d{4})\s*[-–/]\s*(\d{4})$/.exec(text);
  if (range?.[1] && range[2]) return { precision: 'range', from: range[1], to: range[2] };
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { precision: 'day', value: text };
  if (/^\d{4}-\d{2}$/.test(text)) return { precision: 'month', value: text };
  if (/^\d{4}$/.test(text)) return { precision: 'year', value: text };
  return undefined;
}

/** The precision a typed value's shape says: `2012` a year, `2012-06` a month, `2012-06-15` a day. */
export function precisionOfValue(value: string): 'day' | 'month' | 'year' {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  return 'year';
}
