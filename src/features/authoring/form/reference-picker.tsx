import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useRecordEditor } from '../../../components/record-editor.tsx';
import { searchEntities } from '../../../domain/entity-search.ts';
import type { RecordType } from '../../../domain/registry.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useFormEnv } from './form-env.ts';
import { formMessages } from './messages.ts';
import { creatableOf, fieldsFromTyped, pickerOptions } from './picker-options.ts';

interface ReferencePickerProps {
  inputId: string;
  /** The id of what names the input (its field's label). */
  labelledBy: string;
  to: readonly string[];
  /** The chosen id, shown by its label while the user is not typing. */
  value: string | null;
  onSelect: (id: string) => void;
  /** Ids not offered (those already in a list). */
  exclude?: ReadonlySet<string>;
  invalid?: boolean;
  describedBy?: string;
}

type Row = { kind: 'record'; id: string; label: string } | { kind: 'create'; type: RecordType };

/**
 * A combobox over existing and draft records of the kinds `to`: typing searches their labels
 * and aliases, accents and case ignored; arrows choose, Enter takes, Escape closes the list.
 * When the typed words are not a record's, "Create “…”" opens a nested New form with them and
 * takes the record it creates.
 */
export function ReferencePicker(props: ReferencePickerProps) {
  const { inputId, labelledBy, to, value, onSelect, exclude, invalid, describedBy } = props;
  const { locale } = useLocale();
  const m = formMessages[locale];
  const { index, evidence } = useFormEnv();
  const editor = useRecordEditor();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const options = pickerOptions(index, to, locale);
  const chosen = value === null ? undefined : options.find((option) => option.id === value);
  const typed = query?.trim() ?? '';
  const rows = useMemo((): Row[] => {
    if (query === null) return [];
    const offered = options.filter((option) => !exclude?.has(option.id));
    const found = typed === '' ? offered.slice(0, 8) : searchEntities(offered, typed);
    const records: Row[] = found.map((o) => ({ kind: 'record', id: o.id, label: o.label }));
    const creates: Row[] =
      typed === '' || editor === null
        ? []
        : creatableOf(to).map((type): Row => ({ kind: 'create', type }));
    return [...records, ...creates];
  }, [query, typed, options, exclude, editor, to]);
  const open = query !== null && rows.length > 0;
  const current = Math.min(active, rows.length - 1);

  const take = (row: Row) => {
    if (row.kind === 'record') {
      onSelect(row.id);
      setQuery(null);
      return;
    }
    const words = typed;
    setQuery(null);
    editor?.open({
      mode: 'new',
      type: row.type,
      fields: fieldsFromTyped(row.type, words),
      evidence,
      onCreated: (id) => onSelect(id),
    });
  };

  // Escape closes the list before the dialog sees it: a native listener runs first.
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  });
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && openRef.current) {
        event.preventDefault();
        event.stopPropagation();
        setQuery(null);
      }
    };
    input.addEventListener('keydown', onKeyDown);
    return () => input.removeEventListener('keydown', onKeyDown);
  }, []);

  const rowLabel = (row: Row) =>
    row.kind === 'record'
      ? row.label
      : creatableOf(to).length > 1
        ? m.createAs(typed, row.type)
        : m.create(typed);
  const rowId = (i: number) => `${listId}-${i}`;
  return (
    <div className="combobox reference-picker">
      <input
        ref={inputRef}
        id={inputId}
        className="text-input"
        role="combobox"
        autoComplete="off"
        aria-labelledby={labelledBy}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && current >= 0 ? rowId(current) : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        value={query ?? chosen?.label ?? value ?? ''}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onBlur={() => setQuery(null)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            if (query === null) {
              setQuery('');
              setActive(0);
              return;
            }
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((current + step + rows.length) % Math.max(rows.length, 1));
          } else if (event.key === 'Enter' && open) {
            event.preventDefault();
            const row = rows[current];
            if (row) take(row);
          }
        }}
      />
      <ul id={listId} role="listbox" className="combobox__list" hidden={!open}>
        {rows.map((row, i) => (
          <li
            key={row.kind === 'record' ? row.id : `create-${row.type}`}
            id={rowId(i)}
            role="option"
            aria-selected={i === current}
            className={`combobox__option${row.kind === 'create' ? ' combobox__option--create' : ''}`}
            onMouseDown={(event) => {
              event.preventDefault();
              take(row);
            }}
          >
            {rowLabel(row)}
          </li>
        ))}
      </ul>
    </div>
  );
}
