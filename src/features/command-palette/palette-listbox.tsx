import type { PaletteGroup, PaletteOption } from './use-palette-groups.ts';

interface PaletteListboxProps {
  id: string;
  label: string;
  groups: readonly PaletteGroup[];
  /** The flat position of the highlighted option across groups. */
  active: number;
  optionId: (position: number) => string;
  onHover: (position: number) => void;
  onChoose: (option: PaletteOption) => void;
}

/**
 * The results, grouped by type under a visible heading that is also the group's name. Options
 * are never focused: focus stays in the input, which points at the highlighted one with
 * `aria-activedescendant`.
 */
export function PaletteListbox(props: PaletteListboxProps) {
  const { id, label, groups, active, optionId, onHover, onChoose } = props;
  let position = 0;
  return (
    <div id={id} role="listbox" aria-label={label} className="palette__list">
      {groups.map((group) => (
        <div
          key={group.key}
          role="group"
          aria-labelledby={`${id}-${group.key}`}
          className="palette__group"
        >
          <div id={`${id}-${group.key}`} role="presentation" className="palette__group-heading">
            {group.heading}
          </div>
          {group.options.map((option) => {
            const at = position++;
            return (
              // Keyboard users choose from the input (arrows, Enter), which points at the
              // highlighted option: options never take focus, so they need no key handler.
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events
              <div
                key={option.key}
                id={optionId(at)}
                role="option"
                aria-selected={at === active}
                tabIndex={-1}
                className="palette__option"
                // Keep focus in the input: a click chooses without moving it.
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => onHover(at)}
                onClick={() => onChoose(option)}
              >
                <span className="palette__label">{option.label}</span>
                {option.detail && (
                  <span className="palette__detail" lang="en">
                    {option.detail}
                  </span>
                )}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
