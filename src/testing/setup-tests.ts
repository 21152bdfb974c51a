import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

// The first render of a view loads and checks the data folder (and imports the code that does
// it); on a loaded two-core CI machine that can take seconds. Waiting costs nothing when the
// element is already there.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no layout: the router's scroll restoration and scrollIntoView are no-ops here.
if (typeof window !== 'undefined') window.scrollTo = () => {};

// jsdom has <dialog> but neither showModal() nor close(): what Chromium does with them, as far
// as ModalDialog relies on it: `open`, Escape as a cancelable `cancel` event that closes unless
// prevented, and focus given back on close. Inertness and the top layer are the browser
// tests' to check.
if (typeof HTMLDialogElement !== 'undefined' && !('showModal' in HTMLDialogElement.prototype)) {
  const openers = new WeakMap<HTMLDialogElement, Element | null>();
  const escapeToCancel = (event: KeyboardEvent) => {
    const dialog = event.currentTarget;
    if (event.key !== 'Escape' || !(dialog instanceof HTMLDialogElement)) return;
    if (dialog.dispatchEvent(new Event('cancel', { cancelable: true }))) dialog.close();
  };
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      openers.set(this, document.activeElement);
      this.setAttribute('open', '');
      this.addEventListener('keydown', escapeToCancel);
    },
    close(this: HTMLDialogElement) {
      if (!this.hasAttribute('open')) return;
      this.removeAttribute('open');
      this.removeEventListener('keydown', escapeToCancel);
      const opener = openers.get(this);
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
      this.dispatchEvent(new Event('close'));
    },
  });
}

// jsdom has no popover API either: what Chromium does for a `popover="auto"` opened by a
// `popovertarget` button, as far as the export menu relies on it: the button's click toggles
// it, `beforetoggle` and `toggle` carry `newState`, Escape and a pointer pressed outside it (and
// outside its button) close it, and focus inside it goes back to the button. Drawing it in the
// top layer is the browser tests' to check.
if (typeof HTMLElement !== 'undefined' && !('showPopover' in HTMLElement.prototype)) {
  class PopoverToggleEvent extends Event {
    readonly oldState: string;
    readonly newState: string;
    constructor(type: string, init: EventInit & { oldState: string; newState: string }) {
      super(type, init);
      this.oldState = init.oldState;
      this.newState = init.newState;
    }
  }
  const openPopovers = new Map<HTMLElement, Element | null>();
  const toggleTo = (element: HTMLElement, newState: 'open' | 'closed') => {
    const oldState = newState === 'open' ? 'closed' : 'open';
    const before = new PopoverToggleEvent('beforetoggle', {
      oldState,
      newState,
      cancelable: newState === 'open',
    });
    if (!element.dispatchEvent(before)) return;
    // jsdom's own stylesheet hides every `[popover]:not(:popover-open)`, a state it never sets.
    if (newState === 'open') {
      openPopovers.set(element, document.activeElement);
      element.style.setProperty('display', 'block');
    } else {
      element.style.removeProperty('display');
      const opener = openPopovers.get(element);
      openPopovers.delete(element);
      const focusInside = element.contains(document.activeElement);
      if (focusInside && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    }
    element.dispatchEvent(new PopoverToggleEvent('toggle', { oldState, newState }));
  };
  Object.assign(HTMLElement.prototype, {
    showPopover(this: HTMLElement) {
      if (!openPopovers.has(this)) toggleTo(this, 'open');
    },
    hidePopover(this: HTMLElement) {
      if (openPopovers.has(this)) toggleTo(this, 'closed');
    },
    togglePopover(this: HTMLElement) {
      toggleTo(this, openPopovers.has(this) ? 'closed' : 'open');
      return openPopovers.has(this);
    },
  });
  const invokerOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest('button[popovertarget]') : null;
  document.addEventListener('click', (event) => {
    const invoker = invokerOf(event.target);
    const id = invoker?.getAttribute('popovertarget');
    const target = id ? document.getElementById(id) : null;
    if (target && !event.defaultPrevented) target.togglePopover();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const last = [...openPopovers.keys()].pop();
    last?.hidePopover();
  });
  document.addEventListener('pointerdown', (event) => {
    for (const popover of openPopovers.keys()) {
      const node = event.target instanceof Node ? event.target : null;
      const invoker = invokerOf(event.target);
      if (node && popover.contains(node)) continue;
      if (invoker?.getAttribute('popovertarget') === popover.id) continue;
      popover.hidePopover();
    }
  });
  afterEach(() => openPopovers.clear());
}
