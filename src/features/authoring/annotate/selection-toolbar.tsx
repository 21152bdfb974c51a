import { forwardRef, useState, type KeyboardEvent } from 'react';
import type { RecordType } from '../../../domain/dataset.ts';
import { RECORD_TYPES } from '../../../domain/registry.ts';
import { vocabulary } from '../../../domain/messages.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { annotateMessages } from './messages.ts';

export type ToolbarType = Exclude<RecordType, 'source'>;

/** The record types a selection can become, in the registry's order (all but a source). */
export const TOOLBAR_TYPES: readonly ToolbarType[] = RECORD_TYPES.filter(
  (type): type is ToolbarType => type !== 'source',
);

interface SelectionToolbarProps {
  onCreate: (type: ToolbarType) => void;
  onAddEvidence: () => void;
  /** Escape: back to the text, the selection kept. */
  onEscape: () => void;
  /** Whether record forms can open here (they cannot where no editor is provided). */
  canCreate: boolean;
  /** Ids of the notes that describe the selection (its words, a duplicate flag). */
  describedBy: string;
}

/**
 * The buttons that turn a selection into a record. One tab stop: the arrow keys, Home and End
 * move between the buttons, as in any toolbar. A mouse press does not take focus from the text,
 * so the selection stays as it was.
 */
export const SelectionToolbar = forwardRef<HTMLDivElement, SelectionToolbarProps>(
  function SelectionToolbar({ onCreate, onAddEvidence, onEscape, canCreate, describedBy }, ref) {
    const { locale } = useLocale();
    const t = annotateMessages[locale];
    const [active, setActive] = useState(0);
    const count = TOOLBAR_TYPES.length + 1;
    const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
      const moves: Record<string, number> = {
        ArrowRight: active + 1,
        ArrowDown: active + 1,
        ArrowLeft: active - 1,
        ArrowUp: active - 1,
        Home: 0,
        End: count - 1,
      };
      if (event.key === 'Escape') {
        event.preventDefault();
        onEscape();
        return;
      }
      const next = moves[event.key];
      if (next === undefined) return;
      event.preventDefault();
      const index = (next + count) % count;
      setActive(index);
      event.currentTarget.querySelectorAll('button')[index]?.focus();
    };
    const button = (index: number, label: string, onClick: () => void, disabled = false) => (
      <button
        key={label}
        type="button"
        tabIndex={index === active ? 0 : -1}
        aria-disabled={disabled || undefined}
        onMouseDown={(event) => event.preventDefault()}
        onFocus={() => setActive(index)}
        onClick={disabled ? undefined : onClick}
      >
        {label}
      </button>
    );
    return (
      <div
        ref={ref}
        role="toolbar"
        aria-label={t.toolbar}
        aria-describedby={describedBy}
        className="selection-toolbar"
        onKeyDown={onKeyDown}
      >
        {TOOLBAR_TYPES.map((type, i) =>
          button(i, vocabulary[locale].recordType(type), () => onCreate(type), !canCreate),
        )}
        {button(TOOLBAR_TYPES.length, t.addAsEvidence, onAddEvidence)}
      </div>
    );
  },
);
