import { recordsOf } from '../../../domain/dataset.ts';
import type { DatasetIndex } from '../../../domain/dataset-index.ts';
import { searchableOf } from '../../../domain/entity-search.ts';
import { labelOf } from '../../../domain/record-label.ts';
import { fieldValue, specOfType, type RecordType } from '../../../domain/registry.ts';
import type { Locale } from '../../../i18n/locale.ts';

export interface PickerOption {
  id: string;
  type: RecordType;
  label: string;
  haystack: string;
  words: string[];
}

const cache = new WeakMap<DatasetIndex, Map<string, PickerOption[]>>();

/** Every record of the kinds `to`, saved or draft, labelled as lists show it; once per index. */
export function pickerOptions(
  index: DatasetIndex,
  to: readonly string[],
  locale: Locale,
): PickerOption[] {
  const key = `${locale} ${to.join(',')}`;
  let byKey = cache.get(index);
  if (!byKey) {
    byKey = new Map();
    cache.set(index, byKey);
  }
  const known = byKey.get(key);
  if (known) return known;
  const collator = new Intl.Collator(locale);
  const options = recordsOf(index.dataset)
    .filter((entry) => to.includes(entry.type))
    .map((entry): PickerOption => {
      const label = labelOf(entry, index, locale);
      const aliases = fieldValue(entry.record, 'aliases');
      const more = Array.isArray(aliases)
        ? aliases.filter((alias) => typeof alias === 'string')
        : [];
      return { id: entry.record.id, type: entry.type, label, ...searchableOf(label, more) };
    })
    .sort((a, b) => collator.compare(a.label, b.label));
  byKey.set(key, options);
  return options;
}

/** The fields a new record of the type starts with when created from a picker's typed words. */
export function fieldsFromTyped(type: RecordType, typed: string): Record<string, unknown> {
  const spec = specOfType(type);
  const name = spec.labelFields[0];
  if (name === undefined) return {};
  const field = Object.getOwnPropertyDescriptor(spec.fields, name)?.value;
  if (typeof field !== 'object' || field === null || !('kind' in field)) return {};
  if (field.kind === 'text') return { [name]: typed };
  if (field.kind === 'localized') return { [name]: { fr: typed, en: typed } };
  return {};
}

/** Kinds a picker may create inline: any but sources, which are imported. */
export function creatableOf(to: readonly string[]): RecordType[] {
  const types: readonly RecordType[] = [
    'person',
    'organization',
    'position',
    'project',
    'quote',
    'event',
    'figure',
    'relation',
  ];
  return types.filter((type) => to.includes(type));
}
