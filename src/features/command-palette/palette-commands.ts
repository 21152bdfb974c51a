import { foldText } from '../../domain/text-fold.ts';
import { VIEW_SHORTCUTS, type ViewShortcut } from '../../lib/shortcut-keys.ts';

export interface PaletteCommand {
  id: string;
  to: ViewShortcut['to'];
  /** "Go to Timeline", in the interface language. */
  label: string;
}

/** One "Go to …" command per view, labelled by the caller in the interface language. */
export function viewCommands(label: (view: ViewShortcut['view']) => string): PaletteCommand[] {
  return VIEW_SHORTCUTS.map((shortcut) => ({
    id: `go-${shortcut.view}`,
    to: shortcut.to,
    label: label(shortcut.view),
  }));
}

/**
 * The commands whose label has a word starting with each word of the query, accents and case
 * ignored ("chrono" → « Aller à la chronologie »); every command for a blank query, so that
 * the palette opens on something to do.
 */
export function matchCommands(
  commands: readonly PaletteCommand[],
  query: string,
): PaletteCommand[] {
  const terms = foldText(query)
    .split(/[\s\p{P}]+/u)
    .filter(Boolean);
  return commands.filter((command) => {
    const words = foldText(command.label).split(/[\s\p{P}]+/u);
    return terms.every((term) => words.some((word) => word.startsWith(term)));
  });
}
