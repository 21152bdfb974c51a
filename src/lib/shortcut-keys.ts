/** The views `g` then a letter goes to, in the order the header lists them. */
export const VIEW_SHORTCUTS = [
  { key: 'o', to: '/', view: 'overview' },
  { key: 't', to: '/timeline', view: 'timeline' },
  { key: 'r', to: '/org', view: 'org' },
  { key: 'p', to: '/projects', view: 'projects' },
  { key: 'q', to: '/quotes', view: 'quotes' },
  { key: 'b', to: '/briefing', view: 'briefing' },
] as const;

export type ViewShortcut = (typeof VIEW_SHORTCUTS)[number];
export type ViewName = ViewShortcut['view'];

export type ShortcutAction =
  | { kind: 'palette' }
  | { kind: 'help' }
  | { kind: 'view'; to: ViewShortcut['to'] }
  | { kind: 'undo' }
  | { kind: 'redo' };

/** The parts of a KeyboardEvent the shortcuts read; a plain object in unit tests. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  repeat?: boolean;
  isComposing?: boolean;
  target: EventTarget | null;
}

/** How long `g` waits for its second key, as on GitHub. */
export const SEQUENCE_TIMEOUT_MS = 1500;

/** Where typed characters are text, not commands: fields, lists and editable content. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return (
    target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !==
    null
  );
}

/** Inside a modal dialog (the palette, the help), whose own keys must not be taken over. */
function inModal(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[aria-modal="true"]') !== null;
}

/**
 * Turns key presses into shortcut actions. Ctrl-K / Cmd-K works anywhere, even in a field, as
 * in most web apps; Ctrl-Z (undo), Ctrl-Shift-Z and Ctrl-Y (redo) act on the drafts outside
 * fields and dialogs; every other shortcut is a bare character, ignored while typing, with Ctrl,
 * Alt or Cmd held (those belong to the browser, the system and screen readers), or during an
 * input method composition. Shift is allowed, since `?` and, on some layouts, `/` need it.
 */
export function createShortcutReader(now: () => number = Date.now) {
  /** When `g` was pressed, while it waits for its second key. */
  let pendingSince: number | null = null;

  return function read(press: KeyPress): ShortcutAction | null {
    if (press.isComposing) return null;
    const pending = pendingSince !== null && now() - pendingSince <= SEQUENCE_TIMEOUT_MS;
    pendingSince = null;

    const key = press.key;
    if (
      (key === 'k' || key === 'K') &&
      press.ctrlKey !== press.metaKey &&
      !press.altKey &&
      !press.shiftKey
    ) {
      return { kind: 'palette' };
    }
    const typing = isTypingTarget(press.target) || inModal(press.target);
    // Undo and redo of the drafts; in a field they stay the field's own.
    if (press.ctrlKey !== press.metaKey && !press.altKey && !typing) {
      const letter = key.toLowerCase();
      if (letter === 'z') return { kind: press.shiftKey ? 'redo' : 'undo' };
      if (letter === 'y' && !press.shiftKey) return { kind: 'redo' };
    }
    if (press.ctrlKey || press.metaKey || press.altKey) return null;
    if (typing) return null;

    if (pending) {
      const view = VIEW_SHORTCUTS.find((shortcut) => shortcut.key === key);
      return view ? { kind: 'view', to: view.to } : null;
    }
    if (key === '/') return { kind: 'palette' };
    if (key === '?') return { kind: 'help' };
    if (key === 'g' && !press.repeat) pendingSince = now();
    return null;
  };
}
