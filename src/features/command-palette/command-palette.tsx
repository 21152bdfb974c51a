import { useNavigate } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { ModalDialog } from '../../components/modal-dialog.tsx';
import { filterOf } from '../../domain/filter.ts';
import { useMessages } from '../../i18n/use-locale.ts';
import { paletteMessages } from './messages.ts';
import { PaletteListbox } from './palette-listbox.tsx';
import { usePaletteGroups, type PaletteOption } from './use-palette-groups.ts';

interface CommandPaletteProps {
  /** `returnFocus`: false when the palette moved to another place, which then places focus. */
  onClose: (returnFocus: boolean) => void;
}

/**
 * Quick find: type a name or words, pick with the arrows, Enter opens it. A record opens at
 * its permalink, which clears the person/company/voice filter (a filter could hide it); a
 * command switches view and keeps the filter, as the header's links do.
 */
export function CommandPalette({ onClose }: CommandPaletteProps) {
  const t = useMessages(paletteMessages);
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const listId = useId();
  const hintId = useId();
  const { groups, ready } = usePaletteGroups(query);
  const options = groups.flatMap((group) => group.options);
  const optionId = (position: number) => `${listId}-option-${position}`;
  const current = options[active];

  // Keep the highlighted option in sight as the arrows move through a long list.
  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  });

  const choose = (option: PaletteOption) => {
    onClose(false);
    if (option.target.kind === 'view') void navigate({ to: option.target.to, search: filterOf });
    else void navigate({ to: '/r/$recordId', params: { recordId: option.target.id } });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = options.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setActive((active + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setActive((active - 1 + count) % count);
    } else if (event.key === 'Enter' && current) {
      event.preventDefault();
      choose(current);
    }
  };

  const trimmed = query.trim();
  return (
    <ModalDialog
      labelledBy={titleId}
      onClose={() => onClose(true)}
      initialFocus={inputRef}
      className="palette"
    >
      <h2 id={titleId} className="palette__title">
        {t.title}
      </h2>
      <input
        ref={inputRef}
        type="text"
        role="combobox"
        className="palette__input"
        aria-label={t.inputLabel}
        aria-describedby={hintId}
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={t.placeholder}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className="palette__hint">
        {t.hint}
      </p>
      <p role="status" className="visually-hidden">
        {trimmed === '' ? '' : ready ? t.count(options.length) : t.preparing}
      </p>
      {options.length > 0 && (
        <PaletteListbox
          id={listId}
          label={t.results}
          groups={groups}
          active={active}
          optionId={optionId}
          onHover={setActive}
          onChoose={choose}
        />
      )}
      {trimmed !== '' && options.length === 0 && (
        <p className="palette__empty">{ready ? t.noMatch(trimmed) : t.preparing}</p>
      )}
    </ModalDialog>
  );
}
