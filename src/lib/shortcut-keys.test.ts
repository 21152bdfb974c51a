import { afterEach, describe, expect, it } from 'vitest';
import {
  createShortcutReader,
  isTypingTarget,
  SEQUENCE_TIMEOUT_MS,
  type KeyPress,
} from './shortcut-keys.ts';

function press(key: string, options: Partial<KeyPress> = {}): KeyPress {
  return {
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    target: document.body,
    ...options,
  };
}

/** An element in the page: `tag`, inside `wrappers` (outermost first), each with attributes. */
function element(tag: string, ...wrappers: [string, Record<string, string>][]): HTMLElement {
  let parent: HTMLElement = document.body;
  for (const [wrapperTag, attributes] of wrappers) {
    const wrapper = document.createElement(wrapperTag);
    for (const [name, value] of Object.entries(attributes)) wrapper.setAttribute(name, value);
    parent.append(wrapper);
    parent = wrapper;
  }
  const target = document.createElement(tag);
  parent.append(target);
  return target;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('shortcut keys', () => {
  it('opens the palette with Ctrl-K or Cmd-K, even in a text field', () => {
    const read = createShortcutReader();
    const input = element('input');
    expect(read(press('k', { ctrlKey: true }))).toEqual({ kind: 'palette' });
    expect(read(press('k', { metaKey: true, target: input }))).toEqual({ kind: 'palette' });
  });

  it('leaves Ctrl-K alone with another modifier: Ctrl-Shift-K, Ctrl-Alt-K, Ctrl-Cmd-K', () => {
    const read = createShortcutReader();
    expect(read(press('K', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(read(press('k', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(read(press('k', { ctrlKey: true, metaKey: true }))).toBeNull();
  });

  it('opens the palette with / and the help with ?, Shift allowed', () => {
    const read = createShortcutReader();
    expect(read(press('/'))).toEqual({ kind: 'palette' });
    expect(read(press('/', { shiftKey: true }))).toEqual({ kind: 'palette' });
    expect(read(press('?', { shiftKey: true }))).toEqual({ kind: 'help' });
  });

  it('goes to a view with g then a letter', () => {
    const read = createShortcutReader();
    const views = {
      o: '/',
      t: '/timeline',
      r: '/org',
      p: '/projects',
      q: '/quotes',
      b: '/briefing',
    };
    for (const [key, to] of Object.entries(views)) {
      expect(read(press('g'))).toBeNull();
      expect(read(press(key))).toEqual({ kind: 'view', to });
    }
  });

  it('forgets g after a moment, after another key, or when repeated by holding it', () => {
    let now = 0;
    const read = createShortcutReader(() => now);
    read(press('g'));
    now = SEQUENCE_TIMEOUT_MS + 1;
    expect(read(press('t'))).toBeNull();
    read(press('g'));
    read(press('x'));
    expect(read(press('t'))).toBeNull();
    read(press('g', { repeat: true }));
    expect(read(press('t'))).toBeNull();
    expect(read(press('t'))).toBeNull();
  });

  it('ignores bare keys with Ctrl, Alt or Cmd held: those belong to the browser', () => {
    const read = createShortcutReader();
    expect(read(press('/', { ctrlKey: true }))).toBeNull();
    expect(read(press('?', { altKey: true, shiftKey: true }))).toBeNull();
    read(press('g'));
    expect(read(press('t', { metaKey: true }))).toBeNull();
    expect(read(press('g', { altKey: true }))).toBeNull();
    expect(read(press('t'))).toBeNull();
  });

  it.each([
    ['an input', () => element('input')],
    ['a textarea', () => element('textarea')],
    ['a select', () => element('select')],
    ['editable content', () => element('p', ['div', { contenteditable: 'true' }])],
    ['a modal dialog', () => element('button', ['div', { role: 'dialog', 'aria-modal': 'true' }])],
  ])('ignores bare keys typed in %s', (_, make) => {
    const read = createShortcutReader();
    const target = make();
    expect(read(press('/', { target }))).toBeNull();
    expect(read(press('?', { target }))).toBeNull();
    expect(read(press('g', { target }))).toBeNull();
    expect(read(press('t', { target }))).toBeNull();
  });

  it('undoes with Ctrl-Z or Cmd-Z and redoes with Ctrl-Shift-Z or Ctrl-Y', () => {
    const read = createShortcutReader();
    expect(read(press('z', { ctrlKey: true }))).toEqual({ kind: 'undo' });
    expect(read(press('z', { metaKey: true }))).toEqual({ kind: 'undo' });
    expect(read(press('Z', { ctrlKey: true, shiftKey: true }))).toEqual({ kind: 'redo' });
    expect(read(press('y', { ctrlKey: true }))).toEqual({ kind: 'redo' });
    expect(read(press('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(read(press('z'))).toBeNull();
  });

  it.each([
    ['an input', () => element('input')],
    ['a textarea', () => element('textarea')],
    ['a modal dialog', () => element('button', ['div', { role: 'dialog', 'aria-modal': 'true' }])],
  ])('leaves undo and redo to %s', (_, make) => {
    const read = createShortcutReader();
    const target = make();
    expect(read(press('z', { ctrlKey: true, target }))).toBeNull();
    expect(read(press('Z', { ctrlKey: true, shiftKey: true, target }))).toBeNull();
    expect(read(press('y', { ctrlKey: true, target }))).toBeNull();
  });

  it('ignores keys while an input method composes text', () => {
    expect(createShortcutReader()(press('/', { isComposing: true }))).toBeNull();
  });

  it('tells typing targets from the rest', () => {
    expect(isTypingTarget(element('input'))).toBe(true);
    expect(isTypingTarget(element('button'))).toBe(false);
    expect(isTypingTarget(element('p', ['div', { contenteditable: 'false' }]))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
