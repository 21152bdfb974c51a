import { useNavigate } from '@tanstack/react-router';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { buildEntityOptions, searchEntities, type EntityOption } from '../domain/entity-search.ts';
import { resolveFilter } from '../domain/filter.ts';
import { VOICES } from '../domain/record-vocabulary.ts';
import { useDatasetIndexIfLoaded } from '../lib/use-dataset-index.ts';
import {
  afterNextPaint,
  filterListsKey,
  filterListsOf,
  type FilterLists,
} from '../lib/filter-intent.ts';
import {
  useFilterIntentStore,
  useShownFilterKey,
  useUrlFilterKey,
} from '../lib/filter-intent-context.tsx';
import { FilterChips } from './filter-chips.tsx';
import { useLocale, useMessages } from '../i18n/use-locale.ts';
import { componentMessages } from './messages.ts';
import { vocabulary } from '../domain/messages.ts';

/**
 * Picks people and companies (typeahead, accent-insensitive) and voices; every choice is a
 * new history entry in the URL, so back restores the previous filter. A choice is shown at once
 * (the bar and the view read it from the intent store) and written to the URL in the same
 * interaction, once the frame showing it has been drawn: the view does not wait for the
 * router's navigation, and the URL stays what reload, back and forward read.
 */
export function FilterBar() {
  const { data: index } = useDatasetIndexIfLoaded();
  const shownKey = useShownFilterKey();
  const urlKey = useUrlFilterKey();
  const intents = useFilterIntentStore();
  const search = useMemo(() => filterListsOf(shownKey), [shownKey]);
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  /** On a phone the bar folds into one button until opened (CSS ignores it on wider screens). */
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const { locale } = useLocale();
  const m = useMessages(componentMessages);

  const options = useMemo(() => (index ? buildEntityOptions(index) : []), [index]);
  const resolved = useMemo(() => (index ? resolveFilter(index, search) : null), [index, search]);
  const people = useMemo(() => search.person ?? [], [search.person]);
  const companies = useMemo(() => search.company ?? [], [search.company]);
  const voices = search.voice ?? [];
  const matches = useMemo(
    () =>
      searchEntities(options, query).filter((o) =>
        o.kind === 'person' ? !people.includes(o.id) : !companies.includes(o.id),
      ),
    [options, query, people, companies],
  );

  if (!index || !resolved) return null;

  const setFilter = (next: { person?: string[]; company?: string[]; voice?: string[] }) => {
    const lists: FilterLists = { ...search };
    if (next.person) lists.person = next.person.length > 0 ? next.person : undefined;
    if (next.company) lists.company = next.company.length > 0 ? next.company : undefined;
    if (next.voice) lists.voice = next.voice.length > 0 ? next.voice : undefined;
    const intent = { key: filterListsKey(lists), base: urlKey };
    const withdraw = intents.set(intent);
    afterNextPaint(() => {
      // A later choice made within the same frame writes the URL instead (it includes this one).
      if (intents.current() !== intent) return;
      void navigate({ to: '.', search: (prev) => ({ ...prev, ...lists }) }).finally(withdraw);
    });
  };

  // The pressed chip button disappears with its chip: focus goes back to the typeahead
  // instead of being dropped on <body>.
  const removeAndRefocus = (next: { person?: string[]; company?: string[]; voice?: string[] }) => {
    setFilter(next);
    inputRef.current?.focus();
  };

  const choose = (option: EntityOption) => {
    if (option.kind === 'person') setFilter({ person: [...people, option.id] });
    else setFilter({ company: [...companies, option.id] });
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, matches.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      const option = matches[active];
      if (open && option) {
        event.preventDefault();
        choose(option);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const showList = open && query.trim().length > 0;
  const applied = people.length + companies.length + voices.length;
  const bodyId = `${inputId}-body`;
  return (
    // A search landmark: screen reader users can jump straight to the filter from any view.
    <section
      className={`filter-bar${expanded ? '' : ' filter-bar--folded'}`}
      role="search"
      aria-label={m.filter}
    >
      <button
        type="button"
        className="filter-bar__toggle"
        aria-expanded={expanded}
        aria-controls={bodyId}
        onClick={() => setExpanded((value) => !value)}
      >
        {m.filterToggle(applied)}
      </button>
      <div className="filter-bar__body" id={bodyId}>
        <div className="filter-bar__row">
          <div className="combobox">
            <label htmlFor={inputId}>{m.filterLabel}</label>
            <input
              ref={inputRef}
              id={inputId}
              type="text"
              role="combobox"
              aria-expanded={showList}
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={
                showList && matches[active] ? `${listId}-${active}` : undefined
              }
              autoComplete="off"
              placeholder={m.filterPlaceholder}
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
                setActive(0);
                setOpen(true);
              }}
              onKeyDown={onKeyDown}
              onBlur={() => setOpen(false)}
              onFocus={() => setOpen(true)}
            />
            {showList && (
              <ul id={listId} role="listbox" className="combobox__list" aria-label={m.matching}>
                {matches.length === 0 && (
                  <li
                    role="option"
                    aria-selected={false}
                    aria-disabled="true"
                    className="combobox__empty"
                  >
                    {m.noMatch(query)}
                  </li>
                )}
                {matches.map((option, i) => (
                  <li
                    key={`${option.kind}-${option.id}`}
                    id={`${listId}-${i}`}
                    role="option"
                    aria-selected={i === active}
                    className="combobox__option"
                    onMouseDown={(event) => {
                      event.preventDefault();
                      choose(option);
                    }}
                  >
                    <span className="badge">{option.kind === 'person' ? m.person : m.company}</span>{' '}
                    {option.label}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <fieldset className="voice-filter" aria-describedby={`${inputId}-voice`}>
            <legend>{m.voice}</legend>
            {VOICES.map((value) => (
              <label key={value}>
                <input
                  type="checkbox"
                  checked={voices.includes(value)}
                  onChange={(event) =>
                    setFilter({
                      voice: event.target.checked
                        ? [...voices, value]
                        : voices.filter((v) => v !== value),
                    })
                  }
                />{' '}
                {vocabulary[locale].voice(value)}
              </label>
            ))}
            <p id={`${inputId}-voice`} className="voice-filter__hint">
              {vocabulary[locale].voiceExplained}
            </p>
          </fieldset>
        </div>
        <FilterChips
          index={index}
          people={resolved.people}
          organizations={resolved.organizations}
          onRemovePerson={(id) => removeAndRefocus({ person: people.filter((p) => p !== id) })}
          onRemoveCompany={(id) => removeAndRefocus({ company: companies.filter((c) => c !== id) })}
          onClear={() => removeAndRefocus({ person: [], company: [], voice: [] })}
        />
      </div>
      {resolved.notices.length > 0 && (
        <ul className="notice filter-notices" role="status" aria-label={m.filterNotices}>
          {resolved.notices.map((notice) => (
            <li key={`${notice.param}:${notice.value}`}>{m.filterNotice(notice)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
