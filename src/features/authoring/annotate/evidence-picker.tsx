import { useId, useMemo, useState } from 'react';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import { recordOptions, searchRecordOptions } from '../../../domain/authoring/record-search.ts';
import type { SourcedRecord } from '../../../domain/dataset.ts';
import type { DatasetIndex } from '../../../domain/dataset-index.ts';
import { vocabulary } from '../../../domain/messages.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { annotateMessages } from './messages.ts';

interface EvidencePickerProps {
  index: DatasetIndex;
  passage: string;
  sourceLanguage: string;
  onPick: (entry: SourcedRecord, label: string) => void;
  onClose: () => void;
}

/** Finds the record, saved or draft, of any type, that the selected passage is evidence for. */
export function EvidencePicker({
  index,
  passage,
  sourceLanguage,
  onPick,
  onClose,
}: EvidencePickerProps) {
  const { locale } = useLocale();
  const t = annotateMessages[locale];
  const id = useId();
  const [query, setQuery] = useState('');
  const options = useMemo(() => recordOptions(index, locale), [index, locale]);
  const hits = useMemo(() => searchRecordOptions(options, query), [options, query]);
  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose} className="evidence-picker">
      <h2 id={`${id}-title`}>{t.pickerTitle}</h2>
      <p>{t.pickerIntro}</p>
      <blockquote lang={sourceLanguage} className="evidence-picker__passage">
        {passage}
      </blockquote>
      <div className="evidence-picker__search">
        <label htmlFor={`${id}-search`}>{t.search}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={query}
          autoComplete="off"
          aria-describedby={`${id}-hint`}
          onChange={(event) => setQuery(event.target.value)}
        />
        <p className="hint" id={`${id}-hint`}>
          {t.searchHint}
        </p>
      </div>
      <h3 id={`${id}-results`}>{t.results}</h3>
      {query.trim() === '' ? (
        <p className="hint">{t.typeFirst}</p>
      ) : hits.length === 0 ? (
        <p role="status">{t.noResults}</p>
      ) : (
        <ul className="evidence-picker__results" aria-labelledby={`${id}-results`}>
          {hits.map((hit) => (
            <li key={hit.entry.record.id}>
              <button type="button" onClick={() => onPick(hit.entry, hit.label)}>
                <span className="evidence-picker__type">
                  {vocabulary[locale].recordType(hit.entry.type)}
                </span>{' '}
                {hit.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="evidence-picker__actions">
        <button type="button" className="button-secondary" onClick={onClose}>
          {t.cancel}
        </button>
      </div>
    </ModalDialog>
  );
}
